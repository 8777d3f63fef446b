// Unicode normalisation (ICU). Two different jobs:
//  - NormalizeLine: the canonical text every later stage and every span
//    offset refers to (NFC, one code point for each look-alike the data
//    really contains, collapsed spaces).
//  - MatchKey: a comparison key that also folds case and the two tone-mark
//    placements Vietnamese allows (hoà/hòa, Uỷ/Ủy). It is for lookups only;
//    text shown to users keeps its spelling.
#ifndef VANBAN_PIPELINE_LANGUAGE_NORMALIZE_H_
#define VANBAN_PIPELINE_LANGUAGE_NORMALIZE_H_

#include <string>
#include <string_view>

namespace vanban {

// NFC; Ð (U+00D0) → Đ and ð → đ; dash variants → '-'; curly and angle
// quotes → '"' / '\''; fraction slash → '/'; no-break and other spaces →
// ' '; zero-width characters and soft hyphens removed; runs of spaces
// collapsed and the line trimmed. Tabs (table cell separators) are kept.
std::string NormalizeLine(std::string_view line);

// Case-folded NFC in which both tone placements of oa/oe/uy give the same
// key ("hòa" and "hoà", "Ủy" and "Uỷ").
std::string MatchKey(std::string_view text);

// Upper/lower/title helpers over Vietnamese text (ICU, locale "vi").
std::string ToLower(std::string_view text);
std::string ToUpper(std::string_view text);
// First letter upper-case, the rest as given.
std::string CapitalizeFirst(std::string_view text);

// "12" → "¹²": how footnote marks are kept in page text, whatever the input
// (HTML <sup>, a small raised number in a PDF). Non-digits pass through.
std::string SuperscriptDigits(std::string_view digits);

// Number of Unicode code points in `utf8`.
size_t CodePointCount(std::string_view utf8);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_LANGUAGE_NORMALIZE_H_
