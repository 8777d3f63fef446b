#include "pipeline/model/date.h"

#include <cstdio>

namespace vanban {

std::string Date::Iso() const {
  char buf[32];
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else if (!has_time()) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", year, month, day, hour, minute);
  }
  return buf;
}

std::string Date::Time() const {
  if (!has_time()) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", hour, minute);
  return buf;
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool IsValid(const Date& d) {
  if (d.year < 1900 || d.year > 2200) return false;
  if (d.month == 0) return d.day == 0 && !d.has_time();
  if (d.month < 1 || d.month > 12) return false;
  if (d.day == 0) return !d.has_time();
  if (d.day < 1 || d.day > DaysInMonth(d.year, d.month)) return false;
  return !d.has_time() || (d.hour <= 23 && d.minute >= 0 && d.minute <= 59);
}

std::chrono::sys_days ToDays(const Date& d) {
  return std::chrono::sys_days(std::chrono::year_month_day(
      std::chrono::year(d.year), std::chrono::month(static_cast<unsigned>(d.month)),
      std::chrono::day(static_cast<unsigned>(d.day))));
}

Date FromDays(std::chrono::sys_days days) {
  const std::chrono::year_month_day ymd(days);
  return Date(static_cast<int>(ymd.year()), static_cast<int>(unsigned(ymd.month())),
              static_cast<int>(unsigned(ymd.day())));
}

std::optional<Date> ParseIso(std::string_view iso) {
  Date d;
  const std::string s(iso);
  int hour = -1, minute = 0;
  const int n =
      std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d", &d.year, &d.month, &d.day, &hour, &minute);
  if (n < 1) return std::nullopt;
  if (n == 5) {
    d.hour = hour;
    d.minute = minute;
  }
  return d;
}

}  // namespace vanban
