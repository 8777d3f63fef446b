// Calendar dates as Vietnamese documents write them, with the precision
// they are written at ("ngày tháng 02 năm 2023" is a month, not a day).
#ifndef VANBAN_PIPELINE_LANGUAGE_DATES_H_
#define VANBAN_PIPELINE_LANGUAGE_DATES_H_

#include <optional>
#include <string>
#include <string_view>

namespace vanban {

struct PartialDate {
  int year = 0;
  int month = 0;  // 0: not given
  int day = 0;    // 0: not given

  // ISO 8601 at the precision given: "2023", "2023-02", "2023-02-22".
  std::string Iso() const;
  bool operator==(const PartialDate&) const = default;
};

// A date at the start of `text` (after optional spaces):
// "ngày 22 tháng 02 năm 2023", "ngày tháng 02 năm 2023" (blank day),
// "ngày 22/02/2023", "22/02/2023", "22-02-2023", "22.02.2023".
// `consumed` receives the bytes the date took. Impossible dates are refused.
std::optional<PartialDate> ParseDatePrefix(std::string_view text, size_t* consumed = nullptr);

// The inverse of PartialDate::Iso: "2023", "2023-02", "2023-02-22".
std::optional<PartialDate> ParseIso(std::string_view iso);

// The first date anywhere in `text`; `at` receives its byte offset.
std::optional<PartialDate> FindDate(std::string_view text, size_t* at = nullptr,
                                    size_t* length = nullptr);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_LANGUAGE_DATES_H_
