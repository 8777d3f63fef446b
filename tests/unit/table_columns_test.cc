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
  EXPECT_EQ(Of("NGÀY, THÁNG"), ColumnKind::kTime);
  EXPECT_EQ(Of("NỘI DUNG HOẠT ĐỘNG"), ColumnKind::kContent);
  EXPECT_EQ(Of("Nội dung thực hiện"), ColumnKind::kContent);
  EXPECT_EQ(Of("Địa điểm tập kết"), ColumnKind::kPlace);
  EXPECT_EQ(Of("Thôn"), ColumnKind::kArea);
  EXPECT_EQ(Of("STT"), ColumnKind::kOrdinal);
  EXPECT_EQ(Of("Ghi chú"), ColumnKind::kOther);
  EXPECT_EQ(Of("Kinh phí"), ColumnKind::kOther);
}

TEST(TableColumns, FirstRowWithoutDigitsIsTheHeader) {
  const Document doc = testing::StructuredText(
      "KẾ HOẠCH\nVề hiến máu\n\nLịch như sau:\n"
      "STT\tThời gian\tNội dung\n1\tTháng 3\tNgày hội\n\n2\tTháng 4\tMít tinh\n"
      "Các đơn vị thực hiện.\n1\tTháng 5\tHội thao\n");
  const auto columns = TableColumns(doc, testing::Lex());
  std::vector<size_t> sizes;
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    if (doc.LineText(i).find('\t') != std::string_view::npos) sizes.push_back(columns[i].size());
  }
  // The header row itself has none; the rows on both sides of the blank
  // line keep it; after ordinary text a row with digits starts a table
  // without a header.
  EXPECT_EQ(sizes, (std::vector<size_t>{0, 3, 3, 0}));
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    if (columns[i].size() == 3) {
      EXPECT_EQ(columns[i][1], ColumnKind::kTime);
      EXPECT_EQ(columns[i][2], ColumnKind::kContent);
    }
  }
}

}  // namespace
}  // namespace vanban
