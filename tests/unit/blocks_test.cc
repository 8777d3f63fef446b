#include "pipeline/structure/blocks.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/unit/test_support.h"

namespace vanban {
namespace {

using ::vanban::testing::StructuredText;

struct Expected {
  const char* line;
  MarkerKind kind;
  const char* number;
  int depth;
  const char* text;  // what follows the marker
};

TEST(ReadMarker, EveryKindOfTheNumbering) {
  const Expected cases[] = {
      {"I. MỤC ĐÍCH, YÊU CẦU", MarkerKind::kRoman, "I", 0, "MỤC ĐÍCH, YÊU CẦU"},
      {"XII) Tổ chức thực hiện", MarkerKind::kRoman, "XII", 0, "Tổ chức thực hiện"},
      {"4.3. Ban Chỉ đạo", MarkerKind::kNumber, "4.3", 2, "Ban Chỉ đạo"},
      {"2. Sở Nông nghiệp và Môi trường", MarkerKind::kNumber, "2", 1, "Sở Nông nghiệp và Môi trường"},
      {"1) Kiểm tra đê điều", MarkerKind::kNumber, "1", 1, "Kiểm tra đê điều"},
      {"  3.1.2. Rà soát hồ chứa", MarkerKind::kNumber, "3.1.2", 3, "Rà soát hồ chứa"},
      {"đ) Công an xã", MarkerKind::kLetter, "đ", 3, "Công an xã"},
      {"b) Trường Trung học phổ thông", MarkerKind::kLetter, "b", 3, "Trường Trung học phổ thông"},
      {"Điều 2. Giao Giám đốc Sở Tài chính", MarkerKind::kArticle, "2", 0, "Giao Giám đốc Sở Tài chính"},
      {"Điều 10: Hiệu lực thi hành", MarkerKind::kArticle, "10", 0, "Hiệu lực thi hành"},
      {"Chương III QUY ĐỊNH CHUNG", MarkerKind::kChapter, "III", 0, "QUY ĐỊNH CHUNG"},
      {"Phần 2 Dự toán ngân sách", MarkerKind::kPart, "2", 0, "Dự toán ngân sách"},
      {"Mục 4 Kiểm soát tải trọng xe", MarkerKind::kSection, "4", 0, "Kiểm soát tải trọng xe"},
      {"- Sở Giao thông vận tải", MarkerKind::kBullet, "", 3, "Sở Giao thông vận tải"},
      {"+ Kho bạc Nhà nước tỉnh", MarkerKind::kBullet, "", 3, "Kho bạc Nhà nước tỉnh"},
      {"• Trạm Y tế xã", MarkerKind::kBullet, "", 3, "Trạm Y tế xã"},
      // Spaces before the mark, a mark-less article, a line that is only
      // its marker.
      {"3 . Kho bạc Nhà nước", MarkerKind::kNumber, "3", 1, "Kho bạc Nhà nước"},
      {"Điều 4 Trách nhiệm thi hành", MarkerKind::kArticle, "4", 0, "Trách nhiệm thi hành"},
      {"Điều 5 : Tổ chức thực hiện", MarkerKind::kArticle, "5", 0, "Tổ chức thực hiện"},
      {"IV.", MarkerKind::kRoman, "IV", 0, ""},
      {"Chương 2", MarkerKind::kChapter, "2", 0, ""},
  };
  for (const Expected& e : cases) {
    const Marker m = ReadMarker(e.line);
    const std::string_view line = e.line;
    EXPECT_EQ(m.kind, e.kind) << e.line;
    EXPECT_EQ(m.number, e.number) << e.line;
    EXPECT_EQ(m.depth, e.depth) << e.line;
    EXPECT_EQ(line.substr(m.text_begin), e.text) << e.line;
  }
}

TEST(ReadMarker, NearMissesOpenNoItem) {
  for (const char* line : {"2023 là năm bản lề", "15/3/2025 khai giảng", "Ủy ban nhân dân tỉnh",
                           "I love", "a. Công an xã", "Điều chỉnh dự toán", "Chương trình mục tiêu",
                           "Mục tiêu cụ thể", "Phần lớn các xã", "100% hồ sơ", "COVID-19",
                           "Cục Thuế", "1.000 ha lúa", "",
                           // A number whose last part has no mark of its own,
                           // parts of three digits, a mark run into the text.
                           "1.2 Sở Y tế", "1.2.3 Trường học", "123. Hồ sơ", "1.234. Hồ sơ",
                           "3.Kho bạc", "Điều 12.x", "Điều 3.Nội dung", "IV.Nhiệm vụ",
                           "Chương IVa", "Mục 2a"}) {
    EXPECT_EQ(ReadMarker(line).kind, MarkerKind::kNone) << line;
  }
}

TEST(BuildBlocks, ItemsNestByDepthAndCloseAtTheFoot) {
  const Document doc = StructuredText(
      "KẾ HOẠCH\n"
      "Phòng, chống hạn hán năm 2025\n"
      "I. MỤC TIÊU\n"
      "Bảo đảm đủ nước tưới cho 12.000 ha lúa.\n"
      "II. NHIỆM VỤ\n"
      "1. Sở Nông nghiệp và Môi trường\n"
      "a) Chủ trì theo dõi nguồn nước.\n"
      "- Báo cáo hằng tuần.\n"
      "b) Hướng dẫn lịch thời vụ.\n"
      "2. Công ty TNHH MTV Khai thác thủy lợi vận hành các hồ chứa.\n"
      "Nơi nhận:\n"
      "- Như trên;\n");
  ASSERT_EQ(doc.blocks[0].kind, Block::Kind::kDocument);
  // I., II. at the top; 1. and 2. under II.; a) and b) under 1.
  const Block& two = doc.ItemOf(4);
  EXPECT_EQ(doc.markers[4].number, "II");
  EXPECT_EQ(two.begin, 4u);
  EXPECT_EQ(two.end, 10u);  // up to "Nơi nhận"
  const Block& a = doc.ItemOf(6);
  EXPECT_EQ(doc.markers[6].kind, MarkerKind::kLetter);
  EXPECT_EQ(a.begin, 6u);
  EXPECT_EQ(a.end, 8u);  // its bullet is its own
  EXPECT_EQ(doc.blocks[a.parent].begin, 5u);   // under "1."
  EXPECT_EQ(doc.OwnEnd(doc.blocks[a.parent]), 6u);  // "1." has no line before its first sub-item
  EXPECT_EQ(doc.markers[7].kind, MarkerKind::kBullet);
  EXPECT_EQ(doc.ItemOf(7).begin, 6u);
  EXPECT_EQ(doc.ItemOf(9).begin, 9u);
  EXPECT_EQ(doc.blocks[doc.ItemOf(9).parent].begin, 4u);
  // The recipients are outside every item.
  EXPECT_EQ(doc.ItemOf(11).kind, Block::Kind::kDocument);
  EXPECT_EQ(doc.TextAfterMarker(5), "Sở Nông nghiệp và Môi trường");
}

TEST(BuildBlocks, TablesAreGridsWithKnownColumns) {
  const Document doc = StructuredText(
      "KẾ HOẠCH\n"
      "Tiêm phòng gia súc năm 2025\n"
      "1. Lịch tiêm:\n"
      "STT\tNội dung\tThời gian\tĐơn vị chủ trì\n"
      "1\tTiêm phòng đợt 1\tTháng 3/2025\tTrạm Chăn nuôi và Thú y\n"
      "\n"
      "2\tTiêm phòng đợt 2\tTháng 9/2025\tỦy ban nhân dân các xã\n"
      "2. Tổ chức thực hiện.\n");
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& t = doc.tables[0];
  EXPECT_TRUE(t.has_header);
  ASSERT_EQ(t.rows.size(), 3u);  // the blank line between rows keeps the table open
  ASSERT_EQ(t.columns.size(), 4u);
  EXPECT_EQ(t.columns[1], ColumnKind::kContent);
  EXPECT_EQ(t.columns[2], ColumnKind::kTime);
  EXPECT_EQ(t.columns[3], ColumnKind::kLead);
  const TableRow* row = doc.RowAt(6);
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(doc.CellText(*row, 3), "Ủy ban nhân dân các xã");
  EXPECT_EQ(doc.RowAt(7), nullptr);
  // The table stands in item 1, and its rows open no item of their own.
  const Block& table = doc.blocks[doc.line_block[4]];
  EXPECT_EQ(table.kind, Block::Kind::kTable);
  EXPECT_EQ(doc.line_block[5], doc.line_block[4]);
  EXPECT_EQ(doc.blocks[table.parent].begin, 2u);
  EXPECT_EQ(doc.markers[4].kind, MarkerKind::kNone);
  EXPECT_EQ(doc.ItemOf(7).begin, 7u);
}

TEST(BuildBlocks, ATableWhoseFirstRowHasFiguresHasNoHeader) {
  const Document doc = StructuredText(
      "1. Chỉ tiêu:\n"
      "Diện tích lúa\t12.000\tha\n"
      "Năng suất\t62\ttạ/ha\n");
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_FALSE(doc.tables[0].has_header);
  EXPECT_TRUE(doc.tables[0].columns.empty());
  EXPECT_EQ(doc.tables[0].rows[1].cells.size(), 3u);
}

}  // namespace
}  // namespace vanban
