// Calendar dates as Vietnamese documents write them, with the precision
// they are written at ("ngày tháng 02 năm 2023" is a month, not a day).
#ifndef VANBAN_PIPELINE_LANGUAGE_DATES_H_
#define VANBAN_PIPELINE_LANGUAGE_DATES_H_

#include <optional>
#include <string>
#include <string_view>

#include "pipeline/model/date.h"

namespace vanban {

// A date at the start of `text` (after optional spaces):
// "ngày 22 tháng 02 năm 2023", "ngày tháng 02 năm 2023" (blank day),
// "ngày 22/02/2023", "22/02/2023", "22-02-2023", "22.02.2023".
// `consumed` receives the bytes the date took. Impossible dates are refused.
std::optional<Date> ParseDatePrefix(std::string_view text, size_t* consumed = nullptr);

// The first date anywhere in `text`; `at` receives its byte offset.
std::optional<Date> FindDate(std::string_view text, size_t* at = nullptr,
                                    size_t* length = nullptr);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_LANGUAGE_DATES_H_
