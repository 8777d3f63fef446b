// One input in, its output out: what `vanban extract` does for each input,
// in the batch's own process or in a worker process (worker.h).
#ifndef VANBAN_TOOLS_VANBAN_READING_H_
#define VANBAN_TOOLS_VANBAN_READING_H_

#include <functional>
#include <optional>
#include <string>

#include "pipeline/base/result.h"
#include "tools/vanban/batch.h"
#include "tools/vanban/inputs.h"

namespace vanban {
class Lexicon;
class OcrPool;
}  // namespace vanban

namespace vanban::cli {

// ".json", ".ics", ".csv", ".html", ".lines.txt" or ".txt": what -o adds to a name.
std::string Extension(const std::string& format);

// What one input came to.
struct Outcome {
  std::string sha256;   // empty when the input could not be read
  std::string content;  // the output, when it succeeded
  std::optional<Error> error;
  bool skipped = false;  // its output was current (--resume)
  // The document's time ran out (Limits::document_seconds) with pages
  // left unread: the output holds what was read.
  bool incomplete = false;
};

// Everything reading a document needs, the same for every input of a run.
struct Reader {
  const BatchOptions& options;
  const Lexicon& lex;
  OcrPool* ocr;  // null: OCR is off
  bool to_dir;   // outputs go to files (-o): a CSV gets its header, an ICS its calendar
  bool pretty;   // json for a terminal
};

// Reads `in` (a file, or standard input for "-") and renders its output in
// the run's format. `current(sha256)` says whether the input's output is
// already there and current (--resume): then it is skipped. Never throws:
// a defect becomes an "internal" error for this input alone.
Outcome ReadInput(const Input& in, const Reader& r,
                  const std::function<bool(const std::string&)>& current);

// {"schema": "vanban-error/1", "source": {...}, "error": {...}}: the record
// that stands for an input that has none (schemas/vanban-error-1.schema.json),
// with its newline.
std::string ErrorRecord(const Input& in, const Outcome& o, const Lexicon& lex, bool pretty);

}  // namespace vanban::cli

#endif  // VANBAN_TOOLS_VANBAN_READING_H_
