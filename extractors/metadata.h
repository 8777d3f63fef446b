// document.*: type, number, issuer, place, date, title, signer and
// recipients, each with the span it was read from.
#ifndef VANBAN_EXTRACTORS_METADATA_H_
#define VANBAN_EXTRACTORS_METADATA_H_

#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/record.h"

namespace vanban {

class Lexicon;

// Needs roles (pipeline/structure.h). Appends to `warnings` what a reader
// should check: a blank serial or day, an inferred issuer, a type heading
// that disagrees with the symbol.
DocumentMeta ExtractMetadata(const Document& doc, const Lexicon& lex,
                             std::vector<Warning>* warnings);

}  // namespace vanban

#endif  // VANBAN_EXTRACTORS_METADATA_H_
