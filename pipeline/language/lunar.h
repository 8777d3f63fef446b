// The Vietnamese lunar calendar: a lunar day, month and year written out
// as the solar date it falls on. Months begin on the day of the new moon
// and the eleventh month holds the winter solstice, both reckoned at UTC+7
// (Vietnam's meridian, not China's UTC+8: the two calendars part in some
// years, Tết 1985 and 2007 among them). New moons and the sun's longitude
// follow Jean Meeus, "Astronomical Algorithms", as Hồ Ngọc Đức's
// well-known reckoning of the Vietnamese calendar does.
#ifndef VANBAN_PIPELINE_LANGUAGE_LUNAR_H_
#define VANBAN_PIPELINE_LANGUAGE_LUNAR_H_

#include <optional>
#include <string_view>

#include "pipeline/model/date.h"

namespace vanban {

// The solar date of lunar `day` (1-30) of lunar `month` (1-12, `leap` for
// the month's leap repetition) of the lunar year that begins in solar
// `year`; none for a day the month does not have, a leap month the year
// has not, or a year outside 1900-2199.
std::optional<Date> LunarToSolar(int day, int month, int year, bool leap = false);

// Whether `lower` (a word in lower case) is one of the ten heavenly stems
// that open a can-chi year's name ("ất" of "Ất Tỵ"): a cheap test before
// CanChiYear.
bool IsHeavenlyStem(std::string_view lower);

// The solar year a can-chi name stands for ("Ất Tỵ" → 2025, any case,
// "Tị" as "Tỵ"), the one of the sixty-year cycle nearest `near`; none for
// words that name no year.
std::optional<int> CanChiYear(std::string_view name, int near);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_LANGUAGE_LUNAR_H_
