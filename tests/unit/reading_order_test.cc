#include "pipeline/layout/reading_order.h"

#include <gtest/gtest.h>

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
  // Capitals 25 points apart on 14-point rows (1.8 line heights) are the
  // issuer and the quốc hiệu; a blank as wide after "Số:" is the serial
  // left for the pen, and stays in its line.
  auto word = [](const char* text, double x0, double x1, double y) {
    return PositionedWord{text, x0, y, x1, y + 14, true, std::nullopt};
  };
  std::vector<PositionedWord> w = {
      word("UBND", 90, 130, 50),     word("TỈNH", 134, 170, 50), word("CỘNG", 195, 235, 50),
      word("HÒA", 239, 265, 50),     word("Số:", 90, 110, 66),   word("/SCT-QLTM", 135, 185, 66),
      word("Độc", 230, 250, 66),     word("lập", 254, 270, 66),
  };
  const std::vector<std::string> want = {"UBND TỈNH", "Số: /SCT-QLTM", "CỘNG HÒA", "Độc lập"};
  EXPECT_EQ(Texts(OrderWords(w, 595)), want);
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

}  // namespace
}  // namespace vanban
