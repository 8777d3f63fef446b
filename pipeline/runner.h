// Runs the whole pipeline on one file: load, sniff, read, normalise,
// structure, extract. Every failure comes back as an Error naming the
// reason; nothing here prints or exits.
#ifndef VANBAN_PIPELINE_RUNNER_H_
#define VANBAN_PIPELINE_RUNNER_H_

#include <string>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/model/limits.h"
#include "pipeline/model/record.h"

namespace vanban {

class Lexicon;
class OcrPool;

// `ocr` reads scanned pages and images; without it (null) such input fails
// with an error that says so. `limits` bound what the document may cost;
// each bound reached is a warning or an error (pipeline/model/limits.h).
Result<Extraction> ExtractFile(const std::string& path, const Lexicon& lex, OcrPool* ocr,
                               const Limits& limits = {});

// The same for a source already loaded (its path is what the record reports).
Result<Extraction> ExtractSource(Source source, const Lexicon& lex, OcrPool* ocr,
                                 const Limits& limits = {});

// The same, one record per document the source holds: a file whose later
// pages open with a header and number of their own holds several
// (pipeline/structure/documents.h). Each such record says which part of
// the file it is (Extraction::part) and carries a document_split warning;
// a file of one document gives the record ExtractSource gives.
Result<std::vector<Extraction>> ExtractDocuments(Source source, const Lexicon& lex, OcrPool* ocr,
                                                 const Limits& limits = {});

}  // namespace vanban

#endif  // VANBAN_PIPELINE_RUNNER_H_
