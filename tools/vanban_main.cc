// vanban: reads Vietnamese administrative documents and writes what they
// order as vanban/1 JSON records (see schemas/vanban-1.schema.json).
#include <CLI/CLI.hpp>

#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "pipeline/language/lexicon.h"
#include "pipeline/ocr/ocr_pool.h"
#include "pipeline/output/json_output.h"
#include "pipeline/runner.h"

namespace {

struct ExtractOptions {
  std::vector<std::string> files;
  std::string out_dir;
  std::string format = "json";
  int jobs = 0;  // 0: one per core
  bool ocr = true;
  double ocr_timeout_s = 60;
};

// What one input comes to: the rendered output, or the reason it failed.
struct Outcome {
  std::string content;
  std::string error;
};

std::string Render(const vanban::Extraction& x, const std::string& format, bool pretty) {
  if (format == "text") return vanban::PagesAsText(x.doc);
  if (format == "lines") return vanban::LinesWithRoles(x.doc);
  return vanban::RecordJson(x, pretty) + "\n";
}

// Writes DIR/NAME.json (or .txt); a failed input leaves no file behind.
// NAME.json for each input, or NAME.EXT.json for inputs whose names differ
// only in the extension (a.pdf and a.png), so no record overwrites another.
std::map<std::string, std::string> OutputNames(const std::vector<std::string>& files,
                                               const std::string& format) {
  namespace fs = std::filesystem;
  std::map<std::string, int> stems;
  for (const auto& f : files) ++stems[fs::path(f).stem().string()];
  std::map<std::string, std::string> names;
  const std::string ext = format == "json" ? ".json" : ".txt";
  for (const auto& f : files) {
    const fs::path p(f);
    const std::string stem = p.stem().string();
    names[f] = (stems[stem] > 1 ? p.filename().string() : stem) + ext;
  }
  return names;
}

bool WriteToDir(const std::string& dir, const std::string& name, const std::string& content,
                std::string* error) {
  namespace fs = std::filesystem;
  const fs::path target = fs::path(dir) / name;
  const fs::path tmp = target.string() + ".part";
  {
    std::ofstream out(tmp, std::ios::binary);
    out << content;
    if (!out) {
      *error = "cannot write " + tmp.string();
      return false;
    }
  }
  std::error_code ec;
  fs::rename(tmp, target, ec);
  if (ec) *error = "cannot write " + target.string() + ": " + ec.message();
  return !ec;
}

Outcome ExtractOne(const std::string& file, const ExtractOptions& opt,
                   const vanban::Lexicon& lex, vanban::OcrPool* ocr, bool pretty) {
  auto x = vanban::ExtractFile(file, lex, ocr);
  if (!x.ok()) return {"", x.error()};
  return {Render(x.value(), opt.format, pretty), ""};
}

// Runs `jobs` documents at a time and hands each outcome to `emit` in input
// order, as soon as it and every earlier one are done.
template <typename Emit>
void ExtractAll(const ExtractOptions& opt, int jobs, const vanban::Lexicon& lex,
                vanban::OcrPool* ocr, bool pretty, Emit emit) {
  const size_t n = opt.files.size();
  std::vector<std::optional<Outcome>> done(n);
  std::mutex mu;
  std::condition_variable ready;
  size_t next = 0;
  auto work = [&] {
    for (;;) {
      size_t i;
      {
        std::lock_guard<std::mutex> lock(mu);
        if (next == n) return;
        i = next++;
      }
      Outcome o = ExtractOne(opt.files[i], opt, lex, ocr, pretty);
      {
        std::lock_guard<std::mutex> lock(mu);
        done[i] = std::move(o);
      }
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < jobs; ++t) threads.emplace_back(work);
  for (size_t i = 0; i < n; ++i) {
    Outcome o;
    {
      std::unique_lock<std::mutex> lock(mu);
      ready.wait(lock, [&] { return done[i].has_value(); });
      o = std::move(*done[i]);
      done[i].reset();
    }
    emit(opt.files[i], o);
  }
  for (auto& t : threads) t.join();
}

int RunExtract(const ExtractOptions& opt) {
  auto lex = vanban::Lexicon::Load(vanban::Lexicon::DefaultDir());
  if (!lex.ok()) {
    std::cerr << "vanban: " << lex.error() << "\n";
    return 2;
  }
  if (!opt.out_dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(opt.out_dir, ec);
    if (ec) {
      std::cerr << "vanban: cannot create " << opt.out_dir << ": " << ec.message() << "\n";
      return 2;
    }
  }
  const int jobs = opt.jobs > 0 ? opt.jobs
                                : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  std::unique_ptr<vanban::OcrPool> ocr;
  if (opt.ocr) {
    vanban::OcrSettings settings;
    settings.deadline_ms = static_cast<int>(opt.ocr_timeout_s * 1000);
    ocr = std::make_unique<vanban::OcrPool>(jobs, settings);
  }
  // One input: a pretty object. Several: JSON Lines, one object per input.
  const bool pretty = opt.files.size() == 1;
  int failures = 0;
  const auto names = OutputNames(opt.files, opt.format);
  // Twice as many documents in flight as OCR workers: while one document
  // is loaded, parsed and extracted, the workers have others' pages queued.
  ExtractAll(opt, 2 * jobs, lex.value(), ocr.get(), pretty,
             [&](const std::string& file, const Outcome& o) {
               std::string error = o.error;
               if (error.empty() && opt.out_dir.empty()) {
                 std::cout << o.content << std::flush;
               } else if (error.empty()) {
                 WriteToDir(opt.out_dir, names.at(file), o.content, &error);
               }
               if (!error.empty()) {
                 std::cerr << "vanban: " << file << ": " << error << "\n";
                 ++failures;
               }
             });
  return failures == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "VanBan reads Vietnamese administrative documents (chỉ thị, kế hoạch, quyết định, công "
      "văn, …) and writes one JSON record per document: number, type, issuer, date, title, "
      "signer, recipients and the documents it cites, each with its span in the text."};
  app.set_version_flag("--version", "vanban 0.1.0");
  app.require_subcommand(1);

  ExtractOptions opt;
  CLI::App* extract = app.add_subcommand(
      "extract",
      "Extract records from FILEs (UTF-8 text, PDF, or PNG/JPEG/TIFF scans, recognised by content; pages without a text layer are OCRed). One input prints "
      "one JSON object; several print JSON Lines, one object per input. Exit status 0 when every "
      "input succeeded, 1 when any failed (one line per failure on stderr), 2 on usage errors.");
  extract->add_option("files", opt.files, "input documents")->required();
  extract->add_option("-o,--output-dir", opt.out_dir,
                      "write DIR/NAME.json (or NAME.txt) per input instead of standard output; NAME.EXT.json "
                      "where two inputs differ only in their extension");
  extract->add_option("-f,--format", opt.format,
                      "json: the vanban/1 record; text: the normalised page texts, pages "
                      "separated by form feeds; lines: each line with the structural role "
                      "given to it (for checking a document that comes out wrong)")
      ->check(CLI::IsMember({"json", "text", "lines"}));
  extract->add_option("-j,--jobs", opt.jobs,
                      "documents and OCR pages read at once (default: one per core); each OCR "
                      "worker runs Tesseract single-threaded")
      ->check(CLI::Range(1, 256));
  extract->add_flag("!--no-ocr", opt.ocr,
                    "do not OCR: scanned pages are skipped with a warning, images fail");
  extract->add_option("--ocr-timeout", opt.ocr_timeout_s,
                      "seconds of OCR per page; a page that runs out keeps what was read and "
                      "gets a warning")
      ->check(CLI::Range(1.0, 3600.0));

  CLI11_PARSE(app, argc, argv);
  if (extract->parsed()) return RunExtract(opt);
  return 2;
}
