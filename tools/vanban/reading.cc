#include "tools/vanban/reading.h"

#include <cstdio>
#include <exception>
#include <nlohmann/json.hpp>

#include "pipeline/ingest/page_pictures.h"
#include "pipeline/ingest/source.h"
#include "pipeline/language/lexicon.h"
#include "pipeline/output/csv_output.h"
#include "pipeline/output/ics_output.h"
#include "pipeline/output/json_output.h"
#include "pipeline/output/review_page.h"
#include "pipeline/output/time_view.h"
#include "pipeline/runner.h"

namespace vanban::cli {

namespace {

using nlohmann::json;

// Standard input, up to one byte more than `max_bytes` (enough for
// SourceFromBytes to refuse it without holding an endless stream).
std::string ReadStdin(std::uintmax_t max_bytes) {
  std::string bytes;
  char buf[1 << 16];
  size_t n;
  while (bytes.size() <= max_bytes && (n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
    bytes.append(buf, n);
  }
  return bytes;
}

// Views of the file's pages, not of its records: a file of several
// documents is shown whole.
bool PageView(const std::string& format) {
  return format == "text" || format == "lines" || format == "times" || format == "html";
}

std::string RenderPages(const Extraction& x, const Reader& r) {
  const std::string& format = r.options.format;
  if (format == "text") return PagesAsText(x.doc);
  if (format == "lines") return LinesWithRoles(x.doc);
  if (format == "times") return TimeExpressions(x);
  const int pages = static_cast<int>(x.doc.pages.size());
  return ReviewPage(json::parse(RecordJson(x, false)), x.doc,
                    PagePictures(x.source, pages, r.options.limits), r.lex);
}

// The records of the documents a file holds, in the run's format. Several
// records of one file are JSON Lines even where one would be pretty: a
// file or stream of pretty records could not be told apart.
std::string RenderRecords(const std::vector<Extraction>& xs, const Reader& r) {
  const std::string& format = r.options.format;
  const bool pretty = format == "json" && (r.pretty || r.to_dir) && xs.size() == 1;
  std::string out;
  IcsCalendar calendar;
  if (format == "csv" && r.to_dir) out += CsvHeader();
  for (const Extraction& x : xs) {
    const std::string record = RecordJson(x, pretty);
    if (format == "csv") {
      out += CsvRows(json::parse(record));
    } else if (format == "ics" && r.to_dir) {
      calendar.Add(json::parse(record));  // a calendar per file
    } else {
      // json, jsonl; ics on standard output: the records, one a line,
      // which the emitter adds to the one calendar of the batch.
      out += record + "\n";
    }
  }
  if (format == "ics" && r.to_dir) out = calendar.Text();
  return out;
}

}  // namespace

std::string Extension(const std::string& format) {
  if (format == "json" || format == "jsonl") return ".json";
  if (format == "ics") return ".ics";
  if (format == "csv") return ".csv";
  if (format == "lines") return ".lines.txt";
  if (format == "times") return ".times.txt";
  if (format == "html") return ".html";
  return ".txt";
}

Outcome ReadInput(const Input& in, const Reader& r,
                  const std::function<bool(const std::string&)>& current) {
  Outcome o;
  try {
    const Limits& limits = r.options.limits;
    auto src = in.path == kStdin ? SourceFromBytes(kStdin, ReadStdin(limits.max_input_bytes),
                                                   limits.max_input_bytes)
                                 : LoadSource(in.path, limits.max_input_bytes);
    if (!src.ok()) {
      o.error = src.failure();
      return o;
    }
    o.sha256 = src.value().sha256;
    if (!in.label.empty()) src.value().path = in.label;
    if (current(o.sha256)) {
      o.skipped = true;
      return o;
    }
    std::vector<Extraction> xs;
    if (PageView(r.options.format)) {
      auto x = ExtractSource(std::move(src.value()), r.lex, r.ocr, limits);
      if (!x.ok()) {
        o.error = x.failure();
        return o;
      }
      o.content = RenderPages(x.value(), r);
      xs.push_back(std::move(x.value()));
    } else {
      auto parts = ExtractDocuments(std::move(src.value()), r.lex, r.ocr, limits);
      if (!parts.ok()) {
        o.error = parts.failure();
        return o;
      }
      xs = std::move(parts.value());
      o.content = RenderRecords(xs, r);
    }
    for (const Warning& w : xs.front().warnings) {
      o.incomplete |= w.code == WarningCode::kDocumentTimeout;
    }
  } catch (const std::exception& e) {
    // A defect, not the input's fault: the batch goes on without it.
    o.error = Error{std::string("internal error: ") + e.what(), "internal"};
  }
  return o;
}

std::string ErrorRecord(const Input& in, const Outcome& o, const Lexicon& lex, bool pretty) {
  nlohmann::ordered_json source = {{"file", in.label.empty() ? in.path : in.label}};
  if (!o.sha256.empty()) source["sha256"] = o.sha256;
  source["producer"] = {{"name", "vanban"}, {"version", VANBAN_VERSION},
                        {"data_sha256", lex.data_sha256()}};
  const nlohmann::ordered_json record = {{"schema", "vanban-error/1"},
                       {"source", source},
                       {"error", {{"code", o.error->code}, {"message", o.error->message}}}};
  return record.dump(pretty ? 2 : -1, ' ', false,
                     nlohmann::ordered_json::error_handler_t::replace) +
         "\n";
}

}  // namespace vanban::cli
