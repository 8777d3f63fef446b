#include "pipeline/layout/reading_order.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

namespace vanban {
namespace {

// Lays out `text` as words of a fixed width starting at (x, y).
void Put(std::vector<PositionedWord>* out, const std::string& text, double x, double y,
         double height = 14) {
  std::istringstream in(text);
  std::string w;
  while (in >> w) {
    const double width = 6.0 * static_cast<double>(w.size());
    out->push_back({w, x, y, x + width, y + height, true, std::nullopt});
    x += width + 4;
  }
}

std::vector<std::string> Texts(const std::vector<RawLine>& lines) {
  std::vector<std::string> out;
  for (const auto& l : lines) {
    if (!l.text.empty()) out.push_back(l.text);
  }
  return out;
}

TEST(OrderWords, ReadsTwoColumnHeaderColumnByColumn) {
  std::vector<PositionedWord> w;
  Put(&w, "ỦY BAN", 90, 50);
  Put(&w, "CỘNG HÒA", 330, 50);
  Put(&w, "HUYỆN A", 90, 66);
  Put(&w, "Độc lập", 330, 66);
  Put(&w, "Số: 12/UBND", 90, 82);
  Put(&w, "A, ngày 1", 330, 82);
  Put(&w, "CHỈ THỊ", 260, 110);
  const auto lines = OrderWords(w, 595);
  const std::vector<std::string> want = {"ỦY BAN", "HUYỆN A", "Số: 12/UBND", "CỘNG HÒA",
                                         "Độc lập", "A, ngày 1", "CHỈ THỊ"};
  EXPECT_EQ(Texts(lines), want);
}

TEST(OrderWords, HeaderCapitalsCloseTogetherAreStillTwoBlocks) {
  // Capitals 25 points apart on 14-point rows (1.8 line heights), either
  // side of the page's middle, are the issuer and the quốc hiệu; a blank
  // as wide after "Số:" is the serial left for the pen, and stays in its
  // line.
  auto word = [](const char* text, double x0, double x1, double y) {
    return PositionedWord{text, x0, y, x1, y + 14, true, std::nullopt};
  };
  std::vector<PositionedWord> w = {
      word("UBND", 200, 240, 50),    word("TỈNH", 244, 280, 50), word("CỘNG", 305, 345, 50),
      word("HÒA", 349, 375, 50),     word("Số:", 200, 220, 66),  word("/SCT-QLTM", 245, 295, 66),
      word("Độc", 340, 360, 66),     word("lập", 364, 380, 66),
  };
  const std::vector<std::string> want = {"UBND TỈNH", "Số: /SCT-QLTM", "CỘNG HÒA", "Độc lập"};
  EXPECT_EQ(Texts(OrderWords(w, 595)), want);
}

// On a skewed scan two neighbouring lines' boxes overlap in most of their
// height; the lines OCR read apart stay apart, where without the line
// numbers their words would interleave ("- - Ban Ban Tuyên Dân vận giáo").
// Lines side by side (the header's two columns) still share a row.
TEST(OrderWords, LinesOcrReadApartStayApartOnASkewedScan) {
  auto word = [](const char* text, double x0, double x1, double y, int line) {
    PositionedWord w{text, x0, y, x1, y + 20, true, 0.9};
    w.ocr_line = line;
    return w;
  };
  std::vector<PositionedWord> w = {
      word("-", 85, 90, 100, 0),      word("Ban", 95, 120, 100, 0),
      word("Tuyên", 125, 160, 100, 0), word("giáo;", 165, 200, 100, 0),
      word("-", 86, 91, 108, 1),      word("Ban", 96, 121, 108, 1),
      word("Dân", 126, 150, 108, 1),   word("vận;", 155, 190, 108, 1)};
  // A full line above sets the margins: the list lines end short of them.
  Put(&w, "Nơi nhận của chỉ thị này gồm các cơ quan trong danh sách sau đây", 85, 60, 20);
  w.back().x1 = 540;
  EXPECT_EQ(Texts(OrderWords(w, 595)),
            (std::vector<std::string>{"Nơi nhận của chỉ thị này gồm các cơ quan trong danh sách sau đây",
                                      "- Ban Tuyên giáo;", "- Ban Dân vận;"}));
  // The same words from a text layer (no OCR lines) make one row, as before.
  for (PositionedWord& x : w) x.ocr_line = -1;
  EXPECT_EQ(Texts(OrderWords(w, 595)).size(), 2u);
  // Two OCR lines side by side, at the same height: one row, two blocks.
  std::vector<PositionedWord> header = {
      word("UBND", 200, 240, 50, 0), word("TỈNH", 244, 280, 50, 0),
      word("CỘNG", 330, 370, 52, 1), word("HÒA", 374, 400, 52, 1),
      word("Số:", 200, 220, 76, 2),  word("Độc", 340, 360, 78, 3), word("lập", 364, 380, 78, 3)};
  EXPECT_EQ(Texts(OrderWords(header, 595)),
            (std::vector<std::string>{"UBND TỈNH", "Số:", "CỘNG HÒA", "Độc lập"}));
}

TEST(OrderWords, JoinsWrappedParagraphLinesButNotNewParagraphs) {
  std::vector<PositionedWord> w;
  // Justified lines reach the right margin; the next paragraph is indented.
  Put(&w, "Hiến máu tình nguyện là nghĩa cử cao đẹp mang ý nghĩa nhân", 85, 100);
  Put(&w, "đạo sâu sắc.", 85, 115);
  Put(&w, "Năm 2022 toàn tỉnh tổ chức 19 đợt vận động hiến máu tình", 120, 136);
  Put(&w, "nguyện.", 85, 151);
  // Make the first and third lines end at the same right margin.
  w[10].x1 = 540;
  w[23].x1 = 540;
  const auto texts = Texts(OrderWords(w, 595));
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts[0], "Hiến máu tình nguyện là nghĩa cử cao đẹp mang ý nghĩa nhân đạo sâu sắc.");
  EXPECT_EQ(texts[1], "Năm 2022 toàn tỉnh tổ chức 19 đợt vận động hiến máu tình nguyện.");
}

TEST(OrderWords, RaisedSmallDigitsBecomeFootnoteMarks) {
  std::vector<PositionedWord> w;
  w.push_back({"tỉnh", 85, 100, 110, 114, false, std::nullopt});
  w.push_back({"1", 110, 98, 114, 106, true, std::nullopt});
  w.push_back({"và", 118, 100, 130, 114, true, std::nullopt});
  EXPECT_EQ(Texts(OrderWords(w, 595)), std::vector<std::string>{"tỉnh¹ và"});
}

TEST(OrderWords, RowsOfThreeOrMoreBlocksAreTableRows) {
  std::vector<PositionedWord> w;
  Put(&w, "1", 90, 100);
  Put(&w, "Thôn Cầu Cả", 160, 100);
  Put(&w, "Ngày 08/4", 330, 100);
  Put(&w, "Nhà văn hóa", 460, 100);
  EXPECT_EQ(Texts(OrderWords(w, 595)),
            std::vector<std::string>{"1\tThôn Cầu Cả\tNgày 08/4\tNhà văn hóa"});
}

// A table whose header wraps starts as two blocks side by side; its rows
// of cells end that zone, and body lines below it, whose word spaces
// happen to fall under the table's gutter, are read whole.
TEST(OrderWords, BodyUnderATableIsNotReadAsItsColumns) {
  std::vector<PositionedWord> w;
  Put(&w, "Diện tích", 300, 100);
  Put(&w, "Năng suất", 420, 100);
  Put(&w, "STT", 100, 115);
  Put(&w, "Địa bàn", 160, 115);
  Put(&w, "1", 100, 130);
  Put(&w, "Huyện Châu Phú", 160, 130);
  Put(&w, "52.000", 300, 130);
  Put(&w, "72", 420, 130);
  // A justified body line whose word space (6 points) falls in the gutter
  // before the table's last column.
  std::vector<PositionedWord> body;
  Put(&body, "1. Chi cục Trồng trọt chủ", 85, 160);
  const double shift = 420 - (body.back().x1 + 6);
  for (auto& b : body) b.x0 += shift, b.x1 += shift;
  Put(&body, "trì, phối hợp", 420, 160);
  w.insert(w.end(), body.begin(), body.end());
  const auto texts = Texts(OrderWords(w, 595));
  ASSERT_FALSE(texts.empty());
  EXPECT_EQ(texts.back(), "1. Chi cục Trồng trọt chủ trì, phối hợp");
  EXPECT_NE(std::find(texts.begin(), texts.end(), "1\tHuyện Châu Phú\t52.000\t72"), texts.end());
}

}  // namespace
}  // namespace vanban
