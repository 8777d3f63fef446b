#include "pipeline/language/syllables.h"

#include <re2/re2.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <vector>

#include "pipeline/language/normalize.h"
#include "pipeline/language/text_util.h"

namespace vanban {

namespace {

bool IsToneMark(UChar32 c) {
  return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

// `word` lower-case without its tone mark, or "" when it holds anything but
// letters or more than one tone mark.
std::string Toneless(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return "";
  icu::UnicodeString decomposed =
      nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), word.size())), status);
  icu::UnicodeString bare;
  int tones = 0;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (IsToneMark(c)) {
      ++tones;
      continue;
    }
    if (!u_isalpha(c) && u_getCombiningClass(c) == 0) return "";
    bare.append(c);
  }
  if (tones > 1 || U_FAILURE(status)) return "";
  icu::UnicodeString composed = nfc->normalize(bare, status);
  composed.toLower(icu::Locale("vi"));
  std::string out;
  composed.toUTF8String(out);
  return U_SUCCESS(status) ? out : "";
}

// An ASCII vowel letter (a lookup: asked of most bytes of every line).
bool IsAsciiVowel(unsigned char c) {
  switch (c | 0x20) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': return true;
    default: return false;
  }
}

// A piece of consonants only ("B", "ng", "tr", "Đ"): never a syllable.
// Checked on bytes: every vowel of Vietnamese but a, e, i, o, u, y is
// outside ASCII, and so is đ.
// Whether `piece` has a letter in lower case ("Bộ", not "B" or "BỘ").
bool HasLowerCase(std::string_view piece) {
  const auto n = static_cast<int32_t>(piece.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(piece.data(), i, n, c);
    if (u_islower(c)) return true;
  }
  return false;
}

// A lone plain vowel ("i" of "hộ i", "a" of "gi a"): no word after a
// syllable, only the end of one split off it. Not "y" ("y tế") nor a vowel
// with a tone mark ("ở", "ý").
bool LoneVowel(std::string_view piece) {
  return piece.size() == 1 && (piece[0] == 'i' || piece[0] == 'a' || piece[0] == 'o' || piece[0] == 'u');
}

bool ConsonantsOnly(std::string_view piece) {
  if (piece.empty()) return false;
  for (size_t k = 0; k < piece.size(); ++k) {
    const unsigned char c = static_cast<unsigned char>(piece[k]);
    if (c == 0xC4 && k + 1 < piece.size() &&
        (static_cast<unsigned char>(piece[k + 1]) == 0x90 ||
         static_cast<unsigned char>(piece[k + 1]) == 0x91)) {
      ++k;  // Đ, đ
      continue;
    }
    if (c >= 0x80 || !std::isalpha(c) || IsAsciiVowel(c)) return false;
  }
  return true;
}

// Whether a byte starts a vowel: an ASCII vowel or a letter outside ASCII
// that is not đ (every other Vietnamese letter outside ASCII is a vowel).
bool VowelAt(std::string_view s, size_t k) {
  const unsigned char c = static_cast<unsigned char>(s[k]);
  if (c < 0x80) return IsAsciiVowel(c);
  if (c == 0xC4 && k + 1 < s.size()) {
    const unsigned char d = static_cast<unsigned char>(s[k + 1]);
    return d != 0x90 && d != 0x91;
  }
  return c >= 0xC0;  // a lead byte; continuation bytes are not asked about
}

// The last character's lead byte in `s`.
size_t LastCharAt(std::string_view s) {
  size_t k = s.size() - 1;
  while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
  return k;
}

// The word with trailing punctuation split off: "g," → "g" and ",".
std::pair<std::string_view, std::string_view> SplitTrailingPunct(std::string_view word) {
  size_t end = word.size();
  while (end > 0 && std::string_view(",.;:)").find(word[end - 1]) != std::string_view::npos) --end;
  return {word.substr(0, end), word.substr(end)};
}

