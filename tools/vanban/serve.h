// `vanban serve`: extraction as an HTTP service, for tracking systems that
// send a document and want its record back (cpp-httplib).
//
//   POST /v1/extract[?format=json|jsonl|ics|csv|html][&name=FILE]
//        the body is the document, or multipart/form-data whose first file
//        is; the reply is what `vanban extract -o` would write for it:
//        200 the output; 504 the output of a document whose time ran out,
//        with what was read; 4xx/5xx a vanban-error/1 record:
//        400 no or unreadable body, or a bad parameter; 413 a body over
//        max_body; 422 the document cannot be read (the message the CLI
//        gives); 503 every reader busy and the queue full, with
//        Retry-After; 504 no result within request_seconds; 500 a defect.
//   GET  /v1/health   {"status": "ok", "reading": N, "waiting": N, "readers": N,
//                      "refused": N (503s so far), "capacity": N}
//   GET  /v1/version  {"name": "vanban", "version": ..., "data_sha256": ...}
//
// Documents are read in worker processes (worker.h), `jobs` at a time,
// each with its OCR threads; at most `queue` more requests wait for one.
// A request beyond that is answered 503 at once: there is no unbounded
// backlog. A body is streamed to a private temporary file, never held
// whole in memory.
#ifndef VANBAN_TOOLS_VANBAN_SERVE_H_
#define VANBAN_TOOLS_VANBAN_SERVE_H_

#include <cstdint>
#include <string>

#include "tools/vanban/batch.h"

namespace vanban {
class Lexicon;
}

namespace vanban::cli {

struct ServeOptions {
  std::string bind = "127.0.0.1";  // localhost unless told otherwise
  int port = 8080;                 // 0: any free port (the line on stderr names it)
  int queue = -1;                  // requests waiting for a reader; -1: 8 × jobs
  std::uintmax_t max_body = std::uintmax_t{64} << 20;
  double request_seconds = 300;    // from arrival to reply
  // HTTP connections served at once; as many more wait for a thread, and
  // the rest in the kernel's listen backlog.
  int connections = 64;
  double read_timeout_s = 10;      // how long a client may pause while sending
  BatchOptions batch;              // jobs, OCR and limits, as extract takes them
};

// Listens and serves until SIGTERM or SIGINT; then takes no new
// connection, finishes the requests in hand, and returns 0. Prints
// "vanban: serving on http://HOST:PORT" on standard error once listening;
// returns 2 with one line when it cannot listen.
int Serve(const ServeOptions& options, const Lexicon& lex);

}  // namespace vanban::cli

#endif  // VANBAN_TOOLS_VANBAN_SERVE_H_
