#include "pipeline/language/figures.h"

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

}  // namespace vanban
