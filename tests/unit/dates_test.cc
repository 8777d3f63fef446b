#include "pipeline/language/dates.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

std::string Iso(std::string_view text) {
  auto d = ParseDatePrefix(text);
  return d ? d->Iso() : "none";
}

TEST(ParseDatePrefix, ReadsTheWaysDocumentsWriteDates) {
  EXPECT_EQ(Iso("ngày 22 tháng 02 năm 2023"), "2023-02-22");
  EXPECT_EQ(Iso("ngày 09 tháng 01 năm 2024"), "2024-01-09");
  EXPECT_EQ(Iso("ngày 22/02/2023"), "2023-02-22");
  EXPECT_EQ(Iso("ngày 1/7/2016"), "2016-07-01");
  EXPECT_EQ(Iso("14/4/2017"), "2017-04-14");
  EXPECT_EQ(Iso("24.01.2025"), "2025-01-24");
  EXPECT_EQ(Iso("ngày 05-5-2023"), "2023-05-05");
  EXPECT_EQ(Iso("ngày 22 tháng 11 năm 2019;"), "2019-11-22");
}

TEST(ParseDatePrefix, KeepsThePrecisionAsWritten) {
  EXPECT_EQ(Iso("ngày tháng 02 năm 2023"), "2023-02");  // blank day
  EXPECT_EQ(Iso("ngày   tháng 3 năm 2023"), "2023-03");
  EXPECT_EQ(Iso("ngày tháng năm 2024"), "2024");        // blank day and month
}

TEST(ParseDatePrefix, RefusesWhatIsNoDate) {
  EXPECT_EQ(Iso("ngày 31/02/2023"), "none");  // no such day
  EXPECT_EQ(Iso("ngày 12/13/2023"), "none");
  EXPECT_EQ(Iso("ngày 12/10-2023"), "none");  // mixed separators
  EXPECT_EQ(Iso("ngày hội hiến máu"), "none");
  EXPECT_EQ(Iso("số 4 đường Trần Hưng Đạo"), "none");
  EXPECT_EQ(Iso("07/4"), "none");  // no year: not a full date
}

TEST(FindDate, FindsTheFirstDateInALine) {
  size_t at = 0, len = 0;
  auto d = FindDate("Lạng Sơn, ngày tháng 02 năm 2023", &at, &len);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->Iso(), "2023-02");
  EXPECT_EQ(at, std::string_view("Lạng Sơn, ").size());
  EXPECT_FALSE(FindDate("Hiến máu tình nguyện là nghĩa cử cao đẹp"));
}

// "start end yearly" of FindPeriod, "-" for an open end, "none" for none.
std::string PeriodOf(std::string_view text) {
  const auto p = FindPeriod(text);
  if (!p) return "none";
  return (p->start ? p->start->Iso() : "-") + " " + (p->end ? p->end->Iso() : "-") +
         (p->yearly ? " yearly" : "");
}

TEST(FindPeriod, RunsYearsMonthsAndOpenEnds) {
  EXPECT_EQ(PeriodOf("Kế hoạch phát triển rừng giai đoạn 2021 - 2025"), "2021 2025");
  EXPECT_EQ(PeriodOf("Chương trình mục tiêu 2026-2030"), "2026 2030");
  EXPECT_EQ(PeriodOf("từ năm 2023 đến năm 2027"), "2023 2027");
  EXPECT_EQ(PeriodOf("kế hoạch thời gian năm học 2024-2025"), "2024 2025");
  EXPECT_EQ(PeriodOf("Phấn đấu năm 2025 trồng mới 500 ha"), "2025 2025");
  EXPECT_EQ(PeriodOf("tiêm bổ sung trong tháng 11/2024"), "2024-11 2024-11");
  EXPECT_EQ(PeriodOf("trong tháng 3 năm 2026"), "2026-03 2026-03");
  EXPECT_EQ(PeriodOf("phấn đấu đến năm 2030 đạt 70%"), "- 2030");
  EXPECT_EQ(PeriodOf("hằng năm tiếp nhận 9.000 đơn vị máu"), "- - yearly");
  // The widest when several: the plan's run over its first year.
  EXPECT_EQ(PeriodOf("năm 2023 và giai đoạn 2023 - 2027"), "2023 2027");
  EXPECT_EQ(PeriodOf("Mỗi năm giai đoạn 2024 - 2026 đào tạo 300 học viên"), "2024 2026 yearly");
}

// A year compared with is a baseline: the period is the other one, or none.
TEST(FindPeriod, ABaselineIsNoPeriod) {
  EXPECT_EQ(PeriodOf("Đón 3,5 triệu lượt khách, tăng 10% so với năm 2025"), "none");
  EXPECT_EQ(PeriodOf("Tổng thu năm 2026 tăng 12% so với năm 2025"), "2026 2026");
  EXPECT_EQ(PeriodOf("giảm 5% so với cùng kỳ năm 2024"), "none");
  EXPECT_EQ(PeriodOf("tăng 8% so với giai đoạn 2016 - 2020"), "none");
}

TEST(FindPeriod, NumbersThatAreNoPeriods) {
  EXPECT_EQ(PeriodOf("Tiếp nhận 30.200 đơn vị máu"), "none");
  EXPECT_EQ(PeriodOf("Quyết định số 1237/QĐ-TTg"), "none");
  EXPECT_EQ(PeriodOf("khoảng 2.846 trẻ"), "none");
  EXPECT_EQ(PeriodOf("năm 3000"), "none");
}

// The last day of the period a sentence opens with, its year written.
TEST(PeriodEndAt, PeriodsASentenceOpensWith) {
  const std::pair<const char*, const char*> cases[] = {
      {"Trong 6 tháng đầu năm 2024, tổng thu", "2024-06-30"},
      {"6 tháng cuối năm 2024", "2024-12-31"},
      {"Quý II/2024, toàn tỉnh", "2024-06-30"},
      {"trong quý 3 năm 2025", "2025-09-30"},
      {"Trong tháng 02/2024, Sở", "2024-02-29"},
      {"Tháng 11 năm 2023", "2023-11-30"},
      {"Năm 2022, toàn tỉnh", "2022-12-31"},
  };
  for (const auto& [text, end] : cases) {
    const std::optional<Date> d = PeriodEndAt(text);
    ASSERT_TRUE(d) << text;
    EXPECT_EQ(d->Iso(), end) << text;
  }
  // Near misses: no year, a run of years, a day, a period later in the
  // sentence, a month out of range.
  for (const char* text : {"Trong quý II, toàn tỉnh", "Năm 2021-2025", "Ngày 15/6/2024, Sở",
                           "Toàn tỉnh trong năm 2023", "tháng 13/2024", "Năm học 2024-2025"}) {
    EXPECT_FALSE(PeriodEndAt(text)) << text;
  }
}

}  // namespace
}  // namespace vanban
