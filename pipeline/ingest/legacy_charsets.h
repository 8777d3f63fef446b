// Vietnamese text in the font encodings before Unicode. Documents typed
// in the 1990s and 2000s, and many PDFs made from them, use TCVN3 (ABC:
// .VnTime) or VNI (VNI-Times) fonts, whose bytes stand for Vietnamese
// letters: a PDF text layer or a byte-wise read gives "Céng hoµ x· héi"
// (TCVN3) or "Coäng hoøa xaõ hoäi" (VNI) for "Cộng hoà xã hội". The table
// is pipeline/ingest/data/legacy_charsets.tsv.
#ifndef VANBAN_PIPELINE_INGEST_LEGACY_CHARSETS_H_
#define VANBAN_PIPELINE_INGEST_LEGACY_CHARSETS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace vanban {

enum class LegacyCharset { kTcvn3, kVni };

// "tcvn3", "vni".
std::string_view LegacyCharsetName(LegacyCharset charset);

// `text` (UTF-8 whose characters up to U+00FF stand for the font's bytes)
// with each of the charset's spellings of a letter turned into the letter,
// the longest first ("oä" → "ộ" before "o"); other characters as they are.
// A line typed in a capital face (no small ASCII letter, most of its toned
// words with two capitals besides) is put wholly in capitals: a TCVN3
// font's capital face (.VnTimeH) writes toned capitals with the small
// letters' bytes ("CéNG HOµ" → "CỘNG HOÀ").
std::string FromLegacy(std::string_view text, LegacyCharset charset);

// `text` from a PDF text layer with the soft hyphens (U+00AD) restored that
// the reader gave as '-' between small letters: TCVN3's "ư" is byte 0xAD
// ("c-êng" is "cường").
std::string WithSoftHyphensRestored(std::string_view text);

// How many of the words of letters in `text` (UTF-8) are Vietnamese
// syllables once the punctuation round them is off.
struct SyllableCount {
  size_t words = 0;
  size_t syllables = 0;
  double share() const { return words ? static_cast<double>(syllables) / words : 0; }
};
SyllableCount CountSyllables(std::string_view text);

// Whether a count reads as Vietnamese: kMinWords words or more, most of
// them syllables (names, abbreviations and foreign words are the rest).
bool ReadsAsVietnamese(const SyllableCount& count);

// The legacy charset `text` (UTF-8) is written in: nullopt when it reads
// as Vietnamese as it is, or when neither conversion does; else the one
// whose conversion reads as Vietnamese, the better of the two when both do.
std::optional<LegacyCharset> LegacyCharsetOf(std::string_view text);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_INGEST_LEGACY_CHARSETS_H_
