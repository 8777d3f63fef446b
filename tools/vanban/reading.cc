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

std::string Render(const Extraction& x, const Reader& r) {
  const std::string& format = r.options.format;
  if (format == "text") return PagesAsText(x.doc);
  if (format == "lines") return LinesWithRoles(x.doc);
  if (format == "json" || format == "jsonl") {
    return RecordJson(x, format == "json" && (r.pretty || r.to_dir)) + "\n";
  }
  const std::string record = RecordJson(x, false);
  if (format == "html") {
    const int pages = static_cast<int>(x.doc.pages.size());
    return ReviewPage(json::parse(record), x.doc, PagePictures(x.source, pages, r.options.limits),
                      r.lex);
  }
  if (format == "csv") return (r.to_dir ? CsvHeader() : "") + CsvRows(json::parse(record));
  // ics: a calendar per file; on standard output the record, which the
  // emitter adds to the one calendar of the batch.
  if (!r.to_dir) return record;
  IcsCalendar calendar;
  calendar.Add(json::parse(record));
  return calendar.Text();
}

}  // namespace

std::string Extension(const std::string& format) {
  if (format == "json" || format == "jsonl") return ".json";
  if (format == "ics") return ".ics";
  if (format == "csv") return ".csv";
  if (format == "lines") return ".lines.txt";
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
    auto x = ExtractSource(std::move(src.value()), r.lex, r.ocr, limits);
    if (!x.ok()) {
      o.error = x.failure();
      return o;
    }
    o.content = Render(x.value(), r);
    for (const Warning& w : x.value().warnings) {
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
