// Time as Vietnamese official documents write it, read by one grammar in
// three layers, as a parser reads a sentence:
//
//   tokens  numbers ("15", "2025"), words in lower case ("tháng", "quý",
//           "giêng"), punctuation ("/", "-", ":", ","), each with its bytes;
//   pieces  a time of day ("16 giờ 00", "17h", "16:00", "4 giờ chiều"), a
//           weekday ("thứ Hai", "thứ 6", "Chủ nhật") or part of the day
//           ("sáng ngày 15/3", "tối 30/4"), a day ("15/3/2025", "ngày mồng 3
//           tháng 3 năm 2025", "3/9/91", "ngày 22/8 năm ngoái", days listed
//           under one month "các ngày 26, 27 và 28/6", a lunar day "10/3 âm
//           lịch", "Rằm tháng Bảy", "Tết Nguyên đán Ất Tỵ"), a month
//           ("tháng 6/2025", "tháng 11, 12/2013", "tháng 6 năm sau"), a quarter
//           ("quý IV của năm 2018", "Quý II1/2025" as OCR reads III), a half
//           ("6 tháng đầu năm 2025"), a year ("năm 2025", "năm Ất Tỵ"), a run
//           of years ("giai đoạn 2021 - 2025"), a period named from the
//           issue date ("tháng tới", "quý này", "năm nay", "cuối năm",
//           "ngày mai"), a count of days from it ("mười lăm ngày làm việc kể
//           từ ngày ký") and a recurring time ("ngày 25 hằng tháng");
//   values  a TimeExpr: one span of time, or an interval between two ("từ
//           ngày 15 đến ngày 20 tháng 3 năm 2025", "từ 15/3 - 20/3/2025"),
//           each resolved to its first and last day; a day or month written
//           without its year takes the anchor's year and says so.
//
// Everything that reads a date in vanban reads it here: dates.h's finders
// (document dates, citations, target periods), the deadline and event
// extractors, a title's scope year and the time view. A day of a calendar
// it does not reckon ("Chăm lịch") is left unread.
#ifndef VANBAN_PIPELINE_LANGUAGE_TIME_GRAMMAR_H_
#define VANBAN_PIPELINE_LANGUAGE_TIME_GRAMMAR_H_

#include <optional>
#include <string_view>
#include <vector>

#include "pipeline/model/date.h"
#include "pipeline/model/enums.h"

namespace vanban {

// What a span of time is written as.
enum class TimeUnit { kDay, kMonth, kQuarter, kHalfYear, kYear };

// One span of time. `first` and `last` are whole days (a day: the same
// day; a month: its first and last), `first` with the time of day when
// one is written. `written` keeps the precision the text gives: Date(y)
// for a year (or a day and month left blank, "ngày tháng năm 2024"),
// Date(y, m) for a month, Date(y, m, d) with its time for a day.
struct TimeSpan {
  TimeUnit unit = TimeUnit::kDay;
  Date first;
  Date last;
  Date written;
};

// A time expression found in a text.
struct TimeExpr {
  TimeSpan from;
  // An interval's end: "từ … đến …", "15/3 - 20/3/2025", "2021 - 2025".
  std::optional<TimeSpan> to;
  // Days listed under one month, read as an interval from the first to
  // the last: "các ngày 26, 27 và 28/6/2025".
  bool list = false;
  // Led by "đến"/"tới" with no start: "đến năm 2030" (`from` is the end).
  bool until = false;
  // A day or month without its year took the anchor's.
  bool inferred_year = false;
  // A lunar day written out as the solar date it falls on; `lunar_day`,
  // `lunar_month` as written, `lunar_year` the year it was reckoned in.
  bool lunar = false;
  int lunar_day = 0;
  int lunar_month = 0;
  int lunar_year = 0;  // the solar year the lunar year begins in
  // Named or counted from the issue date: "tháng tới", "năm nay", "ngày
  // mai", "15 ngày kể từ ngày ký".
  bool relative = false;
  // The day (and month) left blank for the signer to fill in: "ngày
  // tháng 02 năm 2023" (a month), "ngày tháng năm 2024" (a year).
  bool blank = false;
  // A weekday was written before the day ("thứ Hai, ngày 20/01/2025"):
  // ISO, 1 is Monday; 0 when none. Not checked against the day.
  int weekday = 0;
  // The bytes of the expression in the text read.
  size_t begin = 0;
  size_t length = 0;

  // The last day it reaches: the interval's end, or the span's last day.
  const TimeSpan& End() const { return to ? *to : from; }
};

// What a time is read against: the document's issue date (for periods
// named from it) and the year a day or month without one takes (the
// issue year for a deadline, the year a plan is about for an event); 0
// leaves such a day unread.
struct TimeAnchor {
  std::optional<Date> issued;
  int year = 0;
};

// A time that comes round: "16 giờ hằng ngày", "hằng ngày, trước 15 giờ",
// "thứ Sáu hằng tuần", "hằng tuần vào sáng thứ Hai", "ngày 25 hằng tháng",
// "hằng tháng, trước ngày 20", "Chủ nhật tuần thứ hai hằng tháng", "ngày
// 15 của tháng cuối quý", "ngày 20 hằng quý", "31/3 hằng năm".
struct RecurringTime {
  Frequency every = Frequency::kDaily;
  int day = 0;      // of the month: monthly, quarterly, yearly
  int month = 0;    // yearly
  int weekday = 0;  // ISO, 1 is Monday: weekly, or monthly in a given week
  // Quarterly: the quarter's month the day falls in (1 its first, 3 its
  // last, which reports follow by default).
  int month_of_quarter = 3;
  int hour = -1;
  int minute = 0;
  // The first time it comes round after the anchor's issue date (with the
  // time of day); unset when the anchor cannot place it.
  std::optional<Date> next;
  size_t begin = 0;
  size_t length = 0;
};

// Which forms a reader accepts beyond those every reader does.
struct TimeForms {
  // "15/6", "07/4": a day and month in figures without "ngày" or a year —
  // a date after a cue ("trước 15/6"); in running text a fraction or a
  // count ("3/5 huyện") as often.
  bool bare_day_month = false;
  // "2025" alone: a year after a cue ("hoàn thành trong 2025").
  bool bare_year = false;
  // An interval ("từ … đến …"); without it only the first span is read.
  bool intervals = true;
};

// The expression at the start of `text` (after spaces); none when the
// text does not open with one. Impossible dates are refused.
std::optional<TimeExpr> ReadTimeAt(std::string_view text, const TimeAnchor& anchor,
                                   TimeForms forms = {});

// The recurring time at the start of `text` (after spaces), with a time
// of day before it or after its frequency ("16 giờ hằng ngày"); none when
// the text does not open with one. A daily time needs its time of day.
std::optional<RecurringTime> ReadRecurringAt(std::string_view text, const TimeAnchor& anchor);

// Every recurring time in `text`, left to right.
std::vector<RecurringTime> FindRecurring(std::string_view text, const TimeAnchor& anchor);

// A quarter's number, 1-4, as written after "quý": a Roman numeral or a
// digit; 0 for another. OCR reads a Roman numeral's I as '1' or 'l' now and
// then ("II1" for III): after an I or V they are I.
int QuarterNumber(std::string_view written);

// Every expression in `text`, left to right, none overlapping.
std::vector<TimeExpr> FindTimes(std::string_view text, const TimeAnchor& anchor,
                                TimeForms forms = {});

}  // namespace vanban

#endif  // VANBAN_PIPELINE_LANGUAGE_TIME_GRAMMAR_H_
