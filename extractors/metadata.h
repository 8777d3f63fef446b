// document.*: type, number, issuer, place, date, title, signer and
// recipients, each with the span it was read from.
#ifndef VANBAN_EXTRACTORS_METADATA_H_
#define VANBAN_EXTRACTORS_METADATA_H_

#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/record.h"

namespace vanban {

class Lexicon;

// Under this OCR confidence a header line's number or date is flagged
// (number_unsure, date_unsure): handwritten serials and days are what OCR
// misreads there. The correct numbers of the dev scans were read at 0.84
// and above; a handwritten "11" read as "44" at 0.77. The review page marks
// items below the same.
inline constexpr double kHeaderDoubtfulBelow = 0.80;

// Needs roles (pipeline/structure.h). Appends to `warnings` what a reader
// should check: a blank serial or day, an inferred issuer, a type heading
// that disagrees with the symbol.
DocumentMeta ExtractMetadata(const Document& doc, const Lexicon& lex,
                             std::vector<Warning>* warnings);

}  // namespace vanban

#endif  // VANBAN_EXTRACTORS_METADATA_H_
