// vanban: reads Vietnamese administrative documents and writes what they
// order as vanban/1 JSON records (see schemas/vanban-1.schema.json).
#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "extractors/lexicon.h"
#include "pipeline/json_output.h"
#include "pipeline/runner.h"

namespace {

struct ExtractOptions {
  std::vector<std::string> files;
  std::string out_dir;
  std::string format = "json";
};

std::string Render(const vanban::Extraction& x, const std::string& format, bool pretty) {
  if (format == "text") return vanban::PagesAsText(x.doc);
  if (format == "lines") return vanban::LinesWithRoles(x.doc);
  return vanban::ToJson(x).dump(pretty ? 2 : -1) + "\n";
}

// Writes DIR/NAME.json (or .txt); a failed input leaves no file behind.
bool WriteToDir(const std::string& dir, const std::string& input, const std::string& format,
                const std::string& content, std::string* error) {
  namespace fs = std::filesystem;
  const fs::path target =
      fs::path(dir) / (fs::path(input).stem().string() + (format == "json" ? ".json" : ".txt"));
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
  // One input: a pretty object. Several: JSON Lines, one object per input.
  const bool pretty = opt.files.size() == 1;
  int failures = 0;
  for (const auto& file : opt.files) {
    auto x = vanban::ExtractFile(file, lex.value());
    if (!x.ok()) {
      std::cerr << "vanban: " << file << ": " << x.error() << "\n";
      ++failures;
      continue;
    }
    const std::string content = Render(x.value(), opt.format, pretty);
    if (opt.out_dir.empty()) {
      std::cout << content << std::flush;
      continue;
    }
    std::string error;
    if (!WriteToDir(opt.out_dir, file, opt.format, content, &error)) {
      std::cerr << "vanban: " << file << ": " << error << "\n";
      ++failures;
    }
  }
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
      "Extract records from FILEs (UTF-8 text or PDF, recognised by content). One input prints "
      "one JSON object; several print JSON Lines, one object per input. Exit status 0 when every "
      "input succeeded, 1 when any failed (one line per failure on stderr), 2 on usage errors.");
  extract->add_option("files", opt.files, "input documents")->required();
  extract->add_option("-o,--output-dir", opt.out_dir,
                      "write DIR/NAME.json (or NAME.txt) per input instead of standard output");
  extract->add_option("-f,--format", opt.format,
                      "json: the vanban/1 record; text: the normalised page texts, pages "
                      "separated by form feeds; lines: each line with the structural role "
                      "given to it (for checking a document that comes out wrong)")
      ->check(CLI::IsMember({"json", "text", "lines"}));

  CLI11_PARSE(app, argc, argv);
  if (extract->parsed()) return RunExtract(opt);
  return 2;
}
