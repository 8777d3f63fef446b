// Calendar dates as Vietnamese documents write them, with the precision
// they are written at ("ngày tháng 02 năm 2023" is a month, not a day):
// the questions the extractors ask of a text, each answered by the time
// grammar (time_grammar.h).
#ifndef VANBAN_PIPELINE_LANGUAGE_DATES_H_
#define VANBAN_PIPELINE_LANGUAGE_DATES_H_

#include <optional>
#include <string>
#include <string_view>

#include "pipeline/language/time_grammar.h"
#include "pipeline/model/date.h"

namespace vanban {

// A date at the start of `text` (after optional spaces), its year written:
// "ngày 22 tháng 02 năm 2023", "ngày tháng 02 năm 2023" (blank day),
// "ngày 22/02/2023", "22/02/2023", "22-02-2023", "22.02.2023", "3/9/91",
// with a weekday or time of day before it ("thứ Hai, ngày 20/01/2025").
// The date has no time of day: the date a text is of.
// `consumed` receives the bytes the date took. Impossible dates are refused.
std::optional<Date> ParseDatePrefix(std::string_view text, size_t* consumed = nullptr);

// The first date anywhere in `text`; `at` receives its byte offset.
std::optional<Date> FindDate(std::string_view text, size_t* at = nullptr,
                                    size_t* length = nullptr);

// The period `text` names, the widest when it names several: a run of
// years ("giai đoạn 2023 - 2027", "2021-2025", "từ năm 2023 đến năm 2027",
// "năm học 2024-2025"), a year ("năm 2025"), a half or a quarter as its
// months ("quý IV/2025": 2025-10 to 2025-12), a month ("tháng 11/2024",
// "tháng 11 năm 2024"), or an end alone ("đến năm 2030"); `yearly` when it
// says "hằng năm", "hàng năm" or "mỗi năm" (with no ends when it names no
// year). None when it says neither. Years outside 1900-2200 are no period.
std::optional<Period> FindPeriod(std::string_view text);

// The last day of the period `text` opens with (after "Trong"/"trong" and
// spaces), its year written: a half-year ("6 tháng đầu năm 2024" → 30/6),
// a quarter ("quý I/2025", "quý 3 năm 2024"), a month ("tháng 5/2024") or
// a year ("năm 2023" → 31/12). None for anything else, and for a period
// whose year is left out.
std::optional<Date> PeriodEndAt(std::string_view text);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_LANGUAGE_DATES_H_
