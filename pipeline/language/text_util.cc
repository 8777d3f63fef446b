#include "pipeline/language/text_util.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstdint>

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "pipeline/language/lexicon.h"
#include "pipeline/language/normalize.h"

namespace vanban {

namespace {

icu::UnicodeString U(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

bool IsCapitalisedWord(std::string_view w) {
  icu::UnicodeString u = U(w);
  if (u.isEmpty() || !u_isupper(u.char32At(0))) return false;
  bool has_lower = false;
  for (int32_t i = u.moveIndex32(0, 1); i < u.length(); i = u.moveIndex32(i, 1)) {
    const UChar32 c = u.char32At(i);
    if (!u_isalpha(c)) return false;
    has_lower |= u_islower(c);
  }
  return has_lower || u.countChar32() == 1;
}

// True when `word` cannot have `key` as its MatchKey, told without keying
// it: an ASCII first character folds to its ASCII lower case.
bool CannotKeyTo(std::string_view word, std::string_view key) {
  const auto first = static_cast<unsigned char>(word.front());
  if (first >= 0x80) return false;
  return key.empty() || static_cast<unsigned char>(key.front()) != std::tolower(first);
}

}  // namespace

std::string WordKey(std::string_view word) { return MatchKey(StripPunct(word)); }

std::vector<std::string> WordKeys(const std::vector<std::string_view>& words) {
  std::vector<std::string> keys;
  keys.reserve(words.size());
  for (std::string_view w : words) keys.push_back(WordKey(w));
  return keys;
}

// Loops: find_first_not_of and find_last_not_of call memchr for each
// character they look at, and Trim is asked of most lines several times.
std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// A switch, not a search of a string of marks: it runs for every word of
// every line, several times over.
std::string_view StripPunct(std::string_view w) {
  auto closing = [](char c) {
    switch (c) {
      case ',': case ';': case '.': case ':': case '(': case ')': case '"': case '\'':
      case '/':  // the "./." that closes a document's last sentence
        return true;
      default:
        return false;
    }
  };
  while (!w.empty() && closing(w.back())) w.remove_suffix(1);
  while (!w.empty() && (w.front() == '(' || w.front() == '"' || w.front() == '\'')) w.remove_prefix(1);
  return w;
}

namespace {

bool IsWordSeparator(char c) { return c == ' ' || c == '\t'; }

// The first space or tab in [p, end), or end. Eight bytes at a time: a
// byte loop mispredicted the end of nearly every word.
const char* WordEnd(const char* p, const char* end) {
  if constexpr (std::endian::native == std::endian::little) {
    for (; end - p >= 8; p += 8) {
      const uint64_t x = swar::Load(p);
      const uint64_t marks = swar::Equal(x, ' ') | swar::Equal(x, '\t');
      if (marks != 0) return p + std::countr_zero(marks) / 8;
    }
  }
  while (p < end && !IsWordSeparator(*p)) ++p;
  return p;
}

}  // namespace

std::vector<std::string_view> Words(std::string_view s, size_t max_words) {
  std::vector<std::string_view> out;
  out.reserve(std::min(max_words, s.size() / 4 + 1));  // one allocation for a usual line
  const char* p = s.data();
  const char* const end = p + s.size();
  while (out.size() < max_words) {
    while (p < end && IsWordSeparator(*p)) ++p;
    if (p == end) break;
    const char* word_end = WordEnd(p, end);
    out.emplace_back(p, static_cast<size_t>(word_end - p));
    p = word_end;
  }
  return out;
}

// Both read the UTF-8 in place: converting whole paragraphs to UTF-16 to
// look at their first letter was a twentieth of the text → JSON time.
bool IsUpperText(std::string_view s) {
  const auto n = static_cast<int32_t>(s.size());
  int letters = 0;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (u_islower(c)) return false;
    if (u_isalpha(c)) ++letters;
  }
  return letters >= 2;
}

namespace {

// The first code point of a non-empty `s`.
UChar32 FirstCodePoint(std::string_view s) {
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c;
}

}  // namespace

bool StartsWithCapital(std::string_view s) {
  if (s.empty()) return false;
  // ASCII without ICU: asked of most words of a document.
  if (static_cast<unsigned char>(s[0]) < 0x80) return s[0] >= 'A' && s[0] <= 'Z';
  return u_isupper(FirstCodePoint(s));
}

bool StartsWithLowerCase(std::string_view s) {
  if (s.empty()) return false;
  if (static_cast<unsigned char>(s[0]) < 0x80) return s[0] >= 'a' && s[0] <= 'z';
  return u_islower(FirstCodePoint(s));
}

KeyedPrefix::KeyedPrefix(std::string_view prefix) {
  for (std::string_view w : Words(prefix)) keys.push_back(MatchKey(w));
}

// Compared word by word through MatchKey's word cache: keying the whole
// paragraph to compare its first words was a sixth of the text → JSON time.
// Most lines differ at the first letter, told without keying the word.
bool StartsWithWords(std::string_view text, const KeyedPrefix& prefix) {
  const auto& want = prefix.keys;
  if (want.empty()) return true;
  size_t at = 0;
  std::string_view word;
  for (size_t k = 0; k < want.size(); ++k) {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    size_t end = at;
    while (end < text.size() && text[end] != ' ' && text[end] != '\t') ++end;
    if (end == at) return false;
    word = text.substr(at, end - at);
    at = end;
    if (CannotKeyTo(word, want[k])) return false;
    if (k + 1 < want.size() && MatchKey(word) != want[k]) return false;
  }
  const std::string h = MatchKey(word);
  const std::string& w = want.back();
  if (!h.starts_with(w)) return false;
  if (h.size() == w.size()) return true;
  // The last word may go on only with punctuation ("nhận:"), not letters.
  auto after = static_cast<int32_t>(w.size());
  UChar32 next;
  U8_NEXT(h.data(), after, static_cast<int32_t>(h.size()), next);
  return !u_isalnum(next);
}

std::string WithoutDoubledLetters(std::string_view s) {
  const icu::UnicodeString u = U(s);
  icu::UnicodeString out;
  UChar32 prev = U_SENTINEL;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    const UChar32 c = u.char32At(i);
    if (c != prev || !u_isalpha(c)) out.append(c);
    prev = c;
  }
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

std::string WithoutStrokeWords(std::string_view s) {
  static const RE2 kDigits(R"(^[\p{Nd}\x{00B9}\x{00B2}\x{00B3}\x{2070}-\x{2079}]+$)");
  static const RE2 kMarks(R"(^[^\pL\p{Nd}]+$)");
  std::string out;
  for (auto w : Words(s)) {
    if (RE2::FullMatch(w, kDigits) || RE2::FullMatch(w, kMarks)) continue;
    if (!out.empty()) out += ' ';
    out.append(w);
  }
  return out;
}

bool LooksLikePersonName(std::string_view s) {
  const auto words = Words(s);
  if (words.size() < 2 || words.size() > 6) return false;
  for (auto w : words) {
    if (!IsCapitalisedWord(w)) return false;
  }
  return true;
}

std::string SentenceCase(std::string_view s) { return CapitalizeFirst(ToLower(Trim(s))); }

std::string AgencyCase(std::string_view upper, const Lexicon& lex) {
  const std::string lower = ToLower(Trim(upper));
  const std::vector<std::string_view> words = Words(lower);
  const std::vector<WordId> ids = lex.IdsOf(words);
  std::vector<std::string> out(words.begin(), words.end());
  // A lexicon head keeps its own spelling ("Ủy ban nhân dân", "Sở").
  size_t i = 0;
  bool field_case = false;
  for (const auto& head : lex.agency_heads()) {
    const size_t n = MatchPhrase(ids, 0, head);
    if (n == 0) continue;
    const auto head_words = Words(head.text);
    for (size_t k = 0; k < n; ++k) out[k] = std::string(head_words[k]);
    i = n;
    // The field a body is named for starts with a capital, and so does
    // every field joined to it ("Sở Giáo dục và Đào tạo", "Trung tâm Y tế
    // huyện"); a committee's purpose does not ("Ban Chỉ đạo vận động …"),
    // nor is there a field after a whole name.
    field_case = n == 1 || Lexicon::KindOf(head) == HeadKind::kPlain;
    // "Ủy ban nhân dân tỉnh …": a level right after the head is no field.
    if (field_case && i < out.size() && AdminUnitAt(ids, i, lex) == 0) {
      out[i] = CapitalizeFirst(out[i]);
      ++i;
    }
    break;
  }
  bool place = false;
  for (; i < words.size(); ++i) {
    if (place) {
      out[i] = CapitalizeFirst(out[i]);
      continue;
    }
    const size_t unit_words = AdminUnitAt(ids, i, lex);
    if (unit_words > 0 && i + unit_words < words.size()) {
      i += unit_words - 1;
      place = true;
      continue;
    }
    if (!field_case || i == 0) continue;
    const std::string_view prev = words[i - 1];
    const bool joined = prev == "và" || prev == "-" || prev.back() == ',';
    if (joined && words[i] != "và") out[i] = CapitalizeFirst(out[i]);
  }
  // Short forms stay in capitals: a word of Latin letters without a vowel
  // ("THPT", "THCS", "PCCC") is no syllable of the language.
  const std::vector<std::string_view> written = Words(Trim(upper));
  for (size_t k = 0; k < out.size() && k < written.size(); ++k) {
    const std::string_view w = StripPunct(written[k]);
    const bool latin = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || c == '&';
    });
    if (latin && w.size() >= 2 && w.find_first_of("AEIOUY") == std::string_view::npos) {
      out[k] = std::string(written[k]);
    }
  }
  std::string result;
  for (const auto& w : out) {
    if (!result.empty()) result += ' ';
    result += w;
  }
  return CapitalizeFirst(result);
}

