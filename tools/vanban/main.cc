// vanban: reads Vietnamese administrative documents and writes what they
// order as vanban/1 records (schemas/vanban-1.schema.json), or their
// calendar and table views.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <ext/stdio_filebuf.h>

#include <cstdio>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "pipeline/base/library_messages.h"
#include "pipeline/language/lexicon.h"
#include "tools/vanban/batch.h"
#include "tools/vanban/inputs.h"
#include "tools/vanban/serve.h"
#include "tools/vanban/worker.h"

namespace {

using vanban::cli::BatchOptions;
using vanban::cli::BatchSummary;
using vanban::cli::Input;

// Exit statuses, as --help and the README give them.
enum Exit { kAllDone = 0, kSomeFailed = 1, kUsage = 2, kInterrupted = 130 };

constexpr char kDescription[] =
    "VanBan reads Vietnamese administrative documents (chỉ thị, kế hoạch, quyết định, công "
    "văn, …) and writes one record per document: number, type, issuer, date, title, signer, "
    "recipients, the documents it cites, the targets, events and deadlines it sets and who must "
    "do what, each with its span in the text.";

constexpr char kExtractHelp[] =
    "Extract records from documents: UTF-8 text, PDF, or PNG/JPEG/TIFF scans, recognised by "
    "content (pages without a text layer are OCRed). INPUTs are files, directories (searched "
    "recursively for documents) or - for standard input.\n"
    "Every input gets a record or, when it cannot be read, an error record "
    "({\"schema\": \"vanban-error/1\", ...}: in the JSON stream, or NAME.error.json under -o) "
    "and one line on standard error. A file of several documents (a later page opens with its "
    "own header and number) gets a record per document, with source.part, as JSON Lines.\n"
    "Exit status: 0 every input done (or skipped by --resume); 1 some input failed; 2 usage "
    "error; 130 interrupted (Ctrl-C: the documents in hand are finished, no more are started; "
    "a second Ctrl-C stops at once).";

constexpr char kServeHelp[] =
    "Serve extraction over HTTP: POST /v1/extract with the document as the body (or a "
    "multipart form's file), ?format=json|jsonl|ics|csv|html and ?name=FILE, returns its "
    "record; GET /v1/health and /v1/version. Documents are read in worker processes, -j at a "
    "time, with --queue more waiting; beyond that a request gets 503 and Retry-After. "
    "SIGTERM or Ctrl-C finishes the requests in hand, then exits 0.";

struct Options {
  std::vector<std::string> inputs;
  std::string files_from;
  std::string shard;
  bool jsonl = false;
  bool quiet = false;
  std::string worker;  // --worker SETTINGS: this process is a batch's worker (worker.h)
  BatchOptions batch;
};

// The bounds of pipeline/model/limits.h, each with its default shown.
void AddLimits(CLI::App* extract, vanban::Limits* limits) {
  extract->add_option("--max-bytes", limits->max_input_bytes,
                      "refuse an input larger than this many bytes (error too_large)")
      ->check(CLI::Range(std::uintmax_t{1}, std::uintmax_t{1} << 40))
      ->capture_default_str();
  extract->add_option("--max-pages", limits->max_pages,
                      "read only the first N pages of a document (warning pages_dropped)")
      ->check(CLI::Range(1, 1'000'000))
      ->capture_default_str();
  extract->add_option("--max-pixels", limits->max_pixels,
                      "refuse, before decoding, a page image or an image on a PDF page of more "
                      "pixels (warning page_unreadable)")
      ->check(CLI::Range(10'000LL, 4'000'000'000LL))
      ->capture_default_str();
  extract->add_option("--max-line", limits->max_line_bytes,
                      "cut longer lines, in bytes, before any grammar reads them (warning "
                      "line_split)")
      ->check(CLI::Range(std::size_t{64}, std::size_t{1} << 20))
      ->capture_default_str();
  extract->add_option("--max-lines", limits->max_lines,
                      "keep only the first N lines of a document, after cutting (warning "
                      "lines_dropped)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{100'000'000}))
      ->capture_default_str();
  extract->add_option("--doc-timeout", limits->document_seconds,
                      "seconds to read one document's pages; pages not begun by then are left "
                      "unread (warning document_timeout; error no_text when nothing was read)")
      ->check(CLI::Range(1.0, 86400.0))
      ->capture_default_str();
}

// What extract and serve share: readers, OCR and the limits.
void AddReading(CLI::App* app, vanban::cli::BatchOptions* batch, const std::string& jobs_help) {
  app->add_option("-j,--jobs", batch->jobs, jobs_help)->check(CLI::Range(1, 256));
  app->add_flag("!--no-ocr", batch->ocr,
                "do not OCR: scanned pages are skipped with a warning, images fail");
  app->add_option("--ocr-timeout", batch->ocr_timeout_s,
                  "seconds of OCR per page; a page that runs out keeps what was read and "
                  "gets a warning")
      ->check(CLI::Range(1.0, 3600.0));
  AddLimits(app, &batch->limits);
}

void AddServeOptions(CLI::App* serve, vanban::cli::ServeOptions* opt) {
  serve->add_option("--bind", opt->bind, "address to listen on (only this machine by default)")
      ->capture_default_str();
  serve->add_option("--port", opt->port, "port to listen on; 0 picks a free one")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  serve->add_option("--queue", opt->queue,
                    "requests that may wait for a reader (default: 8 × -j); more get 503")
      ->check(CLI::Range(0, 100000));
  serve->add_option("--max-body", opt->max_body, "largest request body, in bytes (413 above)")
      ->check(CLI::Range(std::uintmax_t{1}, std::uintmax_t{1} << 40))
      ->capture_default_str();
  serve->add_option("--request-timeout", opt->request_seconds,
                    "seconds from a request's arrival to its reply: a document that runs out "
                    "gets 504 with what was read")
      ->check(CLI::Range(1.0, 86400.0))
      ->capture_default_str();
  serve->add_option("--connections", opt->connections, "HTTP connections served at once")
      ->check(CLI::Range(1, 4096))
      ->capture_default_str();
  serve->add_option("--read-timeout", opt->read_timeout_s,
                    "seconds a client may pause while sending or receiving before it is "
                    "dropped")
      ->check(CLI::Range(0.1, 3600.0))
      ->capture_default_str();
  AddReading(serve, &opt->batch,
             "documents read at once, each in a worker process with its own OCR threads "
             "(default: one per core)");
}

void AddOptions(CLI::App* extract, Options* opt) {
  extract->add_option("inputs", opt->inputs, "documents, directories, or - for standard input");
  extract->add_option("--files-from", opt->files_from,
                      "read input paths from LIST, one per line (- for standard input)")
      ->option_text("LIST");
  extract->add_option("-o,--output-dir", opt->batch.out_dir,
                      "write one file per input under DIR, named by the input's path with the "
                      "format's extension (inbox/a.pdf gives DIR/inbox/a.pdf.json), written "
                      "atomically and never onto an input; a failed input gets "
                      "NAME.error.json")
      ->option_text("DIR");
  extract->add_option("-f,--format", opt->batch.format,
                      "json: the vanban/1 record, pretty on a terminal and one line per record "
                      "otherwise; jsonl: always one line per record; ics: an RFC 5545 calendar of "
                      "the deadlines and events; csv: one row per target, event, deadline and "
                      "task; html: a review page, the record beside the document with every "
                      "item's span marked on the page text and picture (one input, or -o); "
                      "text: the normalised page texts (form feeds between pages); lines: "
                      "each line with its structural role; times: each date found, its value "
                      "and the item that took it (\"-\": none) (for text, lines and times, "
                      "several inputs on standard output each follow a line \"==> FILE <==\")")
      ->check(CLI::IsMember({"json", "jsonl", "ics", "csv", "html", "text", "lines", "times"}));
  extract->add_flag("--jsonl", opt->jsonl, "same as --format jsonl");
  extract->add_flag("--resume", opt->batch.resume,
                    "with -o: skip inputs whose output there was made from the same bytes by "
                    "the same version and data (after a kill, a rerun finishes the batch)");
  extract->add_option("--shard", opt->shard,
                      "read only shard K of N (1 <= K <= N) of the inputs, chosen by a hash of "
                      "their names, so that N machines split one archive without coordination")
      ->option_text("K/N");
  AddReading(extract, &opt->batch,
             "OCR workers, with twice as many documents in flight (default: one per core); "
             "each runs Tesseract single-threaded");
  extract->add_flag("!--in-process", opt->batch.isolate,
                    "read a batch's documents in this process rather than in worker processes "
                    "(which a library's crash on one input costs that input alone; they are "
                    "used when there are several inputs)");
  // Not for users: how a batch starts its workers.
  extract->add_option("--worker", opt->worker)->group("");
  extract->add_flag("-q,--quiet", opt->quiet,
                    "no progress line and no summary on standard error (failures are still "
                    "reported)");
}

// "2/4" → k = 2, n = 4.
bool ParseShard(const std::string& text, int* k, int* n) {
  char tail = 0;
  return std::sscanf(text.c_str(), "%d/%d%c", k, n, &tail) == 2 && *n >= 1 && *k >= 1 &&
         *k <= *n;
}

int Usage(const std::string& message) {
  std::cerr << "vanban: " << message << "\nRun with --help for more information.\n";
  return kUsage;
}

void PrintSummary(size_t inputs, const BatchSummary& s, bool to_dir) {
  std::cerr << "vanban: " << inputs << " input" << (inputs == 1 ? "" : "s") << ": " << s.done
            << " done, " << s.skipped << " skipped, " << s.failed << " failed";
  if (s.interrupted()) {
    std::cerr << ", " << s.not_started << " not started (interrupted; "
              << (to_dir ? "rerun with --resume to finish" : "rerun for the rest") << ")";
  }
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.1f", s.seconds);
  std::cerr << " in " << seconds << " s\n";
}

// A batch's worker process: answers the batch's requests (worker.h).
int RunWorker(const std::string& settings) {
  auto lex = vanban::Lexicon::Load(vanban::Lexicon::DefaultDir());
  if (!lex.ok()) {
    std::cerr << "vanban: " << lex.error() << "\n";
    return kUsage;
  }
  return vanban::cli::RunWorker(settings, lex.value());
}

int DefaultJobs() { return std::max(1, static_cast<int>(std::thread::hardware_concurrency())); }

int RunServe(vanban::cli::ServeOptions& opt) {
  auto lex = vanban::Lexicon::Load(vanban::Lexicon::DefaultDir());
  if (!lex.ok()) {
    std::cerr << "vanban: " << lex.error() << "\n";
    return kUsage;
  }
  if (opt.batch.jobs <= 0) opt.batch.jobs = DefaultJobs();
  return vanban::cli::Serve(opt, lex.value());
}

int RunExtract(Options& opt) {
  if (!opt.worker.empty()) return RunWorker(opt.worker);
  BatchOptions& batch = opt.batch;
  if (opt.jsonl) {
    if (batch.format != "json" && batch.format != "jsonl") {
      return Usage("--jsonl goes with --format json only");
    }
    batch.format = "jsonl";
  }
  if (opt.inputs.empty() && opt.files_from.empty()) {
    return Usage("no input: give files, directories, - or --files-from LIST");
  }
  if (batch.resume && batch.out_dir.empty()) return Usage("--resume needs -o DIR");
  int shard_k = 1, shard_n = 1;
  if (!opt.shard.empty() && !ParseShard(opt.shard, &shard_k, &shard_n)) {
    return Usage("--shard takes K/N with 1 <= K <= N, e.g. 2/4");
  }
  std::vector<Input> found;
  std::vector<std::string> empty_dirs;
  std::string error;
  if (!vanban::cli::ExpandInputs(opt.inputs, opt.files_from, batch.out_dir, &found, &empty_dirs,
                                 &error)) {
    return Usage(error);
  }
  // A directory without documents is a mistake worth a line and a status.
  for (const std::string& dir : empty_dirs) {
    std::cerr << "vanban: " << dir << ": no documents in this directory\n";
  }
  if (found.empty()) return kSomeFailed;
  std::vector<Input> inputs;
  for (Input& in : found) {
    if (vanban::cli::InShard(in.name, shard_k, shard_n)) inputs.push_back(std::move(in));
  }
  // Review pages are whole HTML files: one to standard output, or one a file.
  if (batch.format == "html" && batch.out_dir.empty() && inputs.size() > 1) {
    return Usage("--format html writes one page per input: give one input, or -o DIR");
  }
  auto lex = vanban::Lexicon::Load(vanban::Lexicon::DefaultDir());
  if (!lex.ok()) {
    std::cerr << "vanban: " << lex.error() << "\n";
    return kUsage;
  }
  if (batch.jobs <= 0) batch.jobs = DefaultJobs();
  const bool report = !opt.quiet && inputs.size() > 1;
  batch.progress = report && ::isatty(STDERR_FILENO);
  vanban::cli::HandleInterrupts();
  const BatchSummary summary = vanban::cli::RunBatch(inputs, batch, lex.value());
  if (report || summary.interrupted()) PrintSummary(inputs.size(), summary, !batch.out_dir.empty());
  if (summary.interrupted()) return kInterrupted;
  return summary.failed == 0 && empty_dirs.empty() ? kAllDone : kSomeFailed;
}

// vanban's own messages go to the real standard error from here on:
// descriptor 2 is lent to the image decoders while they run, so that their
// complaints become the page's warning (pipeline/base/library_messages.h).
void KeepOwnStandardError() {
  const int fd = vanban::RouteLibraryMessages();
  if (fd < 0) return;
  // Never destroyed: std::cerr is flushed after every static object is
  // gone (a static buffer here was, and the flush at exit used it).
  static auto* own = new __gnu_cxx::stdio_filebuf<char>(fd, std::ios::out);
  std::cerr.rdbuf(own);
}

}  // namespace

int main(int argc, char** argv) {
  KeepOwnStandardError();
  CLI::App app{kDescription};
  app.set_version_flag("--version", "vanban " VANBAN_VERSION);
  app.require_subcommand(1);
  Options opt;
  CLI::App* extract = app.add_subcommand("extract", kExtractHelp);
  AddOptions(extract, &opt);
  vanban::cli::ServeOptions serve_opt;
  CLI::App* serve = app.add_subcommand("serve", kServeHelp);
  AddServeOptions(serve, &serve_opt);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // CLI11's own codes (105, 106, 109, …) would tell a script nothing
    // the one usage status does not.
    app.exit(e);
    return kUsage;
  }
  if (extract->parsed()) return RunExtract(opt);
  if (serve->parsed()) return RunServe(serve_opt);
  return kUsage;
}
