// Due dates a document sets: "trước ngày 25/4/2025" (before), "chậm nhất
// ngày 04/4/2025", "hoàn thành trong Quý III/2025" (by), "trước ngày 20
// hằng tháng", "trước ngày 31 tháng 3 hằng năm", "trước 16 giờ hằng ngày",
// "trước thứ Sáu hằng tuần" (recurring), "trong thời hạn 10 ngày kể từ ngày
// ký" (by, counted from the issue date), with a time of day when one is
// given ("trước 16 giờ ngày 25/4/2025"). The cue phrases are data
// (deadline_grammar.tsv).
// A day and month without a year take the year of the document's issue
// date and say so (`inferred_year`); a quarter or a month is due on its
// last day; a recurring deadline is due first on its first occurrence
// after the issue date.
#ifndef VANBAN_EXTRACTORS_DEADLINES_H_
#define VANBAN_EXTRACTORS_DEADLINES_H_

#include <optional>
#include <string>
#include <vector>

#include "extractors/agencies.h"
#include "extractors/tasks.h"
#include "pipeline/document.h"

namespace vanban {

class Lexicon;

// How a recurring deadline recurs: "16 giờ hằng ngày" (daily, time),
// "thứ Sáu hằng tuần" (weekly, weekday), "ngày 20 hằng tháng" (monthly,
// day), "ngày 15 của tháng cuối quý" (quarterly, day), "ngày 31 tháng 3
// hằng năm" (yearly, day and month).
struct Recurrence {
  std::string freq;  // daily | weekly | monthly | quarterly | yearly
  std::optional<int> day;
  std::optional<int> month;
  std::optional<int> weekday;       // ISO: 1 is Monday
  std::optional<std::string> time;  // "16:00"
};

struct Deadline {
  std::string due;   // ISO date, with "THH:MM" when a time of day is given
  std::string kind;  // before | by | recurring
  std::optional<Recurrence> recurrence;
  std::string action;
  std::vector<std::string> responsible;  // the lead of the item it stands in
  // The body the action reports or sends to, with a "(qua …)" that names
  // the channel: "Ủy ban nhân dân huyện (qua Phòng Y tế)".
  std::optional<std::string> report_to;
  bool inferred_year = false;
  Span span;  // the cue and the date
  Span sentence;
};

// `mentions` and `defined` (FindAllAgencies, DefinedShortNames) name the
// bodies reported to; `issued_year`/`issued_month`/`issued_day`: the
// document's date (0 when unknown), for years left out and recurring
// deadlines.
std::vector<Deadline> ExtractDeadlines(const Document& doc, const Lexicon& lex,
                                       const std::vector<Task>& tasks,
                                       const LineMentions& mentions, const ShortNames& defined,
                                       int issued_year, int issued_month, int issued_day);

}  // namespace vanban

#endif  // VANBAN_EXTRACTORS_DEADLINES_H_
