// Runs `vanban extract` over a batch: documents read in parallel, outputs
// handed on in input order, every input accounted for (a record, an error
// record, or skipped by --resume), Ctrl-C honoured.
#ifndef VANBAN_TOOLS_VANBAN_BATCH_H_
#define VANBAN_TOOLS_VANBAN_BATCH_H_

#include <string>
#include <vector>

#include "pipeline/model/limits.h"
#include "tools/vanban/inputs.h"

namespace vanban {
class Lexicon;
}

namespace vanban::cli {

struct BatchOptions {
  // json (pretty on a terminal, else one line per record), jsonl, ics,
  // csv, text, lines.
  std::string format = "json";
  std::string out_dir;  // empty: standard output
  int jobs = 1;         // OCR workers; twice as many documents in flight
  bool ocr = true;
  double ocr_timeout_s = 60;
  bool resume = false;    // with out_dir: skip inputs whose output is current
  bool progress = false;  // a progress line on standard error
  Limits limits;          // what one document may cost
  // Several inputs are read in worker processes (worker.h), standard
  // input excepted.
  bool isolate = true;
};

struct BatchSummary {
  int done = 0;
  int skipped = 0;  // by --resume
  int failed = 0;
  int not_started = 0;  // left by Ctrl-C
  double seconds = 0;
  bool interrupted() const { return not_started > 0; }
};

// Reads every input and writes its output (standard output or
// options.out_dir); one line per failure on standard error. The first
// SIGINT or SIGTERM lets the documents in hand finish and starts no more;
// a second ends the process at once (exit 130).
BatchSummary RunBatch(const std::vector<Input>& inputs, const BatchOptions& options,
                      const Lexicon& lex);

// Installs the SIGINT/SIGTERM handlers RunBatch honours.
void HandleInterrupts();

}  // namespace vanban::cli

#endif  // VANBAN_TOOLS_VANBAN_BATCH_H_
