#include "pipeline/output/csv_output.h"

#include <array>
#include <nlohmann/json.hpp>
#include <string_view>

namespace vanban {

namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 19> kColumns = {
    "file",  "number", "item",      "index",   "kind",      "value", "unit",
    "start", "end",    "due",       "recurrence", "action", "lead",  "support",
    "report_to", "page", "span_start", "span_end", "text"};

enum Column { kFile, kNumber, kItem, kIndex, kKind, kValue, kUnit, kStart, kEnd, kDue,
              kRecurrence, kAction, kLead, kSupport, kReportTo, kPage, kSpanStart, kSpanEnd,
              kText };

using Row = std::array<std::string, kColumns.size()>;

// Quoted only when it must be: a comma, a quote or a line break inside.
void AppendField(std::string_view field, std::string* out) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(field);
    return;
  }
  out->push_back('"');
  for (char c : field) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

void AppendRow(const Row& row, std::string* out) {
  for (size_t i = 0; i < row.size(); ++i) {
    if (i) out->push_back(',');
    AppendField(row[i], out);
  }
  out->append("\r\n");
}

// Strings as they are, numbers as JSON writes them, null as nothing.
std::string Cell(const json& j) {
  if (j.is_null()) return "";
  if (j.is_string()) return j.get<std::string>();
  if (j.is_number_float()) {
    const double v = j.get<double>();
    // Whole figures without the ".0" JSON keeps for a float.
    if (v == static_cast<double>(static_cast<long long>(v))) return std::to_string(static_cast<long long>(v));
  }
  return j.dump();
}

std::string Names(const json& names) {
  std::string out;
  if (!names.is_array()) return out;
  for (const json& n : names) {
    if (!out.empty()) out += "; ";
    out += Cell(n);
  }
  return out;
}

// "monthly;day=20;time=16:00"
std::string Recurrence(const json& r) {
  std::string out = Cell(r.value("freq", json()));
  for (const char* key : {"day", "month", "weekday", "time"}) {
    if (r.contains(key)) out += std::string(";") + key + "=" + Cell(r[key]);
  }
  return out;
}

Row Start(const json& record, const char* item, size_t index, const json& x) {
  Row row;
  row[kFile] = Cell(record["source"]["file"]);
  row[kNumber] = Cell(record["document"]["number"]);
  row[kItem] = item;
  row[kIndex] = std::to_string(index + 1);
  row[kText] = Cell(x.value("text", json()));
  const json& span = x["span"];
  row[kPage] = Cell(span.value("page", json()));
  row[kSpanStart] = Cell(span.value("start", json()));
  row[kSpanEnd] = Cell(span.value("end", json()));
  return row;
}

}  // namespace

std::string CsvHeader() {
  std::string out;
  Row row;
  for (size_t i = 0; i < kColumns.size(); ++i) row[i] = kColumns[i];
  AppendRow(row, &out);
  return out;
}

std::string CsvRows(const json& record) {
  std::string out;
  const json& targets = record["targets"];
  for (size_t i = 0; i < targets.size(); ++i) {
    const json& t = targets[i];
    Row row = Start(record, "target", i, t);
    row[kKind] = Cell(t["comparator"]);
    row[kValue] = Cell(t["value"]);
    row[kUnit] = Cell(t["unit"]);
    if (t["period"].is_object()) {
      row[kStart] = Cell(t["period"]["start"]);
      row[kEnd] = Cell(t["period"]["end"]);
      if (t["period"]["recurrence"].is_string()) row[kRecurrence] = Cell(t["period"]["recurrence"]);
    }
    row[kAction] = Cell(t["subject"]);
    AppendRow(row, &out);
  }
  const json& events = record["events"];
  for (size_t i = 0; i < events.size(); ++i) {
    const json& e = events[i];
    Row row = Start(record, "event", i, e);
    row[kStart] = Cell(e["start"]);
    row[kEnd] = Cell(e["end"]);
    row[kAction] = Cell(e["name"]);
    AppendRow(row, &out);
  }
  const json& deadlines = record["deadlines"];
  for (size_t i = 0; i < deadlines.size(); ++i) {
    const json& d = deadlines[i];
    Row row = Start(record, "deadline", i, d);
    row[kKind] = Cell(d["kind"]);
    row[kDue] = Cell(d["due"]);
    if (d.contains("recurrence")) row[kRecurrence] = Recurrence(d["recurrence"]);
    row[kAction] = Cell(d["action"]);
    row[kLead] = Names(d["responsible"]);
    row[kReportTo] = Cell(d["report_to"]);
    AppendRow(row, &out);
  }
  const json& tasks = record["tasks"];
  for (size_t i = 0; i < tasks.size(); ++i) {
    const json& t = tasks[i];
    Row row = Start(record, "task", i, t);
    row[kDue] = Cell(t["due"]);
    row[kAction] = Cell(t["action"]);
    row[kLead] = Names(t["lead"]);
    row[kSupport] = Names(t["support"]);
    AppendRow(row, &out);
  }
  return out;
}

}  // namespace vanban
