#include "extractors/deadlines.h"

#include <gtest/gtest.h>

#include "tests/unit/test_support.h"

namespace vanban {
namespace {

// Deadlines of a one-item body in a document issued on 2025-03-28.
std::vector<Deadline> Of(const std::string& body) {
  const Document doc = testing::StructuredText("THÔNG BÁO\nVề tiêm phòng\n\n" + body + "\n");
  const DocumentContext cx = testing::ContextOf(doc, Date(2025, 3, 28));
  const auto tasks = ExtractTasks(doc, testing::Lex(), cx);
  return ExtractDeadlines(doc, testing::Lex(), cx, tasks);
}

std::string DueKind(const std::string& body) {
  const auto d = Of(body);
  return d.size() == 1 ? d[0].due.Iso() + " " + std::string(NameOf(d[0].kind))
                       : "(" + std::to_string(d.size()) + ")";
}

TEST(ExtractDeadlines, Phrasings) {
  EXPECT_EQ(DueKind("- Tổng hợp kết quả, báo cáo trước ngày 25/4/2025."), "2025-04-25 before");
  EXPECT_EQ(DueKind("- Gửi danh sách chậm nhất ngày 04/4/2025."), "2025-04-04 by");
  EXPECT_EQ(DueKind("- Báo cáo chậm nhất là ngày 25/11/2024."), "2024-11-25 by");
  EXPECT_EQ(DueKind("- Nộp hồ sơ trước ngày 15 tháng 6 năm 2025."), "2025-06-15 before");
  EXPECT_EQ(DueKind("- Hoàn thành trong Quý III/2025."), "2025-09-30 by");
  EXPECT_EQ(DueKind("- Hoàn thành trong tháng 6/2025."), "2025-06-30 by");
  EXPECT_EQ(DueKind("- Hạn chót ngày 30.6.2025."), "2025-06-30 by");
  EXPECT_EQ(DueKind("- Báo cáo định kỳ trước ngày 20 hằng tháng."), "2025-04-20 recurring");
  // Issued 28 March: the first 31 March after it is three days later.
  EXPECT_EQ(DueKind("- Gửi kế hoạch trước ngày 31 tháng 3 hằng năm."), "2025-03-31 recurring");
  EXPECT_EQ(DueKind("- Gửi kế hoạch trước ngày 15 tháng 3 hằng năm."), "2026-03-15 recurring");
  EXPECT_EQ(DueKind("- Gửi kế hoạch trước ngày 30/6 hằng năm."), "2025-06-30 recurring");
  EXPECT_EQ(DueKind("- Trình ban hành trong thời hạn 10 ngày kể từ ngày ký Quyết định này."),
            "2025-04-07 by");
}

// A due date after an item's label and its colon is the labelled work's.
TEST(ExtractDeadlines, TheLabelNamesTheWork) {
  auto action = [](const std::string& body) {
    const auto d = Of(body);
    return d.size() == 1 ? d[0].action : "(" + std::to_string(d.size()) + ")";
  };
  EXPECT_EQ(action("1. Sơ tuyển sức khỏe tại xã: hoàn thành trước ngày 30/11/2025."),
            "Sơ tuyển sức khỏe tại xã");
  EXPECT_EQ(action("3. Phát lệnh gọi công dân nhập ngũ: trước ngày 30/12/2025."),
            "Phát lệnh gọi công dân nhập ngũ");
  EXPECT_EQ(action("2. Sở Y tế báo cáo kết quả trước ngày 30/6/2025."), "Sở Y tế báo cáo kết quả");
}

TEST(ExtractDeadlines, YearlyRecurrenceKeepsItsDayAndMonth) {
  const auto d = Of("- Báo cáo trước ngày 31 tháng 3 hằng năm.");
  ASSERT_EQ(d.size(), 1u);
  ASSERT_TRUE(d[0].recurrence);
  EXPECT_EQ(d[0].recurrence->freq, Frequency::kYearly);
  EXPECT_EQ(d[0].recurrence->day, 31);
  EXPECT_EQ(d[0].recurrence->month, 3);
}

// Issued Friday 28 March 2025: a daily deadline is due first on the 29th,
// a weekly one on the next such weekday.
TEST(ExtractDeadlines, DailyAndWeeklyRecurrencesAndTimesOfDay) {
  EXPECT_EQ(DueKind("- Báo cáo tiến độ trước 16 giờ hằng ngày."), "2025-03-29T16:00 recurring");
  EXPECT_EQ(DueKind("- Cập nhật số liệu trước 15h30 hàng ngày."), "2025-03-29T15:30 recurring");
  EXPECT_EQ(DueKind("- Báo cáo chậm nhất 10 giờ 30 phút mỗi ngày."), "2025-03-29T10:30 recurring");
  EXPECT_EQ(DueKind("- Gửi báo cáo tuần trước thứ Năm hằng tuần."), "2025-04-03 recurring");
  EXPECT_EQ(DueKind("- Gửi báo cáo trước 16 giờ thứ Sáu hằng tuần."), "2025-04-04T16:00 recurring");
  EXPECT_EQ(DueKind("- Tổng hợp trước thứ 2 hàng tuần."), "2025-03-31 recurring");
  EXPECT_EQ(DueKind("- Báo cáo trước Chủ nhật hằng tuần."), "2025-03-30 recurring");
  EXPECT_EQ(DueKind("- Nộp hồ sơ trước 17h00, ngày 30/6/2025."), "2025-06-30T17:00 before");
  EXPECT_EQ(DueKind("- Đăng ký chậm nhất 16 giờ ngày 25 tháng 4 năm 2025."), "2025-04-25T16:00 by");
  // Quarterly: the quarter's last month unless its first is named.
  EXPECT_EQ(DueKind("- Báo cáo quý trước ngày 15 của tháng cuối quý."), "2025-06-15 recurring");
  EXPECT_EQ(DueKind("- Báo cáo trước ngày 31 tháng cuối quý."), "2025-03-31 recurring");
  EXPECT_EQ(DueKind("- Báo cáo trước ngày 10 tháng đầu mỗi quý."), "2025-04-10 recurring");
  EXPECT_EQ(DueKind("- Gửi số liệu trước ngày 20 hằng quý."), "2025-06-20 recurring");
  const auto daily = Of("- Báo cáo tiến độ trước 16 giờ hằng ngày.");
  ASSERT_EQ(daily.size(), 1u);
  ASSERT_TRUE(daily[0].recurrence);
  EXPECT_EQ(daily[0].recurrence->freq, Frequency::kDaily);
  EXPECT_EQ(daily[0].due.Time(), "16:00");
  const auto weekly = Of("- Gửi báo cáo tuần trước thứ Năm hằng tuần.");
  ASSERT_EQ(weekly.size(), 1u);
  ASSERT_TRUE(weekly[0].recurrence);
  EXPECT_EQ(weekly[0].recurrence->freq, Frequency::kWeekly);
  EXPECT_EQ(weekly[0].recurrence->weekday, 4);
  EXPECT_FALSE(weekly[0].due.has_time());
}

// Near misses: a time without a day, a day without a time, an hour that is
// none, a week named without a weekday.
TEST(ExtractDeadlines, TimesNeedADayAndDailyNeedsATime) {
  EXPECT_EQ(DueKind("- Có mặt trước 7 giờ để chuẩn bị."), "(0)");
  EXPECT_EQ(DueKind("- Báo cáo trước hằng ngày."), "(0)");
  EXPECT_EQ(DueKind("- Nộp trước 25 giờ ngày 30/6/2025."), "(0)");
  EXPECT_EQ(DueKind("- Báo cáo trước tuần sau."), "(0)");
  EXPECT_EQ(DueKind("- Giao ban vào thứ Năm hằng tuần."), "(0)");  // a meeting, no cue
}

TEST(ExtractDeadlines, YearLeftOutIsTheIssueYearAndSaidSo) {
  const auto d = Of("- Gửi báo cáo về Sở Y tế trước ngày 30/6.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].due.Iso(), "2025-06-30");
  EXPECT_TRUE(d[0].inferred_year);
  EXPECT_EQ(d[0].action, "Gửi báo cáo về Sở Y tế");
}

TEST(ExtractDeadlines, ResponsibleIsTheItemsLead) {
  const auto d = Of("a) Ban Chỉ đạo xã chủ trì tổng hợp kết quả, báo cáo trước ngày 25/4/2025.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].responsible, std::vector<std::string>{"Ban Chỉ đạo xã"});
}

// The body the one deadline of `body` reports to; "-" for none.
std::string ReportTo(const std::string& body) {
  const auto d = Of(body);
  if (d.size() != 1) return "(" + std::to_string(d.size()) + ")";
  return d[0].report_to.value_or("-");
}

TEST(ExtractDeadlines, ReportToIsTheBodyReportedOrSentTo) {
  EXPECT_EQ(ReportTo("- Tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện trước ngày 25/4/2025."),
            "Ủy ban nhân dân huyện");
  EXPECT_EQ(ReportTo("- Gửi danh sách về Phòng Y tế chậm nhất ngày 04/4/2025."), "Phòng Y tế");
  EXPECT_EQ(ReportTo("- Báo cáo kết quả thực hiện về Sở Y tế trước ngày 30/6/2025."), "Sở Y tế");
  EXPECT_EQ(ReportTo("- Xây dựng báo cáo 6 tháng gửi Sở Nội vụ trước ngày 15/6/2025."), "Sở Nội vụ");
  EXPECT_EQ(ReportTo("- Trình Ủy ban nhân dân tỉnh phê duyệt trước ngày 15/5/2025."),
            "Ủy ban nhân dân tỉnh");
  EXPECT_EQ(ReportTo("- Nộp hồ sơ cho Sở Tài chính trước ngày 15/6/2025."), "Sở Tài chính");
  EXPECT_EQ(ReportTo("- Gửi báo cáo tới Ban Chỉ đạo tỉnh hạn chót ngày 15/6/2025."), "Ban Chỉ đạo tỉnh");
  EXPECT_EQ(ReportTo("- Báo cáo kết quả trước ngày 30/6/2025 về Sở Giáo dục và Đào tạo."),
            "Sở Giáo dục và Đào tạo");
  // The channel goes with the body; two bodies joined by "và" are both reported to.
  EXPECT_EQ(ReportTo("- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh (qua Sở Y tế) trước ngày 30/11/2025."),
            "Ủy ban nhân dân tỉnh (qua Sở Y tế)");
  EXPECT_EQ(ReportTo("- Báo cáo Ủy ban nhân dân xã và Trung tâm Y tế huyện trước ngày 25/4/2025."),
            "Ủy ban nhân dân xã và Trung tâm Y tế huyện");
  // A short name the document defines is written out.
  EXPECT_EQ(ReportTo("Thành lập Ban Chỉ đạo phòng, chống dịch tỉnh (sau đây gọi tắt là Ban Chỉ "
                     "đạo tỉnh).\n- Các xã gửi danh sách về Ban Chỉ đạo tỉnh trước ngày 04/4/2025."),
            "Ban Chỉ đạo phòng, chống dịch tỉnh");
}

// Near misses: bodies that act or help rather than receive, a report
// without its receiver, a receiver of another clause.
TEST(ExtractDeadlines, ReportToNeedsAReportingVerbAndItsBody) {
  EXPECT_EQ(ReportTo("- Sở Y tế tổng hợp kết quả trước ngày 25/4/2025."), "-");
  EXPECT_EQ(ReportTo("- Phối hợp với Sở Y tế hoàn thành trước ngày 25/4/2025."), "-");
  EXPECT_EQ(ReportTo("a) Sở Y tế báo cáo kết quả trước ngày 25/4/2025."), "-");
  EXPECT_EQ(ReportTo("- Báo cáo kết quả thực hiện chiến dịch tiêm chủng mở rộng năm 2025 cho "
                     "toàn thể cán bộ, công chức, viên chức trước ngày 25/4/2025."),
            "-");
  EXPECT_EQ(ReportTo("- Gửi Sở Y tế báo cáo; hoàn thành trước ngày 25/4/2025."), "-");
  EXPECT_EQ(ReportTo("- Báo cáo trước ngày 25/4/2025; phối hợp với Sở Y tế kiểm tra."), "-");
}

// Near misses: dates that are no due date.
TEST(ExtractDeadlines, DatesWithoutACueAreNoDeadlines) {
  EXPECT_EQ(DueKind("Căn cứ Kế hoạch số 58/KH-UBND ngày 10/3/2025 của Ủy ban nhân dân huyện."), "(0)");
  EXPECT_EQ(DueKind("- Thời gian tiêm từ ngày 08/4 đến hết ngày 20/4/2025."), "(0)");
  EXPECT_EQ(DueKind("- Trước đây, năm 2022 toàn tỉnh tiếp nhận 7.819 đơn vị máu."), "(0)");
  EXPECT_EQ(DueKind("- Báo cáo trước Ủy ban nhân dân tỉnh về kết quả."), "(0)");
  EXPECT_EQ(DueKind("- Trước ngày 31/02/2025 hoàn thành."), "(0)");  // no such day
  // Working days need a calendar of holidays: not guessed.
  EXPECT_EQ(DueKind("- Trả lời trong thời hạn 05 ngày làm việc kể từ ngày nhận hồ sơ."), "(0)");
}

// Months, quarters and labelled times, capitalised or not, in a document
// issued on 2025-03-28.
TEST(ExtractDeadlines, MonthsQuartersAndLabelledTimes) {
  EXPECT_EQ(DueKind("3. Thời gian thực hiện: Tháng 12/2025 và thường xuyên."), "2025-12-31 by");
  EXPECT_EQ(DueKind("3. Thời gian thực hiện: Tháng 11, 12/2025."), "2025-12-31 by");
  EXPECT_EQ(DueKind("- Hoàn thành trong Quý III/2025."), "2025-09-30 by");
  EXPECT_EQ(DueKind("- Hoàn thành trong tháng 6 năm 2025."), "2025-06-30 by");
  EXPECT_EQ(DueKind("- Hạn nộp: ngày 15/5/2025."), "2025-05-15 by");
  EXPECT_EQ(DueKind("- Chậm nhất Ngày 20/4/2025 phải hoàn thành gieo cấy."), "2025-04-20 by");
  EXPECT_EQ(DueKind("- Thời gian hoàn thành: tháng 10/2025."), "2025-10-31 by");
  // Within a quarter or a month, written after the work.
  // A quarter that does not exist (found by fuzz_text: it read past the
  // table of month lengths).
  EXPECT_EQ(DueKind("- Hoàn thành trước quý 7/2025."), "(0)");
  EXPECT_EQ(DueKind("- Hoàn thành trong quý V năm 2025."), "(0)");
  EXPECT_EQ(DueKind("a) Xử lý dứt điểm 25 điểm đen giao thông trong quý III năm 2025."),
            "2025-09-30 by");
  EXPECT_EQ(DueKind("- Tập huấn cho cán bộ thú y trong tháng 9/2025."), "2025-09-30 by");
  // A year is the plan's scope; open periods and windows are no deadlines.
  EXPECT_EQ(DueKind("- Phấn đấu trong năm 2025 trồng 5.000 ha rừng."), "(0)");
  EXPECT_EQ(DueKind("3. Thời gian thực hiện: Từ tháng 11/2025 trở đi."), "(0)");
  EXPECT_EQ(DueKind("3. Thời gian thực hiện: từ năm 2025 đến năm 2030."), "(0)");
  EXPECT_EQ(DueKind("- Tuyên truyền từ ngày 01/4 đến hết ngày 30/4/2025."), "(0)");
}

// A weekday between the time and the day it falls on; a day and month
// written out without their year; "đến hết"; a label that names the work
// before its colon; "trước" a month or quarter is before it begins.
TEST(ExtractDeadlines, WeekdaysDaysWithoutYearsLabelsAndMonthsBefore) {
  EXPECT_EQ(DueKind("- Gửi danh sách về Bộ trước 16 giờ 00, thứ Sáu, ngày 16/5/2025."),
            "2025-05-16T16:00 before");
  EXPECT_EQ(DueKind("- Nộp báo cáo trước thứ Hai, ngày 20/01/2026."), "2026-01-20 before");
  EXPECT_EQ(DueKind("- Gửi đăng ký chậm nhất vào thứ Sáu, ngày 16/5/2025."), "2025-05-16 by");
  EXPECT_EQ(DueKind("- Nộp hồ sơ trước Chủ nhật, ngày 18/5/2025."), "2025-05-18 before");
  EXPECT_EQ(DueKind("- Hoàn thành kiểm kê trước ngày 05 tháng 6."), "2025-06-05 before");
  EXPECT_EQ(DueKind("- Hoàn thành trước ngày mồng 3 tháng 9 năm 2025."), "2025-09-03 before");
  EXPECT_EQ(DueKind("- Tiếp nhận hồ sơ đến hết ngày 30/9/2025."), "2025-09-30 by");
  EXPECT_EQ(DueKind("- Hạn chót nộp hồ sơ: 17 giờ 00 ngày 30/9/2025."), "2025-09-30T17:00 by");
  EXPECT_EQ(DueKind("- Thời hạn hoàn thành: trước ngày 15/6/2025."), "2025-06-15 before");
  EXPECT_EQ(DueKind("- Hoàn thành việc chi trả trước tháng 6/2025."), "2025-05-31 before");
  EXPECT_EQ(DueKind("- Hoàn thành quyết toán trước Quý III/2025."), "2025-06-30 before");
  const auto label = Of("- Hạn chót nộp hồ sơ: 17 giờ 00 ngày 30/9/2025.");
  ASSERT_EQ(label.size(), 1u);
  EXPECT_EQ(label[0].action, "nộp hồ sơ");
  // Near misses: a window's end, a weekday with no day after it, a label
  // whose colon introduces a list.
  EXPECT_EQ(DueKind("- Nhận hồ sơ từ ngày 15/9/2025 đến hết ngày 30/9/2025."), "(0)");
  EXPECT_EQ(DueKind("- Tiếp nhận từ thứ Hai, ngày 03/3 đến hết ngày 07/3/2025."), "(0)");
  EXPECT_EQ(DueKind("- Gửi báo cáo trước thứ Sáu tuần sau."), "(0)");
  EXPECT_EQ(DueKind("- Thời hạn: các mốc sau 2025."), "(0)");
}

// Counts of days in words and working days from the signing; half-years.
TEST(ExtractDeadlines, SpelledCountsWorkingDaysAndHalfYears) {
  // Issued Friday 28 March 2025.
  EXPECT_EQ(DueKind("- Gửi báo cáo trong thời hạn mười lăm ngày kể từ ngày ký."), "2025-04-12 by");
  EXPECT_EQ(DueKind("- Hoàn thành trong thời hạn 15 (mười lăm) ngày kể từ ngày ký."),
            "2025-04-12 by");
  EXPECT_EQ(DueKind("- Trình phê duyệt trong thời hạn 05 ngày làm việc kể từ ngày ký."),
            "2025-04-04 by");
  EXPECT_EQ(DueKind("- Hoàn thành trong thời hạn hai mươi mốt ngày kể từ ngày ban hành."),
            "2025-04-18 by");
  EXPECT_EQ(DueKind("- Hoàn thành trong 6 tháng đầu năm 2025."), "2025-06-30 by");
  EXPECT_EQ(DueKind("- Hoàn thành trong sáu tháng cuối năm 2025."), "2025-12-31 by");
  EXPECT_EQ(DueKind("- Hoàn thành trước 6 tháng cuối năm 2025."), "2025-06-30 before");
  // Days before a day the clause names (ANNOTATION.md: event date − 7).
  EXPECT_EQ(DueKind("- Gửi danh sách chậm nhất 07 ngày trước ngày tổ chức Hội thi (ngày "
                    "20/5/2025)."),
            "2025-05-13 by");
  EXPECT_EQ(DueKind("- Đăng ký chậm nhất mười ngày trước ngày khai mạc (15/6/2025)."),
            "2025-06-05 by");
  // Periods named from the issue date (28 March 2025); weeks say no day,
  // and work that goes on has no due date.
  EXPECT_EQ(DueKind("- Hoàn thành kiểm kê trong tháng này."), "2025-03-31 by");
  EXPECT_EQ(DueKind("- Hoàn thành trong quý tới."), "2025-06-30 by");
  EXPECT_EQ(DueKind("- Hoàn thành trước tháng sau."), "2025-03-31 before");
  EXPECT_EQ(DueKind("- Báo cáo kết quả trước cuối năm nay."), "2025-12-31 before");
  EXPECT_EQ(DueKind("- Gửi danh sách chậm nhất ngày mai."), "2025-03-29 by");
  EXPECT_EQ(DueKind("- Thực hiện trong tháng này và các tháng tiếp theo."), "(0)");
  EXPECT_EQ(DueKind("- Báo cáo trước tuần sau."), "(0)");
  // Near misses: days that count nothing from the signing.
  EXPECT_EQ(DueKind("- Tổ chức tập huấn trong năm ngày cho cán bộ."), "(0)");
  EXPECT_EQ(DueKind("- Lưu trú trong mười lăm ngày kể từ ngày nhập cảnh."), "(0)");
}

// A table with a column of due dates: each row's work is due by its cell's
// date, done by the row's lead; a window there is the row's event, and a
// row with no date sets none.
TEST(ExtractDeadlines, RowsOfATableWithADueColumn) {
  const auto d = Of(
      "TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
      "1\tRà soát đối tượng tiêm chủng\tTrung tâm Y tế huyện\tỦy ban nhân dân các xã\t"
      "Tháng 4/2025\n"
      "2\tTổ chức tiêm vắc xin sởi\tTrung tâm Y tế huyện\tTrạm Y tế xã\tTừ 15/5 đến 30/6/2025\n"
      "3\tTuyên truyền về tiêm chủng\tTrung tâm Văn hóa huyện\t\tThường xuyên\n"
      "4\tBáo cáo kết quả\tPhòng Y tế huyện\t\tTrước 15/7/2025\n");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].due.Iso() + " " + std::string(NameOf(d[0].kind)) + " " + d[0].action,
            "2025-04-30 by Rà soát đối tượng tiêm chủng");
  EXPECT_EQ(d[0].responsible, std::vector<std::string>{"Trung tâm Y tế huyện"});
  EXPECT_EQ(d[1].due.Iso() + " " + std::string(NameOf(d[1].kind)) + " " + d[1].action,
            "2025-07-15 before Báo cáo kết quả");
}

// An item that ends with its time in parentheses is due by the end of the
// last period named there; a parenthesis that only mentions a year, or
// names a past one, dates nothing.
TEST(ExtractDeadlines, TimeInParenthesesAtAnItemsEnd) {
  EXPECT_EQ(DueKind("1. Rà soát, cập nhật quy hoạch mạng lưới chợ (trong năm 2025)."), "2025 by");
  EXPECT_EQ(DueKind("2. Nạo vét kênh mương nội đồng (Quý II/2025, Quý III/2025 và thường xuyên)."),
            "2025-09-30 by");
  EXPECT_EQ(DueKind("- Tập huấn cán bộ thú y cơ sở (tháng 6/2025);"), "2025-06 by");
  EXPECT_EQ(DueKind("3. Kiện toàn tổ công tác (năm 2025 và kiện toàn thường xuyên hàng năm)."),
            "2025 by");
  EXPECT_EQ(DueKind("4. Triển khai theo hướng dẫn (theo Quyết định số 12/QĐ-UBND năm 2025)."), "(0)");
  EXPECT_EQ(DueKind("5. Tổng kết mô hình (năm 2023)."), "(0)");
  // A cue inside the parenthesis dates the item once.
  EXPECT_EQ(DueKind("6. Gửi báo cáo (hoàn thành trong tháng 6/2025)."), "2025-06-30 by");
}

// A date long before the document's own is a criterion, and one in a
// sentence opening with its own date is recounted: neither is a deadline.
TEST(ExtractDeadlines, CriteriaAndRecountedDatesAreNoDeadlines) {
  EXPECT_EQ(DueKind("a) Người hoạt động cách mạng trước ngày 01 tháng 01 năm 1945."), "(0)");
  EXPECT_EQ(DueKind("- Quân nhân nhập ngũ trước ngày 30/4/1975."), "(0)");
  EXPECT_EQ(DueKind("Ngày 19/9/2024, Bộ đã có văn bản đề nghị báo cáo trước ngày 30/9/2024."),
            "(0)");
  // A deadline a few months back is kept (and the date check warns of it),
  // unless the clause says the work is done.
  EXPECT_EQ(DueKind("- Báo cáo trước ngày 15/01/2025."), "2025-01-15 before");
  EXPECT_EQ(DueKind("- Sở Y tế đã hoàn thành trước ngày 15/01/2025."), "(0)");
  EXPECT_EQ(DueKind("- Các xã đã nộp báo cáo trước ngày 20/02/2025, đúng hạn."), "(0)");
  EXPECT_EQ(DueKind("- Sở Y tế hoàn thành trước ngày 15/5/2025, đã thống nhất."),
            "2025-05-15 before");
}

}  // namespace
}  // namespace vanban