// Whether `line` has a piece of consonants only beside a piece that opens
// or ends with a vowel ("B ộ", "ươ n g"), the mark of a split syllable. An
// abbreviation in capitals ("gia HMTN", "UBND tỉnh") is no such piece
// unless its neighbour is in capitals too ("TR ƯỞNG", "B Ộ"). Read on the
// line's bytes: most lines have none, and splitting them into words for
// nothing cost a fifth of the text → JSON time.
bool MayHoldSplitSyllable(std::string_view line) {
  std::string_view before;  // the previous word
  for (size_t from = 0; from < line.size();) {
    size_t to = line.find(' ', from);
    if (to == std::string_view::npos) to = line.size();
    const std::string_view word = line.substr(from, to - from);
    from = to + 1;
    const std::string_view body = SplitTrailingPunct(word).first;
    // "hộ i": a lone vowel after a word is the end of that word's syllable.
    if (!before.empty() && LoneVowel(body)) return true;
    // Most words have a vowel among their first bytes: no piece.
    if (word.empty() || VowelAt(word, 0) || (word.size() > 1 && VowelAt(word, 1)) ||
        !ConsonantsOnly(body)) {
      before = word;
      continue;
    }
    const std::string_view after = SplitTrailingPunct(line.substr(std::min(from, line.size()),
                                                                  line.find(' ', from) - from)).first;
    // Consonants in capitals are a short form ("UBND"), whose neighbours
    // are words of their own unless in capitals too; "Ng" of "Ng o ại" is
    // a capitalised syllable's start.
    const bool capitals = body.size() > 1 && IsUpperText(body);
    auto pairs = [capitals](std::string_view other, size_t at) {
      if (other.empty() || !VowelAt(other, at)) return false;
      return !capitals || IsUpperText(other);
    };
    if (pairs(after, 0) || (!before.empty() && pairs(before, LastCharAt(before)))) return true;
    before = word;
  }
  return false;
}

}  // namespace

bool IsSyllable(std::string_view word) {
  // Onset, then a nucleus that stands open, one that needs a coda, or one
  // that may take one.
  static const RE2 kSyllable(
      "^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
      "(?:(?:oai|oay|oao|oeo|uây|uôi|uya|uyu|ươi|ươu|iêu|yêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|"
      "ơi|ua|ui|ưa|ưi|ưu|uơ)"
      "|(?:uyê|iê|yê|uô|ươ|oă|uâ|ă|â)(?:ng|nh|ch|[cmnpt])"
      "|(?:oa|oe|uê|uy|[aeêioôơuưy])(?:ng|nh|ch|[cmnpt])?)$");
  const std::string bare = Toneless(word);
  return !bare.empty() && RE2::FullMatch(bare, kSyllable);
}

bool JoinSplitSyllables(std::string* text) {
  if (!MayHoldSplitSyllable(*text)) return false;
  const std::string_view line = *text;
  const std::vector<std::string_view> words = Words(line);
  auto at = [&](size_t k) { return static_cast<size_t>(words[k].data() - line.data()); };
  std::string out;
  size_t copied = 0;  // bytes of `line` written to `out`
  for (size_t i = 0; i < words.size();) {
    size_t joined = 0;
    for (size_t n = std::min<size_t>(4, words.size() - i); n >= 2 && joined == 0; --n) {
      std::string letters;
      bool consonants_only = false;  // a piece no word, for certain
      bool pieces = true;
      for (size_t k = i; k < i + n && pieces; ++k) {
        const auto [body, punct] = SplitTrailingPunct(words[k]);
        // Pieces are one space apart ("B ộ"), not a cell's tab.
        const bool spaced = k == i || at(k) == at(k - 1) + words[k - 1].size() + 1;
        pieces = spaced && !body.empty() && (punct.empty() || k + 1 == i + n);
        // A capital starts a word: pieces after the first are in capitals
        // only where the whole word is ("B Ộ"), not "Bộ | Ng o ại".
        if (k > i && StartsWithCapital(body) && HasLowerCase(SplitTrailingPunct(words[i]).first)) {
          pieces = false;
        }
        letters += body;
        const bool after_a_syllable = k > i && SplitTrailingPunct(words[k - 1]).first.size() > 1;
        consonants_only |= ConsonantsOnly(body) || (after_a_syllable && LoneVowel(body));
      }
      if (pieces && consonants_only && IsSyllable(letters)) joined = n;
    }
    if (joined == 0) {
      ++i;
      continue;
    }
    out.append(line.substr(copied, at(i) - copied));
    for (size_t k = i; k < i + joined; ++k) out.append(words[k]);
    copied = at(i + joined - 1) + words[i + joined - 1].size();
    i += joined;
  }
  if (copied == 0) return false;
  out.append(line.substr(copied));
  *text = std::move(out);
  return true;
}

