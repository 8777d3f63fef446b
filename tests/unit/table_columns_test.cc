#include "pipeline/structure/table_columns.h"

#include <gtest/gtest.h>

#include "tests/unit/test_support.h"

namespace vanban {
namespace {

ColumnKind Of(const std::string& header) { return ColumnOf(header, testing::Lex()); }

// A header holding the words of two kinds takes the more specific one.
TEST(ColumnOf, HeaderWordsNameTheColumn) {
  EXPECT_EQ(Of("ĐƠN VỊ PHỐI HỢP"), ColumnKind::kSupport);
  EXPECT_EQ(Of("Cơ quan phối hợp"), ColumnKind::kSupport);
  EXPECT_EQ(Of("ĐƠN VỊ CHỦ TRÌ"), ColumnKind::kLead);
  EXPECT_EQ(Of("Cơ quan thực hiện"), ColumnKind::kLead);
  EXPECT_EQ(Of("Thời gian thực hiện"), ColumnKind::kTime);
  EXPECT_EQ(Of("Thời gian hoàn thành"), ColumnKind::kDue);
  EXPECT_EQ(Of("THỜI HẠN"), ColumnKind::kDue);
  EXPECT_EQ(Of("NGÀY, THÁNG"), ColumnKind::kTime);
  EXPECT_EQ(Of("NỘI DUNG HOẠT ĐỘNG"), ColumnKind::kContent);
  EXPECT_EQ(Of("Nội dung thực hiện"), ColumnKind::kContent);
  EXPECT_EQ(Of("Địa điểm tập kết"), ColumnKind::kPlace);
  EXPECT_EQ(Of("Thôn"), ColumnKind::kArea);
  EXPECT_EQ(Of("STT"), ColumnKind::kOrdinal);
  EXPECT_EQ(Of("Ghi chú"), ColumnKind::kOther);
  EXPECT_EQ(Of("Đơn vị thực hiện"), ColumnKind::kLead);
  // Figures: their unit, the plan a document sets, what was already reached.
  EXPECT_EQ(Of("Đơn vị tính"), ColumnKind::kUnit);
  EXPECT_EQ(Of("ĐVT"), ColumnKind::kUnit);
  EXPECT_EQ(Of("Kinh phí"), ColumnKind::kPlan);
  EXPECT_EQ(Of("Kế hoạch năm 2025"), ColumnKind::kPlan);
  EXPECT_EQ(Of("Diện tích gieo trồng (ha)"), ColumnKind::kPlan);
  EXPECT_EQ(Of("Thực hiện năm 2024"), ColumnKind::kActual);
  EXPECT_EQ(Of("Ước thực hiện 6 tháng"), ColumnKind::kActual);
}

TEST(TableColumns, FirstRowWithoutDigitsIsTheHeader) {
  const Document doc = testing::StructuredText(
      "KẾ HOẠCH\nVề hiến máu\n\nLịch như sau:\n"
      "STT\tThời gian\tNội dung\n1\tTháng 3\tNgày hội\n\n2\tTháng 4\tMít tinh\n"
      "Các đơn vị thực hiện.\n1\tTháng 5\tHội thao\n");
  // The rows on both sides of the blank line are one table under its
  // header; after ordinary text a row with digits starts a table without
  // a header.
  ASSERT_EQ(doc.tables.size(), 2u);
  EXPECT_TRUE(doc.tables[0].has_header);
  EXPECT_EQ(doc.tables[0].rows.size(), 3u);
  EXPECT_EQ(doc.tables[0].columns,
            (std::vector<ColumnKind>{ColumnKind::kOrdinal, ColumnKind::kTime, ColumnKind::kContent}));
  EXPECT_FALSE(doc.tables[1].has_header);
  EXPECT_TRUE(doc.tables[1].columns.empty());
  EXPECT_EQ(doc.tables[1].rows.size(), 1u);
}

}  // namespace
}  // namespace vanban
