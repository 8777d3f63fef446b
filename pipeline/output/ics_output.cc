#include "pipeline/output/ics_output.h"

#include <libical/ical.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "pipeline/model/date.h"

namespace vanban {

namespace {

using nlohmann::json;

constexpr char kZone[] = "Asia/Ho_Chi_Minh";

// Vietnam has kept UTC+7 without daylight time since 13 June 1975: one
// STANDARD rule says all. (libical's built-in zone carries a vendor prefix
// in its TZID and every older transition.)
icalcomponent* VietnamTimezone() {
  icalcomponent* standard = icalcomponent_new_xstandard();
  icalcomponent_add_property(standard,
                             icalproperty_new_dtstart(icaltime_from_string("19750613T000000")));
  icalcomponent_add_property(standard, icalproperty_new_tzoffsetfrom(8 * 3600));
  icalcomponent_add_property(standard, icalproperty_new_tzoffsetto(7 * 3600));
  icalcomponent_add_property(standard, icalproperty_new_tzname("+07"));
  icalcomponent* zone = icalcomponent_new_vtimezone();
  icalcomponent_add_property(zone, icalproperty_new_tzid(kZone));
  icalcomponent_add_component(zone, standard);
  return zone;
}

std::string Str(const json& j) { return j.is_string() ? j.get<std::string>() : std::string(); }

icaltimetype Day(const Date& d) {
  icaltimetype t = icaltime_null_date();
  t.year = d.year;
  t.month = d.month;
  t.day = d.day;
  t.is_date = 1;
  return t;
}

icaltimetype NextDay(const Date& d) {
  return Day(FromDays(ToDays(d) + std::chrono::days(1)));
}

// The first and the last day of a date at month or year precision.
Date FirstDay(const Date& d) { return Date(d.year, d.month ? d.month : 1, d.day ? d.day : 1); }
Date LastDay(const Date& d) {
  if (d.day) return d;
  const int month = d.month ? d.month : 12;
  return Date(d.year, month, DaysInMonth(d.year, month));
}

icalproperty* Local(icalproperty* p, const Date& d) {
  icaltimetype t = icaltime_null_time();
  t.year = d.year;
  t.month = d.month;
  t.day = d.day;
  t.hour = d.hour;
  t.minute = d.minute;
  icalproperty_set_value(p, icalvalue_new_datetime(t));
  icalproperty_add_parameter(p, icalparameter_new_tzid(kZone));
  return p;
}

// "ngày 20 hằng tháng" → FREQ=MONTHLY;BYMONTHDAY=20.
std::optional<icalrecurrencetype> Rule(const json& r) {
  icalrecurrencetype rule;
  icalrecurrencetype_clear(&rule);
  const std::string freq = Str(r.value("freq", json()));
  if (freq == "daily") rule.freq = ICAL_DAILY_RECURRENCE;
  else if (freq == "weekly") rule.freq = ICAL_WEEKLY_RECURRENCE;
  else if (freq == "monthly") rule.freq = ICAL_MONTHLY_RECURRENCE;
  else if (freq == "quarterly") rule.freq = ICAL_MONTHLY_RECURRENCE, rule.interval = 3;
  else if (freq == "yearly") rule.freq = ICAL_YEARLY_RECURRENCE;
  else return std::nullopt;
  if (r.contains("day") && freq != "weekly" && freq != "daily") {
    rule.by_month_day[0] = static_cast<short>(r["day"].get<int>());
  }
  if (r.contains("month") && freq == "yearly") {
    rule.by_month[0] = static_cast<short>(r["month"].get<int>());
  }
  if (r.contains("weekday") && freq == "weekly") {
    // ISO weekdays run Monday = 1; libical's from Sunday = 1.
    const int iso = r["weekday"].get<int>();
    // A plain weekday (no "2nd Monday") is encoded as the weekday itself.
    rule.by_day[0] = static_cast<short>(iso % 7 + 1);
  }
  return rule;
}

std::string Join(const json& names, std::string_view sep) {
  std::string out;
  if (!names.is_array()) return out;
  for (const json& n : names) {
    if (!out.empty()) out += sep;
    out += Str(n);
  }
  return out;
}

// How the document is named in a SUMMARY: its number, else its symbol or
// its type, else its file.
std::string DocumentLabel(const json& record) {
  const json& d = record["document"];
  for (const char* key : {"number", "symbol", "type_name"}) {
    if (d.contains(key) && d[key].is_string()) return d[key].get<std::string>();
  }
  return Str(record["source"]["file"]);
}

std::string Description(const json& record, const json& item, const std::string& due) {
  const json& d = record["document"];
  std::string out = Str(item["text"]);
  if (!due.empty()) out += "\nHạn: " + due;
  const std::string responsible = Join(item.value("responsible", json()), "; ");
  if (!responsible.empty()) out += "\nChịu trách nhiệm: " + responsible;
  const std::string report_to = Str(item.value("report_to", json()));
  if (!report_to.empty()) out += "\nBáo cáo về: " + report_to;
  out += "\nVăn bản: " + DocumentLabel(record);
  for (const char* key : {"issuer", "issued"}) {
    if (d[key].is_string()) out += ", " + d[key].get<std::string>();
  }
  if (d["title"].is_string()) out += " — " + d["title"].get<std::string>();
  const json& span = item["span"];
  out += "\nNguồn: " + Str(record["source"]["file"]) + ", trang " +
         std::to_string(span.value("page", 0)) + ", ký tự " + std::to_string(span.value("start", 0)) +
         "–" + std::to_string(span.value("end", 0));
  return out;
}

std::string ItemUid(const json& record, const char* kind, const json& span) {
  return Str(record["source"]["sha256"]).substr(0, 16) + "-" + kind + "-p" +
         std::to_string(span.value("page", 0)) + "-" + std::to_string(span.value("start", 0)) +
         "-" + std::to_string(span.value("end", 0)) + "@vanban";
}

}  // namespace

IcsCalendar::IcsCalendar() : calendar_(icalcomponent_new_vcalendar()) {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  stamp_ = epoch && *epoch ? std::atoll(epoch) : static_cast<long long>(std::time(nullptr));
}

IcsCalendar::~IcsCalendar() { icalcomponent_free(calendar_); }

int IcsCalendar::Add(const json& record) {
  int added = 0;
  const std::string label = DocumentLabel(record);
  // One VEVENT: `start`/`end` as read, at their precision.
  auto add = [&](const char* kind, const json& item, const std::string& summary, bool deadline) {
    const std::optional<Date> start = ParseIso(Str(deadline ? item["due"] : item["start"]));
    if (!start || !IsValid(*start)) {
      ++skipped_;
      return;
    }
    std::optional<Date> end;
    if (!deadline) end = ParseIso(Str(item.value("end", json())));
    icalcomponent* event = icalcomponent_new_vevent();
    std::string uid = ItemUid(record, kind, item["span"]);
    // Two items of one span (none seen) still get UIDs of their own.
    for (int n = 2; !uids_.insert(uid).second; ++n) {
      uid = ItemUid(record, kind, item["span"]) + "-" + std::to_string(n);
    }
    icalcomponent_add_property(event, icalproperty_new_uid(uid.c_str()));
    icalcomponent_add_property(
        event, icalproperty_new_dtstamp(icaltime_from_timet_with_zone(
                   static_cast<time_t>(stamp_), 0, icaltimezone_get_utc_timezone())));
    if (start->has_time() && start->day) {
      has_timezone_ = true;
      icalcomponent_add_property(event, Local(icalproperty_new_dtstart(icaltime_null_time()), *start));
      if (end && end->has_time() && end->day) {
        icalcomponent_add_property(event, Local(icalproperty_new_dtend(icaltime_null_time()), *end));
      }
    } else {
      // A deadline within a month or a year falls on its last day; an
      // event of a month or a year covers it.
      const Date first = deadline ? LastDay(*start) : FirstDay(*start);
      const Date last = deadline ? first : LastDay(end && IsValid(*end) ? *end : *start);
      icalcomponent_add_property(event, icalproperty_new_dtstart(Day(first)));
      icalcomponent_add_property(event, icalproperty_new_dtend(NextDay(last)));
    }
    if (deadline && item.contains("recurrence")) {
      if (auto rule = Rule(item["recurrence"])) {
        icalcomponent_add_property(event, icalproperty_new_rrule(*rule));
      }
    }
    icalcomponent_add_property(event, icalproperty_new_summary((label + ": " + summary).c_str()));
    const std::string description =
        Description(record, item, deadline ? Str(item["due"]) : std::string());
    icalcomponent_add_property(event, icalproperty_new_description(description.c_str()));
    icalcomponent_add_property(event,
                               icalproperty_new_categories(deadline ? "Hạn chót" : "Sự kiện"));
    icalcomponent_add_component(calendar_, event);
    ++added;
  };
  for (const json& d : record["deadlines"]) {
    const std::string action = d["action"].is_string() ? Str(d["action"]) : Str(d["text"]);
    add("deadline", d, action, true);
  }
  for (const json& e : record["events"]) add("event", e, Str(e["name"]), false);
  return added;
}

std::string IcsCalendar::Text() const {
  // calendar_ holds the VEVENTs; the zone goes before them, and only when
  // one of them uses it.
  icalcomponent* out = icalcomponent_vanew(
      ICAL_VCALENDAR_COMPONENT, icalproperty_new_version("2.0"),
      icalproperty_new_prodid("-//VanBan//vanban " VANBAN_VERSION "//VI"),
      icalproperty_new_calscale("GREGORIAN"), static_cast<void*>(nullptr));
  if (has_timezone_) icalcomponent_add_component(out, VietnamTimezone());
  for (icalcomponent* e = icalcomponent_get_first_component(calendar_, ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(calendar_, ICAL_VEVENT_COMPONENT)) {
    icalcomponent_add_component(out, icalcomponent_new_clone(e));
  }
  char* text = icalcomponent_as_ical_string_r(out);
  std::string result = text ? text : "";
  std::free(text);
  icalcomponent_free(out);
  return result;
}

}  // namespace vanban
