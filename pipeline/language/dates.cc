#include "pipeline/language/dates.h"

#include <re2/re2.h>

#include "pipeline/language/text_util.h"

namespace vanban {

namespace {

// A date a text is of: a day with its year written, or one whose day (and
// month) is blank — "ngày tháng 02 năm 2023", and "tháng 9 năm 2024" where
// the day was handwritten and OCR lost it with "ngày"; not a period named
// from an issue date, a lunar day, or a month "tháng 9/2024".
bool IsDateOfText(const TimeExpr& e, std::string_view text) {
  if (e.relative || e.lunar || e.inferred_year || e.to) return false;
  if (e.from.unit == TimeUnit::kDay || e.blank) return true;
  return e.from.unit == TimeUnit::kMonth &&
         text.substr(e.begin, e.length).find("năm") != std::string_view::npos;
}

Date WithoutTime(Date d) {
  d.hour = -1;
  d.minute = 0;
  return d;
}

// Whether period `a` reaches over more months than `b`.
int Months(const Period& p) {
  if (!p.start && !p.end) return 0;
  const Date& s = p.start ? *p.start : *p.end;
  const Date& e = p.end ? *p.end : *p.start;
  return (e.year - s.year) * 12 + ((e.month ? e.month : 12) - (s.month ? s.month : 1)) + 1;
}

// Whether the text before a time ends by comparing with it: "tăng 10% so
// với năm 2025", "so với cùng kỳ năm 2024": a baseline, not the period.
bool IsBaseline(std::string_view before) {
  static const RE2 kCompared(R"((?i:so với)(?:\s+(?i:cùng kỳ|kết quả|mức|giai đoạn))?\s*$)");
  return before.size() >= 6 && RE2::PartialMatch(before.substr(before.size() > 48 ? before.size() - 48 : 0),
                                                  kCompared);
}

// The period a span names, at year or month precision.
Period PeriodOf(const TimeSpan& s) {
  switch (s.unit) {
    case TimeUnit::kYear:
      return {Date(s.first.year), Date(s.first.year)};
    case TimeUnit::kMonth:
    case TimeUnit::kQuarter:
    case TimeUnit::kHalfYear:
      return {Date(s.first.year, s.first.month), Date(s.last.year, s.last.month)};
    case TimeUnit::kDay:
      break;
  }
  return {};
}

}  // namespace

std::optional<Date> ParseDatePrefix(std::string_view text, size_t* consumed) {
  const std::optional<TimeExpr> e = ReadTimeAt(text, TimeAnchor{}, TimeForms{.intervals = false});
  if (!e || !IsDateOfText(*e, text)) return std::nullopt;
  if (consumed) *consumed = e->begin + e->length;
  return WithoutTime(e->from.written);
}

std::optional<Date> FindDate(std::string_view text, size_t* at, size_t* length) {
  if (!HasDigit(text)) return std::nullopt;  // every date of a text has its year in figures
  for (const TimeExpr& e : FindTimes(text, TimeAnchor{}, TimeForms{.intervals = false})) {
    if (!IsDateOfText(e, text)) continue;
    if (at) *at = e.begin;
    if (length) *length = e.length;
    return WithoutTime(e.from.written);
  }
  return std::nullopt;
}

std::optional<Period> FindPeriod(std::string_view text) {
  std::optional<Period> best;
  auto consider = [&best](Period p) {
    if (!best || Months(p) > Months(*best)) best = p;
  };
  std::vector<Period> spans;  // single months and years: only without a run
  // A period's year is written in figures: a text without one names none.
  const std::vector<TimeExpr> times =
      HasDigit(text) ? FindTimes(text, TimeAnchor{}) : std::vector<TimeExpr>{};
  for (const TimeExpr& e : times) {
    if (e.relative || e.lunar || e.inferred_year || e.from.unit == TimeUnit::kDay || e.blank ||
        IsBaseline(text.substr(0, e.begin))) {
      continue;
    }
    if (e.to && e.from.unit == TimeUnit::kYear && e.to->unit == TimeUnit::kYear) {
      consider({Date(e.from.first.year), Date(e.to->first.year)});
    } else if (e.until && e.from.unit == TimeUnit::kYear) {
      if (!best) best = Period{std::nullopt, Date(e.from.first.year)};
    } else if (!e.to) {
      spans.push_back(PeriodOf(e.from));
    }
  }
  if (!best) {
    for (const Period& p : spans) consider(p);
  }
  bool yearly = false;
  for (std::string_view every : {"hằng năm", "hàng năm", "mỗi năm", "Hằng năm", "Hàng năm",
                                 "Mỗi năm", "HẰNG NĂM", "HÀNG NĂM", "MỖI NĂM"}) {
    yearly = yearly || text.find(every) != std::string_view::npos;
  }
  if (!best && yearly) best = Period{};
  if (best) best->yearly = yearly;
  return best;
}

std::optional<Date> PeriodEndAt(std::string_view text) {
  // Most sentences open with none of "trong", "6"/"sáu", "quý", "tháng",
  // "năm": tell them by the first letter before reading.
  const size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos ||
      std::string_view("6sSqQtTnN").find(text[first]) == std::string_view::npos) {
    return std::nullopt;
  }
  text.remove_prefix(first);
  for (std::string_view lead : {"trong ", "Trong ", "TRONG "}) {
    if (text.starts_with(lead)) text.remove_prefix(lead.size());
  }
  const std::optional<TimeExpr> e = ReadTimeAt(text, TimeAnchor{});
  if (!e || e->to || e->until || e->relative || e->inferred_year || e->blank ||
      e->from.unit == TimeUnit::kDay) {
    return std::nullopt;
  }
  return e->from.last;
}

}  // namespace vanban