size_t ClauseStart(std::string_view line, size_t at) {
  size_t start = 0;
  for (size_t i = 0; i < at; ++i) {
    if (line[i] == ';' || line[i] == ':' || (line[i] == '.' && i + 1 < at && line[i + 1] == ' ')) {
      start = i + 1;
    }
  }
  static const RE2 kMark(R"(^\s*(?:[-+•]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))?\s*)");
  re2::StringPiece rest(line.data() + start, at - start);
  RE2::Consume(&rest, kMark);
  return static_cast<size_t>(rest.data() - line.data());
}

size_t ClauseEnd(std::string_view line, size_t at) {
  for (size_t i = at; i < line.size(); ++i) {
    const bool sentence_end = line[i] == '.' && (i + 1 == line.size() || line[i + 1] == ' ');
    if (line[i] == ';' || line[i] == ':' || sentence_end) return i;
  }
  return line.size();
}

size_t AdminUnitAt(std::span<const WordId> ids, size_t i, const Lexicon& lex) {
  for (const auto& unit : lex.admin_units()) {
    const size_t n = MatchPhrase(ids, i, unit.name);
    if (n == 0) continue;
    // "xã hội" is society, not a commune.
    if (n == 1 && unit.name.text == "xã" && i + 1 < ids.size() &&
        ids[i + 1] == lex.function_words().hoi) {
      return 0;
    }
    return n;
  }
  return 0;
}

std::string PositionCase(std::string_view upper, const Lexicon& lex) {
  const std::string* known = lex.FindPosition(Trim(upper));
  return known ? *known : SentenceCase(upper);
}

}  // namespace vanban
