#include "pipeline/language/lunar.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include "pipeline/language/normalize.h"
#include "pipeline/language/text_util.h"

namespace vanban {

namespace {

constexpr double kTimeZone = 7.0;  // hours east of Greenwich
constexpr double kPi = 3.14159265358979323846;

long Floor(double x) { return static_cast<long>(std::floor(x)); }

// The Julian day number of a Gregorian date.
long JulianDay(int d, int m, int y) {
  const long a = (14 - m) / 12;
  const long yy = y + 4800 - a;
  const long mm = m + 12 * a - 3;
  return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
}

Date FromJulianDay(long jd) {
  const long a = jd + 32044;
  const long b = (4 * a + 3) / 146097;
  const long c = a - (b * 146097) / 4;
  const long d = (4 * c + 3) / 1461;
  const long e = c - (1461 * d) / 4;
  const long m = (5 * e + 2) / 153;
  return Date(static_cast<int>(b * 100 + d - 4800 + m / 10), static_cast<int>(m + 3 - 12 * (m / 10)),
              static_cast<int>(e - (153 * m + 2) / 5 + 1));
}

// The Julian day (with its fraction, UT) of the k-th new moon after the
// one of 1 January 1900 (Meeus, chapter 49).
double NewMoon(long k) {
  const double t = k / 1236.85, t2 = t * t, t3 = t2 * t, dr = kPi / 180;
  double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * std::sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
  const double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  double c1 = (0.1734 - 0.000393 * t) * std::sin(m * dr) + 0.0021 * std::sin(2 * dr * m);
  c1 -= 0.4068 * std::sin(mpr * dr) + 0.0161 * std::sin(dr * 2 * mpr);
  c1 -= 0.0004 * std::sin(dr * 3 * mpr);
  c1 += 0.0104 * std::sin(dr * 2 * f) - 0.0051 * std::sin(dr * (m + mpr));
  c1 -= 0.0074 * std::sin(dr * (m - mpr)) + 0.0004 * std::sin(dr * (2 * f + m));
  c1 -= 0.0004 * std::sin(dr * (2 * f - m)) - 0.0006 * std::sin(dr * (2 * f + mpr));
  c1 += 0.0010 * std::sin(dr * (2 * f - mpr)) + 0.0005 * std::sin(dr * (2 * mpr + m));
  const double delta_t = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 -
                                       0.000000081 * t * t3
                                 : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c1 - delta_t;
}

// The sun's ecliptic longitude, in radians, at Julian day `jdn` (UT).
double SunLongitude(double jdn) {
  const double t = (jdn - 2451545.0) / 36525, t2 = t * t, dr = kPi / 180;
  const double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * std::sin(dr * m);
  dl += (0.019993 - 0.000101 * t) * std::sin(dr * 2 * m) + 0.000290 * std::sin(dr * 3 * m);
  double l = (l0 + dl) * dr;
  return l - kPi * 2 * Floor(l / (kPi * 2));
}

// Which of the twelve 30° sectors the sun is in at the start of the local
// day `day` (a Julian day number).
long SunSector(long day) { return Floor(SunLongitude(day - 0.5 - kTimeZone / 24) / kPi * 6); }

// The local day of the k-th new moon.
long NewMoonDay(long k) { return Floor(NewMoon(k) + 0.5 + kTimeZone / 24); }

// The first day of the lunar month that holds the winter solstice of
// solar year `y` (the eleventh month).
long Month11(int y) {
  const long off = JulianDay(31, 12, y) - 2415021;
  const long k = Floor(off / 29.530588853);
  long nm = NewMoonDay(k);
  if (SunSector(nm) >= 9) nm = NewMoonDay(k - 1);
  return nm;
}

// In a year of thirteen months from month 11 at `a11`, the offset of the
// leap month: the first month in which the sun enters no new sector.
long LeapMonthOffset(long a11) {
  const long k = Floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  long i = 1;
  long arc = SunSector(NewMoonDay(k + i));
  long last = 0;
  do {
    last = arc;
    ++i;
    arc = SunSector(NewMoonDay(k + i));
  } while (arc != last && i < 14);
  return i - 1;
}

}  // namespace

std::optional<Date> LunarToSolar(int day, int month, int year, bool leap) {
  if (day < 1 || day > 30 || month < 1 || month > 12 || year < 1900 || year > 2199) {
    return std::nullopt;
  }
  const long a11 = month < 11 ? Month11(year - 1) : Month11(year);
  const long b11 = month < 11 ? Month11(year) : Month11(year + 1);
  const long k = Floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  long off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const long leap_off = LeapMonthOffset(a11);
    long leap_month = leap_off - 2;
    if (leap_month < 0) leap_month += 12;
    if (leap && month != leap_month) return std::nullopt;
    if (leap || off >= leap_off) off += 1;
  } else if (leap) {
    return std::nullopt;
  }
  const long start = NewMoonDay(k + off);
  // A month has 29 or 30 days: the 30th of a short one is the next's 1st.
  if (day == 30 && NewMoonDay(k + off + 1) - start < 30) return std::nullopt;
  return FromJulianDay(start + day - 1);
}

namespace {

// The heavenly stems, by year % 10.
constexpr std::array<std::string_view, 10> kCan = {"canh", "tân",  "nhâm", "quý", "giáp",
                                                   "ất",   "bính", "đinh", "mậu", "kỷ"};

}  // namespace

bool IsHeavenlyStem(std::string_view lower) {
  return std::find(kCan.begin(), kCan.end(), lower) != kCan.end();
}

std::optional<int> CanChiYear(std::string_view name, int near) {
  static constexpr std::array<std::string_view, 12> kChi = {
      "thân", "dậu", "tuất", "hợi", "tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi"};  // % 12
  const std::vector<std::string_view> words = Words(name);
  if (words.size() != 2) return std::nullopt;
  std::string chi = MatchKey(words[1]);
  if (chi == "tị") chi = "tỵ";
  if (chi == "mẹo") chi = "mão";
  int can = -1, branch = -1;
  for (int i = 0; i < 10; ++i) {
    if (MatchKey(words[0]) == kCan[i]) can = i;
  }
  for (int i = 0; i < 12; ++i) {
    if (chi == kChi[i]) branch = i;
  }
  if (can < 0 || branch < 0 || (can % 2) != (branch % 2)) return std::nullopt;
  // The year y with y % 10 == can and y % 12 == branch nearest `near`.
  int best = 0;
  for (int y = near - 30; y <= near + 30; ++y) {
    if (((y % 10) + 10) % 10 == can && ((y % 12) + 12) % 12 == branch &&
        (best == 0 || std::abs(y - near) < std::abs(best - near))) {
      best = y;
    }
  }
  return best == 0 ? std::nullopt : std::optional<int>(best);
}

}  // namespace vanban
