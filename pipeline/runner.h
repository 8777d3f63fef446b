// Runs the whole pipeline on one file: load, sniff, read, normalise,
// structure, extract. Every failure comes back as an Error naming the
// reason; nothing here prints or exits.
#ifndef VANBAN_PIPELINE_RUNNER_H_
#define VANBAN_PIPELINE_RUNNER_H_

#include <string>
#include <vector>

#include "extractors/agencies.h"
#include "extractors/deadlines.h"
#include "extractors/events.h"
#include "extractors/record.h"
#include "extractors/targets.h"
#include "extractors/tasks.h"
#include "pipeline/document.h"
#include "pipeline/ocr_reader.h"
#include "pipeline/result.h"
#include "pipeline/source.h"

namespace vanban {

class Lexicon;
class OcrPool;

struct Extraction {
  Source source;
  std::optional<OcrSummary> ocr;  // when any page was read by OCR
  Document doc;
  DocumentMeta meta;
  std::vector<Reference> references;
  std::vector<Agency> agencies;
  std::vector<Task> tasks;
  std::vector<Deadline> deadlines;
  std::vector<Event> events;
  std::vector<Target> targets;
  std::vector<Warning> warnings;
};

// `ocr` reads scanned pages and images; without it (null) such input fails
// with an error that says so.
Result<Extraction> ExtractFile(const std::string& path, const Lexicon& lex, OcrPool* ocr);

// The same for a source already loaded (its path is what the record reports).
Result<Extraction> ExtractSource(Source source, const Lexicon& lex, OcrPool* ocr);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_RUNNER_H_
