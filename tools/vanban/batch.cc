#include "tools/vanban/batch.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>

#include "pipeline/ingest/source.h"
#include "pipeline/language/lexicon.h"
#include "pipeline/ocr/ocr_pool.h"
#include "pipeline/output/csv_output.h"
#include "pipeline/output/ics_output.h"
#include "tools/vanban/outputs.h"
#include "tools/vanban/reading.h"
#include "tools/vanban/worker.h"

namespace vanban::cli {

namespace {

using nlohmann::json;

std::atomic<int> g_interrupts{0};

extern "C" void OnInterrupt(int) {
  if (g_interrupts.fetch_add(1) == 0) return;
  // Only async-signal-safe calls here.
  static constexpr char kMessage[] =
      "\nvanban: interrupted again: stopped at once; rerun with --resume to finish\n";
  (void)!::write(STDERR_FILENO, kMessage, sizeof kMessage - 1);
  ::_exit(130);
}

// What the emitter needs, shared by all.
struct Context {
  const BatchOptions& options;
  const Lexicon& lex;
  OutputDir* dir;        // null: standard output
  bool pretty;           // json to a terminal
  std::string producer;  // "VERSION/DATA_SHA256", as the manifest keeps it
};

// Hands outcomes on in input order: to standard output or to files.
class Emitter {
 public:
  Emitter(const std::vector<Input>& inputs, const Context& cx, BatchSummary* summary)
      : inputs_(inputs), cx_(cx), summary_(summary) {
    if (!cx.dir && cx.options.format == "csv") std::cout << CsvHeader();
  }

  void Emit(size_t i, const Outcome& o) {
    const Input& in = inputs_[i];
    std::optional<Error> error = o.error;
    if (o.skipped) {
      ++summary_->skipped;
    } else if (!error) {
      if (cx_.dir) {
        std::string why;
        if (!cx_.dir->Write(in.name + Extension(cx_.options.format), in.name + ".error.json",
                            o.content, o.sha256, cx_.producer, &why)) {
          error = Error{why, "write_failed"};
        }
      } else {
        Print(in, o.content);
      }
    }
    if (error) {
      Outcome failed = o;
      failed.error = error;
      Fail(in, failed);
    } else if (!o.skipped) {
      ++summary_->done;
    }
    Progress(i);
  }

  // What standard output still owes: the batch's calendar.
  void Finish() {
    if (cx_.options.format == "ics" && !cx_.dir) std::cout << calendar_.Text();
    std::cout << std::flush;
    if (cx_.options.progress) std::cerr << "\r\033[K" << std::flush;
  }

 private:
  void Print(const Input& in, const std::string& content) {
    const std::string& format = cx_.options.format;
    if (format == "ics") {
      // One record a line: a file of several documents gives several.
      for (size_t at = 0, end; at < content.size(); at = end + 1) {
        end = content.find('\n', at);
        if (end == std::string::npos) end = content.size();
        if (end > at) calendar_.Add(json::parse(content.substr(at, end - at)));
      }
      return;
    }
    // Page texts of several documents would run together: each gets a
    // header line, as head(1) gives its files.
    if ((format == "text" || format == "lines" || format == "times") && inputs_.size() > 1) {
      std::cout << "==> " << in.path << " <==\n";
    }
    std::cout << content << std::flush;
  }

  void Fail(const Input& in, const Outcome& o) {
    ++summary_->failed;
    std::cerr << (cx_.options.progress ? "\r\033[K" : "") << "vanban: " << in.path << ": "
              << o.error->message << "\n";
    const bool json_stream = cx_.options.format == "json" || cx_.options.format == "jsonl";
    const std::string record =
        ErrorRecord(in, o, cx_.lex, cx_.dir || (cx_.pretty && cx_.options.format == "json"));
    if (cx_.dir) {
      std::string why;
      if (!cx_.dir->WriteError(in.name + ".error.json", record, &why)) {
        std::cerr << "vanban: " << in.path << ": " << why << "\n";
      }
    } else if (json_stream) {
      std::cout << record << std::flush;
    }
  }

  void Progress(size_t i) {
    if (!cx_.options.progress) return;
    std::cerr << "\r\033[K[" << i + 1 << "/" << inputs_.size() << "] " << summary_->failed
              << " failed  " << inputs_[i].path << std::flush;
  }

