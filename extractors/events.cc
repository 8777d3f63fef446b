#include "extractors/events.h"

#include <re2/re2.h>

#include <cstdio>
#include <set>

#include "extractors/text_util.h"
#include "pipeline/normalize.h"

namespace vanban {

namespace {

struct DayMonth {
  int day = 0, month = 0, year = 0;  // year 0: not written
};

std::string Iso(const DayMonth& d, int year) {
  char buf[16];
  if (d.day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, d.month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, d.month, d.day);
  }
  return buf;
}

bool Plausible(const DayMonth& d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 0 && d.day <= 31;
}

DayMonth Read(const std::string& day, const std::string& month, const std::string& year) {
  DayMonth d;
  d.day = day.empty() ? 0 : std::stoi(day);
  d.month = month.empty() ? 0 : std::stoi(month);
  d.year = year.empty() ? 0 : std::stoi(year);
  return d;
}

// The text before `at` back to the start of its clause, without list marks
// and time cues ("Thời gian tiêm:").
std::string NameBefore(std::string_view line, size_t at) {
  const size_t start = ClauseStart(line, at);
  std::string name(Trim(line.substr(start, at - start)));
  while (!name.empty() && (name.back() == ',' || name.back() == '(')) name.pop_back();
  return std::string(Trim(name));
}

class EventFinder {
 public:
  EventFinder(const Document& doc, int scope_year, std::string subject)
      : doc_(doc), year_(scope_year), subject_(std::move(subject)) {}

  std::vector<Event> Run() {
    for (size_t i = 0; i < doc_.lines.size(); ++i) {
      const Role r = doc_.roles[i];
      if (r != Role::kBody && r != Role::kTitle && r != Role::kPreamble) continue;
      const std::string_view line = doc_.LineText(i);
      if (line.find('\t') != std::string_view::npos) {
        TableRow(i, line);
        continue;
      }
      NamedDays(i, line);
      Windows(i, line);
    }
    return std::move(out_);
  }

 private:
  // "Ngày toàn dân hiến máu tình nguyện" - 07/4, "Ngày thế giới … 14/6".
  void NamedDays(size_t i, std::string_view line) {
    static const RE2 kDay(
        R"((Ngày\s[^"“”()\d;,.]{6,80}?)\s*["”]?\s*[-(]?\s*(\d{1,2})/(\d{1,2})(?:/(\d{4}))?)");
    re2::StringPiece in(line.data(), line.size());
    std::string name, d, m, y;
    while (RE2::FindAndConsume(&in, kDay, &name, &d, &m, &y)) {
      const DayMonth dm = Read(d, m, y);
      if (!Plausible(dm) || dm.day == 0) continue;
      Add(std::string(Trim(name)), dm, std::nullopt, i, line, in.data());
    }
  }

  // "… từ ngày 01/11 đến hết ngày 15/11/2024".
  void Windows(size_t i, std::string_view line) {
    static const RE2 kWindow(
        R"((từ\s+(?:ngày\s*)?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\s*(?:-|đến(?:\s+hết)?)\s*(?:ngày\s*)?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?))");
    re2::StringPiece in(line.data(), line.size()), whole;
    std::string d1, m1, y1, d2, m2, y2;
    while (RE2::FindAndConsume(&in, kWindow, &whole, &d1, &m1, &y1, &d2, &m2, &y2)) {
      DayMonth start = Read(d1, m1, y1), end = Read(d2, m2, y2);
      if (!Plausible(start) || !Plausible(end)) continue;
      if (start.year == 0 && end.year != 0) start.year = end.year;
      std::string name = NameBefore(line, static_cast<size_t>(whole.data() - line.data()));
      // "Thời gian tổ chức tiêm: từ ngày …": the window of what the
      // document is about.
      if (name.size() < 8) name = subject_;
      if (name.empty()) continue;
      Add(name, start, end, i, line, in.data());
    }
  }

  // A schedule row: its date cell ("Ngày 08/4 - 09/4/2025", "Tháng 3",
  // "Tổ chức trong tháng 1") and its longest other cell as the name.
  void TableRow(size_t i, std::string_view line) {
    static const RE2 kRange(
        R"((?:^|\s)(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?:\s*-\s*(\d{1,2})/(\d{1,2})(?:/(\d{4}))?)?)");
    static const RE2 kMonth(R"((?i)tháng\s+(\d{1,2})(?:\s*/\s*(\d{4}))?(?:\s|$))");
    const std::vector<std::string_view> cells = SplitCells(line);
    std::optional<DayMonth> start, end;
    size_t date_cell = cells.size();
    for (size_t c = 0; c < cells.size() && !start; ++c) {
      re2::StringPiece cell(cells[c].data(), cells[c].size());
      std::string d1, m1, y1, d2, m2, y2, m, y;
      if (RE2::PartialMatch(cell, kRange, &d1, &m1, &y1, &d2, &m2, &y2)) {
        start = Read(d1, m1, y1);
        if (!d2.empty()) end = Read(d2, m2, y2);
        if (end && start->year == 0) start->year = end->year;
        date_cell = c;
      } else if (RE2::PartialMatch(cell, kMonth, &m, &y)) {
        start = Read("", m, y);
        date_cell = c;
      }
    }
    if (!start || !Plausible(*start) || (end && !Plausible(*end))) return;
    std::string_view name;
    for (size_t c = 0; c < cells.size(); ++c) {
      if (c != date_cell && Trim(cells[c]).size() > Trim(name).size()) name = cells[c];
    }
    if (Trim(name).size() < 6) return;
    Add(std::string(Trim(name)), *start, end, i, line, line.data() + line.size());
  }

  void Add(std::string name, DayMonth start, std::optional<DayMonth> end, size_t line_index,
           std::string_view line, const char* match_end) {
    Event e;
    e.inferred_year = start.year == 0 && year_ > 0;
    const int year = start.year ? start.year : year_;
    if (year == 0) return;
    e.name = std::move(name);
    e.start = Iso(start, year);
    if (end) e.end = Iso(*end, end->year ? end->year : year);
    const Span l = doc_.LineSpan(line_index);
    e.span = {l.page, l.begin, l.begin + static_cast<size_t>(match_end - line.data())};
    // Annual observances named twice are one event.
    if (!seen_.insert(MatchKey(e.name) + "|" + e.start).second) return;
    out_.push_back(std::move(e));
  }

  const Document& doc_;
  int year_;
  std::string subject_;
  std::vector<Event> out_;
  std::set<std::string> seen_;
};

}  // namespace

std::vector<Event> ExtractEvents(const Document& doc, int scope_year, std::string_view title) {
  static const RE2 kAbout(R"(^(?:V/v|Về việc|Về)\s+)");
  std::string subject(title);
  RE2::Replace(&subject, kAbout, "");
  return EventFinder(doc, scope_year, CapitalizeFirst(subject)).Run();
}

}  // namespace vanban
