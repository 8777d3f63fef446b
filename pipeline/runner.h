// Runs the whole pipeline on one file: load, sniff, read, normalise,
// structure, extract. Every failure comes back as an Error naming the
// reason; nothing here prints or exits.
#ifndef VANBAN_PIPELINE_RUNNER_H_
#define VANBAN_PIPELINE_RUNNER_H_

#include <string>
#include <vector>

#include "extractors/record.h"
#include "pipeline/document.h"
#include "pipeline/result.h"
#include "pipeline/source.h"

namespace vanban {

class Lexicon;

struct Extraction {
  Source source;
  Document doc;
  DocumentMeta meta;
  std::vector<Reference> references;
  std::vector<Warning> warnings;
};

Result<Extraction> ExtractFile(const std::string& path, const Lexicon& lex);

// The same for a source already loaded (its path is what the record reports).
Result<Extraction> ExtractSource(Source source, const Lexicon& lex);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_RUNNER_H_
