// Small text predicates and transforms the structure stage and the
// extractors share. All take normalised UTF-8 (pipeline/normalize.h).
#ifndef VANBAN_PIPELINE_LANGUAGE_TEXT_UTIL_H_
#define VANBAN_PIPELINE_LANGUAGE_TEXT_UTIL_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/base/swar.h"
#include "pipeline/model/document.h"

namespace vanban {

class Lexicon;
struct Phrase;

std::string_view Trim(std::string_view s);

// `w` without the punctuation around it: "(UBND" → "UBND", "tỉnh;" → "tỉnh",
// "hội./." → "hội".
// A view into `w`.
std::string_view StripPunct(std::string_view w);

// Words separated by spaces (punctuation stays attached); the first
// `max_words` of them when given.
std::vector<std::string_view> Words(std::string_view s, size_t max_words = SIZE_MAX);

// At least two letters and none of them lower-case ("KẾ HOẠCH", "KT. CHỦ TỊCH").
bool IsUpperText(std::string_view s);

// The first character is an upper-case letter.
bool StartsWithCapital(std::string_view s);
// The first character is a lower-case letter.
bool StartsWithLowerCase(std::string_view s);

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Any ASCII digit. Eight bytes at a time: several extractors ask it of
// every line, and a line without one is read to its end. (Not
// find_first_of("0123456789"), which calls memchr once per character.)
inline bool HasDigit(std::string_view s) {
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    if (swar::Between(swar::Load(s.data() + i), '0', '9') != 0) return true;
  }
  for (; i < s.size(); ++i) {
    if (IsDigit(s[i])) return true;
  }
  return false;
}

// Words some text may begin with, keyed once: StartsWithWords is asked of
// every line, for several prefixes each.
struct KeyedPrefix {
  explicit KeyedPrefix(std::string_view prefix);
  std::vector<std::string> keys;  // MatchKey of each word
};

// True when `text` begins with the prefix's words compared by MatchKey and
// the prefix ends at a word boundary.
bool StartsWithWords(std::string_view text, const KeyedPrefix& prefix);

// Words [from, to) joined by single spaces.
template <typename Word>
std::string Join(std::span<const Word> words, size_t from, size_t to) {
  std::string out;
  for (size_t k = from; k < to; ++k) {
    if (!out.empty()) out += ' ';
    out += words[k];
  }
  return out;
}
template <typename Word>
std::string Join(const std::vector<Word>& words, size_t from, size_t to) {
  return Join(std::span<const Word>(words), from, to);
}

// "Nguyễn Thị Thanh Huyền": two to six capitalised words, nothing else.
bool LooksLikePersonName(std::string_view s);
// `s` without the words that are only digits or superscript digits, or
// only marks: on a scan, a stroke of the signature read into the name
// ("Lê Khắc ⁴ Nam", "Đặng Văn Minh :").
std::string WithoutStrokeWords(std::string_view s);
// "QĐĐ" → "QĐ": each run of one repeated letter as one letter.
std::string WithoutDoubledLetters(std::string_view s);

// "PHÓ BAN THƯỜNG TRỰC" → "Phó ban thường trực".
std::string SentenceCase(std::string_view s);

// An all-capitals agency name in the usual mixed case:
// "SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "Sở Giáo dục và Đào tạo",
// "ỦY BAN NHÂN DÂN HUYỆN VỊ XUYÊN" → "Ủy ban nhân dân huyện Vị Xuyên".
// Heads come from the lexicon; a place name after an administrative unit
// is capitalised word by word.
std::string AgencyCase(std::string_view upper, const Lexicon& lex);

// A word's MatchKey, trailing punctuation and an opening parenthesis or
// quote dropped: how the lexicon keys the words of running text.
std::string WordKey(std::string_view word);
// WordKey of each word.
std::vector<std::string> WordKeys(const std::vector<std::string_view>& words);

// Where the clause holding byte `at` of `line` starts: after the last ";",
// ":" or sentence end before it, past a list mark ("-", "2.", "a)").
size_t ClauseStart(std::string_view line, size_t at);
// Where it ends: at the first ";", ":" or sentence end from `at` on, or
// the line's end.
size_t ClauseEnd(std::string_view line, size_t at);

// Words an administrative unit takes at ids[i] ("thành phố" → 2), or 0.
// "xã" in "xã hội" (society) is no unit.
size_t AdminUnitAt(std::span<const WordId> ids, size_t i, const Lexicon& lex);

// A position in the usual case: "PHÓ GIÁM ĐỐC" → "Phó Giám đốc", using the
// lexicon's spelling when it lists the office, else sentence case.
std::string PositionCase(std::string_view upper, const Lexicon& lex);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_LANGUAGE_TEXT_UTIL_H_
