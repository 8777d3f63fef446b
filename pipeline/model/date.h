// The one date type of the pipeline: a calendar date at the precision it
// was written (a year, a month, a day), with a time of day when one is
// given. Every extractor reads dates into it and the record keeps it; only
// Iso() spells it out.
#ifndef VANBAN_PIPELINE_MODEL_DATE_H_
#define VANBAN_PIPELINE_MODEL_DATE_H_

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace vanban {

struct Date {
  int year = 0;
  int month = 0;    // 1-12; 0: not given (a year)
  int day = 0;      // 1-31; 0: not given (a month)
  int hour = -1;    // 0-23; -1: no time of day
  int minute = 0;

  Date() = default;
  explicit Date(int y, int m = 0, int d = 0) : year(y), month(m), day(d) {}

  bool has_time() const { return hour >= 0; }
  // ISO 8601 at its precision: "2023", "2023-02", "2023-02-22",
  // "2023-02-22T16:00".
  std::string Iso() const;
  // "16:00"; empty without a time of day.
  std::string Time() const;
  bool operator==(const Date&) const = default;
};

// A stretch of time a target is set for: a year, a month or a run of them
// ("năm 2025", "tháng 11/2024", "giai đoạn 2023 - 2027"), either end open.
// Both ends are at year or month precision.
struct Period {
  std::optional<Date> start;
  std::optional<Date> end;
  bool yearly = false;  // "hằng năm": the figure is set for each year of it
  bool operator==(const Period&) const = default;
};

// 28-31; 0 for a month outside 1-12.
int DaysInMonth(int year, int month);

// A year between 1900 and 2200 with, when given, a month that exists and a
// day of it (a day needs its month), and a time of day that exists.
bool IsValid(const Date& d);

// Day arithmetic; `d` must be valid and have a day.
std::chrono::sys_days ToDays(const Date& d);
Date FromDays(std::chrono::sys_days days);

// The inverse of Date::Iso (a time of day is read when present).
std::optional<Date> ParseIso(std::string_view iso);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_MODEL_DATE_H_
