// Repairs the Roman numerals of a document's top-level sections ("I. MỤC
// ĐÍCH, YÊU CẦU", "II. …") where OCR misread them: Tesseract reads "III."
// as "II.", "IH." or "HI." and "II." as "I.", which makes two sections of
// one number and breaks the structure the extractors rely on.
//
// The numerals of a document count up one by one, so the repair chooses,
// over all its headings together, the numbering that explains what was read
// with the fewest changes, where a change may only add or drop an "I" (the
// letter OCR loses or doubles; "H" is read as "II"), skipping a number
// costs (a heading OCR lost entirely) and so does starting again at "I" (an
// appendix). Only lines of OCR pages are changed; a text layer is trusted.
#ifndef VANBAN_PIPELINE_STRUCTURE_SECTION_NUMBERS_H_
#define VANBAN_PIPELINE_STRUCTURE_SECTION_NUMBERS_H_

#include <vector>

#include "pipeline/model/document.h"

namespace vanban {

// Rewrites misread section numerals in place, with one `ocr_corrected`
// warning listing the changes.
void RepairSectionNumbers(std::vector<RawPage>* pages, std::vector<Warning>* warnings);

// Changes of "I" letters that turn numeral `read` into `numeral` ("IH" is
// read as "III"); -1 when other letters would have to change. Exposed for
// tests.
int NumeralDistance(std::string_view read, std::string_view numeral);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_STRUCTURE_SECTION_NUMBERS_H_
