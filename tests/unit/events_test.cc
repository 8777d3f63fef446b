#include "extractors/events.h"

#include <gtest/gtest.h>

#include "tests/unit/test_support.h"

namespace vanban {
namespace {

std::vector<Event> Of(const std::string& body, int year = 2023) {
  const Document doc = testing::StructuredText("KẾ HOẠCH\nVề hiến máu\n\n" + body + "\n");
  return ExtractEvents(doc, year, "V/v chiến dịch tiêm vắc xin sởi");
}

std::string StartEnd(const std::string& body) {
  const auto e = Of(body);
  if (e.size() != 1) return "(" + std::to_string(e.size()) + ")";
  return e[0].start + (e[0].end ? " " + *e[0].end : "");
}

TEST(ExtractEvents, NamedDays) {
  EXPECT_EQ(StartEnd("Thực hiện \"Ngày toàn dân hiến máu tình nguyện\" - 07/4/2023 như sau:"),
            "2023-04-07");
  EXPECT_EQ(StartEnd("hưởng ứng \"Ngày thế giới tôn vinh người hiến máu 14/6\"."), "2023-06-14");
  EXPECT_EQ(StartEnd("Tổ chức Ngày toàn dân hiến máu tình nguyện (07/4) tại các xã."), "2023-04-07");
  const auto e = Of("\"Ngày toàn dân hiến máu tình nguyện 7/4\"");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].name, "Ngày toàn dân hiến máu tình nguyện");
  EXPECT_TRUE(e[0].inferred_year);
}

TEST(ExtractEvents, Windows) {
  EXPECT_EQ(StartEnd("- Tuyên truyền trên các phương tiện thông tin từ ngày 01/4 đến 30/4/2023."),
            "2023-04-01 2023-04-30");
  EXPECT_EQ(StartEnd("c) Thời gian tổ chức tiêm: từ ngày 01/11 đến hết ngày 15/11/2024;"),
            "2024-11-01 2024-11-15");
  EXPECT_EQ(StartEnd("- Bồi dưỡng kỹ năng số cho giáo viên dịp hè từ 16/6 - 15/8/2025."),
            "2025-06-16 2025-08-15");
}

TEST(ExtractEvents, ScheduleRows) {
  EXPECT_EQ(StartEnd("1\tThôn Cầu Cả\tNgày 08/4 - 09/4/2025\tNhà văn hóa thôn"),
            "2025-04-08 2025-04-09");
  EXPECT_EQ(StartEnd("2\tTổ chức tháng 3\tNgày hội hiến máu tình nguyện cán bộ\tHội Chữ thập đỏ"),
            "2023-03");
}

TEST(ExtractEvents, AnnualDayNamedTwiceIsOneEvent) {
  EXPECT_EQ(Of("\"Ngày toàn dân hiến máu tình nguyện\" - 07/4.\n\n"
               "Hưởng ứng \"Ngày toàn dân hiến máu tình nguyện\" - 07/4 trên toàn tỉnh.").size(),
            1u);
}

// Near misses: background dates, citations, deadlines, impossible dates.
TEST(ExtractEvents, DatesThatAreNoEvents) {
  EXPECT_EQ(StartEnd("Căn cứ Hướng dẫn số 14/HD-BCĐQG ngày 22/02/2023 của Ban Chỉ đạo."), "(0)");
  EXPECT_EQ(StartEnd("- Báo cáo kết quả trước ngày 05/5/2023."), "(0)");
  EXPECT_EQ(StartEnd("Năm 2022, toàn tỉnh tiếp nhận 7.819 đơn vị máu."), "(0)");
  EXPECT_EQ(StartEnd("Ngày hội hiến máu 35/14"), "(0)");
}

}  // namespace
}  // namespace vanban
