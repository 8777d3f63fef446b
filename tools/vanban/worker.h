// Documents read in worker processes, so that an abort or a fatal signal
// inside a library (Tesseract, Leptonica and Poppler are C and C++ code
// that may abort on what they cannot handle), or a hang past every limit,
// costs the document being read, not the batch. As Apache Tika's
// ForkParser does.
//
// A worker is this program again (`vanban extract --worker SETTINGS`). It
// reads one input at a time: a request line on its standard input
// ({"path": ...}, and what the request changes of the settings), a reply
// line on its standard output (the Outcome as JSON). A worker that dies or
// overruns is replaced; its input gets the error worker_crashed or
// worker_timeout.
#ifndef VANBAN_TOOLS_VANBAN_WORKER_H_
#define VANBAN_TOOLS_VANBAN_WORKER_H_

#include <sys/types.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "tools/vanban/batch.h"
#include "tools/vanban/reading.h"

namespace vanban {
class Lexicon;
}

namespace vanban::cli {

// The SETTINGS a worker is started with: how to read and render (format,
// OCR, limits), as one JSON text.
std::string WorkerSettings(const BatchOptions& options, bool to_dir, bool pretty);

// The worker's side: answers requests until its standard input ends.
// Returns the process's exit status (2 when `settings` are not valid).
int RunWorker(const std::string& settings, const Lexicon& lex);

// What one read may change of the workers' settings (the service's
// requests differ in format and in the time they have left).
struct ReadRequest {
  std::string format;                       // empty: the settings'
  std::optional<double> document_seconds;   // Limits::document_seconds
  // When to stop waiting for an idle worker: the input then gets the
  // error request_timeout. None: wait as long as it takes.
  std::optional<std::chrono::steady_clock::time_point> wait_until;
};

// The batch's side: up to `count` workers, started when first needed.
class Workers {
 public:
  // `seconds`: how long a worker may take over one input before it is
  // stopped (beyond the document's own time limit, which the worker
  // keeps itself).
  Workers(std::string settings, int count, double seconds);
  ~Workers();  // ends every worker: closes its input, then waits for it
  Workers(const Workers&) = delete;
  Workers& operator=(const Workers&) = delete;

  // Reads `in` (a file) in an idle worker, waiting for one; nullopt when no
  // worker process can be started (the caller reads it itself). Safe to
  // call from several threads.
  std::optional<Outcome> Read(const Input& in, const ReadRequest& request = {});

 private:
  struct Child {
    pid_t pid = -1;
    int fd = -1;  // our end of the socket that is its standard input and output
  };

  // An idle worker, or none when `until` passes first.
  std::optional<Child> Take(const std::optional<std::chrono::steady_clock::time_point>& until);
  void Give(Child c);
  // Starts a worker into `c`; false when the system will not.
  bool Start(Child* c) const;
  // The reply line, or false when the worker died or ran out of time.
  bool Exchange(const Child& c, const std::string& request, std::string* reply,
                bool* timed_out) const;
  static std::string Reap(Child* c, bool kill_it);

  std::string settings_;
  double seconds_;
  std::mutex mu_;
  std::condition_variable idle_changed_;
  std::vector<Child> idle_;  // a Child with pid -1 is a worker not yet started
};

}  // namespace vanban::cli

#endif  // VANBAN_TOOLS_VANBAN_WORKER_H_
