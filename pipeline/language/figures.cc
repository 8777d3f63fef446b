#include "pipeline/language/figures.h"

#include <string>
#include <utility>

namespace vanban {

namespace {

bool IsDigitAt(std::string_view s, size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

bool OpensFigure(char c) { return IsSpace(c) || c == '('; }

size_t DigitsEnd(std::string_view s, size_t i) {
  while (IsDigitAt(s, i)) ++i;
  return i;
}

// After "1", "12" or "123": as many ".ddd" groups as follow, or none.
size_t ThousandsEnd(std::string_view s, size_t begin, size_t run_end) {
  size_t at = run_end;
  if (run_end - begin > 3) return begin;
  while (at < s.size() && s[at] == '.' && IsDigitAt(s, at + 1) && IsDigitAt(s, at + 2) &&
         IsDigitAt(s, at + 3)) {
    at += 4;
  }
  return at == run_end ? begin : at;
}

}  // namespace

std::optional<Figure> NextFigure(std::string_view text, size_t from) {
  size_t begin = from;
  while (begin < text.size() &&
         !(IsDigitAt(text, begin) && (begin == from || OpensFigure(text[begin - 1])))) {
    ++begin;
  }
  if (begin >= text.size()) return std::nullopt;
  const size_t run_end = DigitsEnd(text, begin);
  size_t integer_end = ThousandsEnd(text, begin, run_end);
  if (integer_end == begin) integer_end = run_end;
  size_t at = integer_end;
  Figure f;
  f.integer = text.substr(begin, integer_end - begin);
  if (at < text.size() && text[at] == ',' && IsDigitAt(text, at + 1)) {
    const size_t decimals_end = DigitsEnd(text, at + 1);
    f.decimals = text.substr(at + 1, decimals_end - at - 1);
    at = decimals_end;
  }
  f.number = text.substr(begin, at - begin);
  while (at < text.size() && IsSpace(text[at])) ++at;
  if (at < text.size() && text[at] == '%') {
    f.percent = true;
    ++at;
  }
  f.end = at;
  return f;
}

namespace {

// The digit a word names, as a units word after "mươi" or "mười" may be
// written ("mốt", "lăm", "tư"); -1 for another word.
int DigitWord(std::string_view w, bool after_tens) {
  static const std::pair<std::string_view, int> kWords[] = {
      {"một", 1}, {"hai", 2}, {"ba", 3}, {"bốn", 4}, {"năm", 5}, {"sáu", 6},
      {"bảy", 7}, {"tám", 8}, {"chín", 9}};
  for (const auto& [word, digit] : kWords) {
    if (w == word) return digit;
  }
  if (after_tens && (w == "mốt")) return 1;
  if (after_tens && (w == "lăm" || w == "nhăm")) return 5;
  if (after_tens && w == "tư") return 4;
  return -1;
}

// The word at the start of `text` in lower case (its first letter folded
// when it is one of the capitals a number word opens with), and its bytes.
std::string FirstWordLower(std::string_view text, size_t* bytes) {
  const size_t end = text.find_first_of(" ,.;:()\n");
  *bytes = end == std::string_view::npos ? text.size() : end;
  std::string w(text.substr(0, *bytes));
  static const std::pair<std::string_view, std::string_view> kCapitals[] = {
      {"M", "m"}, {"H", "h"}, {"B", "b"}, {"N", "n"}, {"S", "s"}, {"T", "t"}, {"C", "c"}};
  for (const auto& [upper, lower] : kCapitals) {
    if (w.starts_with(upper)) {
      w.replace(0, upper.size(), lower);
      break;
    }
  }
  return w;
}

}  // namespace

std::optional<int> SpelledNumber(std::string_view text, size_t* consumed) {
  size_t at = 0;
  // The next word from `at`, in lower case; `end` receives where it ends.
  auto word = [&](size_t* end) {
    size_t from = at;
    while (from < text.size() && text[from] == ' ') ++from;
    size_t bytes = 0;
    std::string w = FirstWordLower(text.substr(from), &bytes);
    *end = from + bytes;
    return w;
  };
  size_t end = 0;
  const std::string first = word(&end);
  int value = 10;
  if (first != "mười") {
    value = DigitWord(first, false);
    if (value <= 0) return std::nullopt;
    at = end;
    size_t tens_end = 0;
    if (word(&tens_end) != "mươi") {  // a digit alone: "bảy ngày"
      if (consumed) *consumed = at;
      return value;
    }
    value *= 10;
    end = tens_end;
  }
  at = end;  // past "mười" or "mươi"
  size_t units_end = 0;
  if (const int units = DigitWord(word(&units_end), true); units > 0) {
    value += units;
    at = units_end;
  }
  if (consumed) *consumed = at;
  return value;
}

}  // namespace vanban
