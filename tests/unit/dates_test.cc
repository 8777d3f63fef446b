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

}  // namespace
}  // namespace vanban
