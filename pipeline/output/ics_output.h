// The calendar view of records (--format ics): RFC 5545 through libical,
// one VEVENT per deadline and per event, so that an officer's calendar
// shows what the documents fix and by when.
//
// In: vanban/1 records as JSON (what RecordJson writes, parsed). Out: one
// VCALENDAR with CRLF lines folded at 75 octets. How items map:
// - UID: the first 16 hex digits of the document's sha256, the item kind
//   and its span ("3f2a…-deadline-p1-120-188@vanban"): the same on every
//   run over the same document, different for every item.
// - A day is an all-day event (VALUE=DATE); a time of day is local time
//   (TZID=Asia/Ho_Chi_Minh, whose VTIMEZONE is included). A deadline due
//   within a month or a year ("trong tháng 5") sits on its last day; an
//   event of a month or a year spans it.
// - A recurring deadline starts on its first due day and repeats by RRULE
//   ("ngày 20 hằng tháng": FREQ=MONTHLY;BYMONTHDAY=20).
// - SUMMARY: the document number and the action (or the event's name);
//   DESCRIPTION: the sentence it was read from, who is responsible, whom
//   to report to, the document and where in it.
// DTSTAMP is the time of writing, or $SOURCE_DATE_EPOCH when set (for
// output that compares equal across runs).
#ifndef VANBAN_PIPELINE_OUTPUT_ICS_OUTPUT_H_
#define VANBAN_PIPELINE_OUTPUT_ICS_OUTPUT_H_

#include <nlohmann/json_fwd.hpp>
#include <set>
#include <string>

struct icalcomponent_impl;

namespace vanban {

class IcsCalendar {
 public:
  IcsCalendar();
  ~IcsCalendar();
  IcsCalendar(const IcsCalendar&) = delete;
  IcsCalendar& operator=(const IcsCalendar&) = delete;

  // Adds a VEVENT for each deadline and event of `record`; returns how
  // many. Items without a readable date are left out and counted in
  // skipped() (the extractors write none such).
  int Add(const nlohmann::json& record);

  // The calendar as iCalendar text.
  std::string Text() const;

  int skipped() const { return skipped_; }

 private:
  icalcomponent_impl* calendar_;
  bool has_timezone_ = false;
  int skipped_ = 0;
  std::set<std::string> uids_;
  long long stamp_;  // DTSTAMP, seconds since the epoch (UTC)
};

}  // namespace vanban

#endif  // VANBAN_PIPELINE_OUTPUT_ICS_OUTPUT_H_