namespace {

// Whether `word` ends the way a syllable that took the next one's first
// letter does, so that IsSyllable, which is costly, need only be asked of
// these: a coda letter after a consonant it makes no coda with ("Kiểmt"),
// or after a glide that takes none ("Đầut", "Đàot"). Most words do not.
bool MayHoldNextOnset(std::string_view word) {
  constexpr std::string_view kCodaLetters = "cghmnpt";
  if (word.size() < 2 || kCodaLetters.find(word.back()) == std::string_view::npos) return false;
  const std::string_view before = word.substr(0, word.size() - 1);
  const size_t p = LastCharAt(before);
  const std::string_view prev = before.substr(p);
  if (prev.size() == 1 && std::isalpha(static_cast<unsigned char>(prev[0])) &&
      !IsAsciiVowel(static_cast<unsigned char>(prev[0]))) {
    const std::string pair = {static_cast<char>(std::tolower(prev[0])), word.back()};
    return pair != "ng" && pair != "nh" && pair != "ch";
  }
  // The glides a nucleus ends in, with their tones: i, y, u, o.
  static constexpr UChar32 kGlides[] = {
      U'i', U'ì', U'í', U'ỉ', U'ĩ', U'ị', U'y', U'ỳ', U'ý', U'ỷ', U'ỹ', U'ỵ',
      U'u', U'ù', U'ú', U'ủ', U'ũ', U'ụ', U'o', U'ò', U'ó', U'ỏ', U'õ', U'ọ'};
  int32_t at = 0;
  UChar32 c = 0;
  U8_NEXT(prev.data(), at, static_cast<int32_t>(prev.size()), c);
  if (std::find(std::begin(kGlides), std::end(kGlides), c) == std::end(kGlides)) return false;
  return p > 0 && VowelAt(before, LastCharAt(before.substr(0, p)));
}

}  // namespace

bool ShiftMisplacedSpaces(std::string* line) {
  constexpr std::string_view kCodaLetters = "cghmnpt";
  const std::string_view text = *line;
  std::string out;
  size_t copied = 0;  // bytes of `text` written to `out`
  // Each space, with the word before it (A) and the one after it (B); no
  // word list is built: the test on A's last letters turns most away.
  size_t a_at = 0;  // where the word before the space starts
  for (size_t space = text.find(' '); space != std::string_view::npos;
       a_at = space + 1, space = text.find(' ', space + 1)) {
    if (space == a_at || a_at < copied) continue;
    const std::string_view a = text.substr(a_at, space - a_at);
    if (!MayHoldNextOnset(a) || IsSyllable(a)) continue;
    size_t b_end = text.find(' ', space + 1);
    if (b_end == std::string_view::npos) b_end = text.size();
    const std::string_view b = SplitTrailingPunct(text.substr(space + 1, b_end - space - 1)).first;
    if (b.empty()) continue;
    for (size_t k = 1; k <= 2 && k < a.size(); ++k) {
      const std::string_view moved = a.substr(a.size() - k);
      if (moved.find_first_not_of(kCodaLetters) != std::string_view::npos) break;
      const std::string b_new = std::string(moved) + std::string(b);
      if (!IsSyllable(a.substr(0, a.size() - k)) || !IsSyllable(b_new)) continue;
      out.append(text.substr(copied, space - k - copied));
      out += ' ';
      out += b_new;
      copied = space + 1 + b.size();
      break;
    }
  }
  if (copied == 0) return false;
  out.append(text.substr(copied));
  *line = std::move(out);
  return true;
}

bool SplitGluedSyllables(std::string* line) {
  const std::string_view text = *line;
  std::string out;
  size_t copied = 0;  // bytes of `text` written to `out`
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    // A word: a run of letters, which must open in lower case.
    UChar32 c;
    const int32_t word_at = i;
    U8_NEXT(text.data(), i, n, c);
    if (!u_isalpha(c)) continue;
    const bool lower_first = u_islower(c);
    int32_t capital_at = -1;
    int32_t end = i;
    while (end < n) {
      int32_t next = end;
      UChar32 d;
      U8_NEXT(text.data(), next, n, d);
      if (!u_isalpha(d) && !(u_getCombiningClass(d) > 0)) break;
      if (capital_at < 0 && u_isupper(d)) capital_at = end;
      end = next;
    }
    i = end;
    if (!lower_first || capital_at < 0) continue;
    const std::string_view first = text.substr(word_at, capital_at - word_at);
    const std::string_view second = text.substr(capital_at, end - capital_at);
    if (CodePointCount(first) < 2 || !IsSyllable(first) || !IsSyllable(second)) continue;
    out.append(text.substr(copied, capital_at - copied));
    out += ' ';
    copied = static_cast<size_t>(capital_at);
  }
  if (copied == 0) return false;
  out.append(text.substr(copied));
  *line = std::move(out);
  return true;
}

void CloseUpScrapedSpacing(std::string* line) {
  // Most lines have neither: test before running the patterns.
  if (line->find(" ,") == std::string::npos && line->find(" ;") == std::string::npos &&
      line->find(" :") == std::string::npos && line->find(" .") == std::string::npos &&
      line->find(" -") == std::string::npos) {
    return;
  }
  static const RE2 kSpaceBeforeMark(R"((\pL) +([,;:.])( |$))");
  static const RE2 kGluedDash(R"((\pL) -(\p{Lu}))");
  RE2::GlobalReplace(line, kSpaceBeforeMark, "\\1\\2\\3");
  RE2::GlobalReplace(line, kGluedDash, "\\1 - \\2");
}

}  // namespace vanban
