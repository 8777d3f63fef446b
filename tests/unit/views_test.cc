// The calendar and table views of a record (pipeline/output/ics_output.h,
// csv_output.h), on records written as the contract gives them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "pipeline/output/csv_output.h"
#include "pipeline/output/ics_output.h"

namespace vanban {
namespace {

using nlohmann::json;

json Record() {
  return json::parse(R"({
    "schema": "vanban/1",
    "source": {"file": "inbox/kh.pdf", "sha256": "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"},
    "document": {"number": "45/KH-UBND", "symbol": "KH-UBND", "type_name": "Kế hoạch",
                 "issuer": "Ủy ban nhân dân huyện Tam Nông", "issued": "2025-03-02",
                 "title": "Phòng, chống dịch bệnh cho đàn gia súc"},
    "targets": [{"value": 95, "unit": "%", "comparator": "at_least", "is_percent": true,
                 "period": {"start": "2025", "end": "2025", "recurrence": null},
                 "subject": "tỷ lệ tiêm phòng", "text": "đạt trên 95%, \"tổng đàn\"",
                 "span": {"page": 2, "start": 10, "end": 14}}],
    "events": [{"name": "Tháng vệ sinh, tiêu độc", "start": "2025-04", "end": null,
                "text": "Tháng vệ sinh", "span": {"page": 1, "start": 5, "end": 9}}],
    "deadlines": [
      {"due": "2025-03-20", "kind": "recurring", "recurrence": {"freq": "monthly", "day": 20},
       "action": "báo cáo kết quả", "responsible": ["Phòng Nông nghiệp"], "report_to": "UBND huyện",
       "text": "trước ngày 20 hằng tháng", "span": {"page": 1, "start": 30, "end": 52}},
      {"due": "2025-05-15T16:00", "kind": "before", "action": null, "responsible": null,
       "report_to": null, "text": "trước 16 giờ ngày 15/5/2025", "span": {"page": 1, "start": 60, "end": 80}},
      {"due": "2025-06", "kind": "by", "action": "hoàn thành", "responsible": null,
       "report_to": null, "text": "trong tháng 6", "span": {"page": 1, "start": 90, "end": 99}}],
    "tasks": [{"action": "tổ chức tiêm phòng", "lead": ["Trạm Thú y"],
               "support": ["UBND các xã", "Hội Nông dân"], "due": null,
               "text": "Trạm Thú y chủ trì", "span": {"page": 1, "start": 100, "end": 140}}]
  })");
}

// The text of the one property NAME of the VEVENT whose UID has `uid`.
std::string Property(const std::string& ics, const std::string& uid, const std::string& name) {
  const size_t at = ics.find("UID:" + uid);
  if (at == std::string::npos) return "";
  const size_t end = ics.find("END:VEVENT", at);
  const size_t begin = ics.rfind("BEGIN:VEVENT", at);
  const std::string event = ics.substr(begin, end - begin);
  const size_t p = event.find("\r\n" + name);
  if (p == std::string::npos) return "";
  return event.substr(p + 2, event.find("\r\n", p + 2) - p - 2);
}

TEST(IcsCalendar, OneEventPerDeadlineAndEventAtTheirPrecision) {
  IcsCalendar calendar;
  EXPECT_EQ(calendar.Add(Record()), 4);
  const std::string ics = calendar.Text();
  EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
  const std::string doc = "0123456789abcdef-";
  // A monthly deadline starts on its first due day and repeats.
  EXPECT_EQ(Property(ics, doc + "deadline-p1-30-52@vanban", "DTSTART"),
            "DTSTART;VALUE=DATE:20250320");
  EXPECT_EQ(Property(ics, doc + "deadline-p1-30-52@vanban", "RRULE"),
            "RRULE:FREQ=MONTHLY;BYMONTHDAY=20");
  EXPECT_NE(Property(ics, doc + "deadline-p1-30-52@vanban", "SUMMARY").find("45/KH-UBND: báo cáo"),
            std::string::npos);
  // A time of day is local time, with the zone defined once.
  EXPECT_EQ(Property(ics, doc + "deadline-p1-60-80@vanban", "DTSTART"),
            "DTSTART;TZID=Asia/Ho_Chi_Minh:20250515T160000");
  EXPECT_NE(ics.find("BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh"), std::string::npos);
  // "trong tháng 6": due on its last day; an event of a month spans it.
  EXPECT_EQ(Property(ics, doc + "deadline-p1-90-99@vanban", "DTSTART"),
            "DTSTART;VALUE=DATE:20250630");
  EXPECT_EQ(Property(ics, doc + "event-p1-5-9@vanban", "DTSTART"), "DTSTART;VALUE=DATE:20250401");
  EXPECT_EQ(Property(ics, doc + "event-p1-5-9@vanban", "DTEND"), "DTEND;VALUE=DATE:20250501");
}

TEST(IcsCalendar, NoZoneWithoutTimesAndUidsStayUnique) {
  json record = Record();
  record["deadlines"].erase(1);
  IcsCalendar calendar;
  calendar.Add(record);
  calendar.Add(record);  // the same document twice: UIDs must not repeat
  const std::string ics = calendar.Text();
  EXPECT_EQ(ics.find("VTIMEZONE"), std::string::npos);
  EXPECT_NE(ics.find("UID:0123456789abcdef-event-p1-5-9@vanban-2"), std::string::npos);
}

TEST(Csv, OneRowPerItemQuotedAsRfc4180Says) {
  const std::string csv = CsvHeader() + CsvRows(Record());
  std::vector<std::string> lines;
  for (size_t at = 0; at < csv.size();) {
    const size_t end = csv.find("\r\n", at);
    ASSERT_NE(end, std::string::npos);
    lines.push_back(csv.substr(at, end - at));
    at = end + 2;
  }
  ASSERT_EQ(lines.size(), 1u + 1 + 1 + 3 + 1);
  EXPECT_EQ(lines[0].rfind("file,number,item,index,kind,value,unit,start,end,due,", 0), 0u);
  EXPECT_EQ(lines[1],
            "inbox/kh.pdf,45/KH-UBND,target,1,at_least,95,%,2025,2025,,,tỷ lệ tiêm phòng,,,,2,10,"
            "14,\"đạt trên 95%, \"\"tổng đàn\"\"\"");
  EXPECT_NE(lines[3].find(",deadline,1,recurring,,,,,2025-03-20,monthly;day=20,báo cáo kết quả,"
                          "Phòng Nông nghiệp,,UBND huyện,"),
            std::string::npos);
  EXPECT_NE(lines[6].find(",task,1,,,,,,,,tổ chức tiêm phòng,Trạm Thú y,UBND các xã; Hội Nông dân,"),
            std::string::npos);
}

}  // namespace
}  // namespace vanban
