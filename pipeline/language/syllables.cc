#include "pipeline/language/syllables.h"

#include <re2/re2.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <vector>

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

// A piece of consonants only ("B", "ng", "tr", "Đ"): never a syllable.
// Checked on bytes: every vowel of Vietnamese but a, e, i, o, u, y is
// outside ASCII, and so is đ.
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
    if (c >= 0x80 || !std::isalpha(c)) return false;
    if (std::string_view("aeiouyAEIOUY").find(static_cast<char>(c)) != std::string_view::npos) {
      return false;
    }
  }
  return true;
}

// The word with trailing punctuation split off: "g," → "g" and ",".
std::pair<std::string_view, std::string_view> SplitTrailingPunct(std::string_view word) {
  size_t end = word.size();
  while (end > 0 && std::string_view(",.;:)").find(word[end - 1]) != std::string_view::npos) --end;
  return {word.substr(0, end), word.substr(end)};
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

std::string JoinSplitSyllables(std::string_view line) {
  const std::vector<std::string_view> words = Words(line);
  // A split leaves a piece of consonants only; most lines have none.
  const bool any = std::any_of(words.begin(), words.end(), [](std::string_view w) {
    return ConsonantsOnly(SplitTrailingPunct(w).first);
  });
  if (!any) return std::string(line);
  auto at = [&](size_t k) { return static_cast<size_t>(words[k].data() - line.data()); };
  std::string out;
  size_t copied = 0;  // bytes of `line` written to `out`
  for (size_t i = 0; i < words.size();) {
    size_t joined = 0;
    for (size_t n = std::min<size_t>(4, words.size() - i); n >= 2 && joined == 0; --n) {
      std::string letters;
      bool consonants_only = false;  // a piece no syllable, for certain
      bool pieces = true;
      for (size_t k = i; k < i + n && pieces; ++k) {
        const auto [body, punct] = SplitTrailingPunct(words[k]);
        // Pieces are one space apart ("B ộ"), not a cell's tab.
        const bool spaced = k == i || at(k) == at(k - 1) + words[k - 1].size() + 1;
        pieces = spaced && !body.empty() && (punct.empty() || k + 1 == i + n);
        letters += body;
        consonants_only |= ConsonantsOnly(body);
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
  out.append(line.substr(copied));
  return out;
}

}  // namespace vanban
