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
  // One row per item of `list` ("targets") as `item` ("target"), its
  // own columns filled by `fill`.
  auto rows = [&](const char* list, const char* item, auto fill) {
    const json& items = record[list];
    for (size_t i = 0; i < items.size(); ++i) {
      Row row = Start(record, item, i, items[i]);
      fill(items[i], &row);
      AppendRow(row, &out);
    }
  };
  rows("targets", "target", [](const json& t, Row* row) {
    (*row)[kKind] = Cell(t["comparator"]);
    (*row)[kValue] = Cell(t["value"]);
    (*row)[kUnit] = Cell(t["unit"]);
    if (const json& p = t["period"]; p.is_object()) {
      (*row)[kStart] = Cell(p["start"]);
      (*row)[kEnd] = Cell(p["end"]);
      (*row)[kRecurrence] = Cell(p["recurrence"]);
    }
    (*row)[kAction] = Cell(t["subject"]);
  });
  rows("events", "event", [](const json& e, Row* row) {
    (*row)[kStart] = Cell(e["start"]);
    (*row)[kEnd] = Cell(e["end"]);
    (*row)[kAction] = Cell(e["name"]);
  });
  rows("deadlines", "deadline", [](const json& d, Row* row) {
    (*row)[kKind] = Cell(d["kind"]);
    (*row)[kDue] = Cell(d["due"]);
    if (d.contains("recurrence")) (*row)[kRecurrence] = Recurrence(d["recurrence"]);
    (*row)[kAction] = Cell(d["action"]);
    (*row)[kLead] = Names(d["responsible"]);
    (*row)[kReportTo] = Cell(d["report_to"]);
  });
  rows("tasks", "task", [](const json& t, Row* row) {
    (*row)[kDue] = Cell(t["due"]);
    (*row)[kAction] = Cell(t["action"]);
    (*row)[kLead] = Names(t["lead"]);
    (*row)[kSupport] = Names(t["support"]);
  });
  return out;
}

}  // namespace vanban
