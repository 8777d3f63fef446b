// What OCR makes of things that are not text — the red seal, a handwritten
// signature, specks, ruling — and how to recognise it. Seals and signatures
// sit between the signer's title and name, so their debris would otherwise
// break the signature block apart.
#ifndef VANBAN_PIPELINE_LAYOUT_OCR_CLEANUP_H_
#define VANBAN_PIPELINE_LAYOUT_OCR_CLEANUP_H_

#include <optional>
#include <string_view>

namespace vanban {

// A word OCR produced from no text: made of symbols an administrative text
// does not use (| ⁄ \ ` ¿ _ ~ # …), or mostly so, or a single character
// read with little confidence.
bool IsJunkWord(std::string_view word, double confidence);

// A run of words standing apart in its row (a segment of the reading order)
// that was read with little confidence ("X2... sub"), or holds no word of
// two letters and is not a number either (":", "N", "⁄ 2 |"). Real segments
// without a word are numbers ("2", "15", "1.").
bool IsNoiseSegment(std::string_view text, double mean_confidence);

// `word` without the marks a stroke of handwriting or a stamp beside it
// added at its start or end ("{tháng" → "tháng", "$4/UBND-KTTH" →
// "4/UBND-KTTH"), when what is left has no such mark and two letters or
// digits at least; such a word would otherwise be dropped as junk with the
// text in it. Returns whether the word changed.
bool TrimJunkEdges(std::string* word);

// `word` with the slashed zeros OCR reads a zero of a handwritten or
// stamped number as ("Ø3" → "03", "2Ø/1ø" → "20/10"): only in a word of
// digits (and / . , -) with at least one digit, so that a word of letters
// keeps its Ø. Returns whether the word changed.
bool RepairSlashedZeros(std::string* word);

// What a word of OCR text follows in its paragraph.
struct WordContext {
  bool starts_line = true;
  bool follows_letter = false;  // the word before, on the line, ends in a letter
  bool quote_open = false;      // a quotation is open
};

// The context of the word after `word`, on the same line.
WordContext Following(std::string_view word, WordContext context);

// Where a footnote mark stands in an OCR word, as a byte offset: Tesseract
// reads the small raised digit after "tỉnh" as an apostrophe or a closing
// quote ("tỉnh',", "tỉnh ',", "sinh”,"). Vietnamese words take no
// apostrophe, so a ' ’ ‘ or ` after a letter (of this word or the one
// before), followed by nothing but sentence punctuation, is such a mark; so
// is a " or ” closing no quotation, and a lone ' at the start of a line
// (the footnote's own mark).
std::optional<size_t> FootnoteMarkAt(std::string_view word, const WordContext& context);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_LAYOUT_OCR_CLEANUP_H_
