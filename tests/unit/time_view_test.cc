// The times view (--format times) on a document read whole.
#include "pipeline/output/time_view.h"

#include <gtest/gtest.h>

#include "pipeline/ingest/source.h"
#include "pipeline/runner.h"
#include "test_support.h"

namespace vanban {
namespace {

std::string TimesOf(const std::string& text) {
  auto x = ExtractSource(SourceFromBytes("t.txt", text).value(), testing::Lex(), nullptr);
  return x.ok() ? TimeExpressions(x.value()) : "error";
}

TEST(TimeExpressions, EachDateWithItsValueAndTheItemThatTookIt) {
  const std::string out = TimesOf(
      "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 12/KH-UBND\n"
      "Lạng Sơn, ngày 03 tháng 3 năm 2025\n\nKẾ HOẠCH\nTổ chức Hội thi năm 2025\n\n"
      "Căn cứ Quyết định số 45/QĐ-UBND ngày 10/01/2025 của UBND tỉnh;\n"
      "Năm 2024, Hội thi đã tổ chức ngày 20/5/2024.\n"
      "1. Hội thi tổ chức vào ngày 20/5/2025 tại Nhà văn hóa tỉnh.\n"
      "2. Sở Y tế báo cáo kết quả trước ngày 15/6/2025.\n"
      "3. Lễ Vu Lan tổ chức vào Rằm tháng Bảy năm Ất Tỵ.\n");
  EXPECT_NE(out.find("\t2025-03-03\tissued\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\t2025-01-10\treference 45/QĐ-UBND\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\t2025-05-20\tevent: Hội thi\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\t2025-06-15\tdeadline before: Sở Y tế\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\t2025-09-06 lunar 15/7/2025\tevent: Lễ Vu Lan\n"), std::string::npos)
      << out;
  // A past day no item took is listed, and said to be taken by none.
  EXPECT_NE(out.find("ngày 20/5/2024\t2024-05-20\t-\n"), std::string::npos) << out;
  // In the order of the text.
  EXPECT_LT(out.find("issued"), out.find("reference"));
  EXPECT_LT(out.find("2024-05-20"), out.find("event: Hội thi"));
}

}  // namespace
}  // namespace vanban