  const std::vector<Input>& inputs_;
  const Context& cx_;
  BatchSummary* summary_;
  IcsCalendar calendar_;
};

}  // namespace

void HandleInterrupts() {
  struct sigaction action = {};
  action.sa_handler = OnInterrupt;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

BatchSummary RunBatch(const std::vector<Input>& inputs, const BatchOptions& options,
                      const Lexicon& lex) {
  const auto begin = std::chrono::steady_clock::now();
  BatchSummary summary;
  std::unique_ptr<OcrPool> ocr;
  if (options.ocr) {
    OcrSettings settings;
    settings.deadline_ms = static_cast<int>(options.ocr_timeout_s * 1000);
    ocr = std::make_unique<OcrPool>(options.jobs, settings);
  }
  OutputDir dir;
  if (!options.out_dir.empty()) {
    std::set<std::string> paths;
    std::error_code ec;
    for (const Input& in : inputs) {
      if (in.path != kStdin) paths.insert(std::filesystem::weakly_canonical(in.path, ec).string());
    }
    std::string error;
    if (!dir.Open(options.out_dir, std::move(paths), &error)) {
      std::cerr << "vanban: " << error << "\n";
      summary.failed = static_cast<int>(inputs.size());
      return summary;
    }
  }
  const Context cx{options, lex, options.out_dir.empty() ? nullptr : &dir,
                   ::isatty(STDOUT_FILENO) != 0,
                   std::string(VANBAN_VERSION) + "/" + lex.data_sha256()};
  const Reader reader{options, lex, ocr.get(), cx.dir != nullptr, cx.pretty};
  // A batch reads its files in worker processes (worker.h): a library
  // that aborts on one input costs that input alone. One input has nothing
  // to protect, and standard input stays with this process.
  std::unique_ptr<Workers> workers;
  if (options.isolate && inputs.size() > 1) {
    workers = std::make_unique<Workers>(WorkerSettings(options, reader.to_dir, reader.pretty),
                                        options.jobs,
                                        options.limits.document_seconds + options.ocr_timeout_s + 60);
  }
  auto read = [&](const Input& in) {
    auto current = [&](const std::string& sha256) {
      return cx.dir && options.resume &&
             cx.dir->Done(in.name + Extension(options.format), sha256, cx.producer);
    };
    if (!workers || in.path == kStdin) return ReadInput(in, reader, current);
    if (cx.dir && options.resume) {
      // Whether the output is current needs the input's digest: read it
      // here rather than start a worker on it.
      Outcome o;
      auto src = LoadSource(in.path, options.limits.max_input_bytes);
      if (!src.ok()) {
        o.error = src.failure();
        return o;
      }
      if (current(src.value().sha256)) {
        o.sha256 = src.value().sha256;
        o.skipped = true;
        return o;
      }
    }
    if (std::optional<Outcome> o = workers->Read(in)) return std::move(*o);
    return ReadInput(in, reader, current);  // no worker process could be started
  };

  // Workers take inputs in order; the emitter hands each outcome on as
  // soon as it and every earlier one are done.
  const size_t n = inputs.size();
  std::vector<std::optional<Outcome>> done(n);
  std::mutex mu;
  std::condition_variable ready;
  size_t next = 0;
  auto work = [&] {
    for (;;) {
      size_t i;
      {
        std::lock_guard<std::mutex> lock(mu);
        if (next == n || g_interrupts.load() > 0) return;
        i = next++;
      }
      Outcome o = read(inputs[i]);
      {
        std::lock_guard<std::mutex> lock(mu);
        done[i] = std::move(o);
      }
      ready.notify_all();
    }
  };
  // Twice as many documents in flight as OCR workers: while one document
  // is loaded, parsed and extracted, the workers have others' pages queued.
  std::vector<std::thread> threads;
  for (int t = 0; t < 2 * options.jobs; ++t) threads.emplace_back(work);
  Emitter emitter(inputs, cx, &summary);
  for (size_t i = 0; i < n; ++i) {
    std::optional<Outcome> o;
    {
      std::unique_lock<std::mutex> lock(mu);
      // A signal cannot wake the wait: look at the flag now and then.
      while (!done[i] && !(g_interrupts.load() > 0 && i >= next)) {
        ready.wait_for(lock, std::chrono::milliseconds(100));
      }
      if (!done[i]) {
        summary.not_started = static_cast<int>(n - i);
        break;
      }
      o = std::move(done[i]);
      done[i].reset();
    }
    emitter.Emit(i, *o);
  }
  for (auto& t : threads) t.join();
  emitter.Finish();
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  return summary;
}

}  // namespace vanban::cli
