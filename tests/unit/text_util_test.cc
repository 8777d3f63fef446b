// Word splitting, which every extractor stands on.
#include "pipeline/language/text_util.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "tests/unit/test_support.h"

namespace vanban {
namespace {

TEST(Words, SplitAtSpacesAndTabsOnly) {
  EXPECT_EQ(Words("Ủy ban  nhân\tdân tỉnh,"),
            (std::vector<std::string_view>{"Ủy", "ban", "nhân", "dân", "tỉnh,"}));
  EXPECT_EQ(Words("  \t "), std::vector<std::string_view>{});
  EXPECT_EQ(Words("Sở Y tế phối hợp", 2), (std::vector<std::string_view>{"Sở", "Y"}));
  // Words longer than the eight bytes read at once, and one at the very end.
  EXPECT_EQ(Words("Tổ chức hiến máu tình nguyện-Ban_Chỉ_đạo x"),
            (std::vector<std::string_view>{"Tổ", "chức", "hiến", "máu", "tình",
                                           "nguyện-Ban_Chỉ_đạo", "x"}));
}

// Against the rule stated plainly, on lines of every length and mix, so that
// separators at each place of an eight-byte block are met.
TEST(Words, AgreeWithAByteByByteSplitOnRandomLines) {
  const std::vector<std::string> pieces = {" ", "\t", "  ", "a", "Đ", "ệ", "x1", ",", "\n", "\r"};
  std::mt19937 rng(5);
  for (int t = 0; t < 20000; ++t) {
    std::string line;
    for (int k = static_cast<int>(rng() % 30); k > 0; --k) line += pieces[rng() % pieces.size()];
    std::vector<std::string_view> want;
    size_t start = 0;
    for (size_t i = 0; i <= line.size(); ++i) {
      if (i == line.size() || line[i] == ' ' || line[i] == '\t') {
        if (i > start) want.push_back(std::string_view(line).substr(start, i - start));
        start = i + 1;
      }
    }
    ASSERT_EQ(Words(line), want) << line;
    const size_t limit = rng() % 4;
    want.resize(std::min(want.size(), limit));
    ASSERT_EQ(Words(line, limit), want) << line;
  }
}

// Every byte value at every place of an eight-byte block and past it.
TEST(HasDigit, FindsADigitAnywhereAndNothingElse) {
  for (size_t length = 1; length <= 19; ++length) {
    for (size_t at = 0; at < length; ++at) {
      for (int b = 1; b < 256; ++b) {
        std::string s(length, 'x');
        s[at] = static_cast<char>(b);
        ASSERT_EQ(HasDigit(s), b >= '0' && b <= '9') << length << " " << at << " " << b;
      }
    }
  }
  EXPECT_FALSE(HasDigit(""));
  EXPECT_TRUE(HasDigit("Ngày 07/4 toàn dân hiến máu"));
  EXPECT_FALSE(HasDigit("Ủy ban nhân dân tỉnh Lạng Sơn /:"));
}

TEST(StripPunct, DropsThePunctuationAroundAWord) {
  EXPECT_EQ(StripPunct("(UBND"), "UBND");
  EXPECT_EQ(StripPunct("tỉnh;"), "tỉnh");
  EXPECT_EQ(StripPunct("hội./."), "hội");
  EXPECT_EQ(StripPunct("\"Ngày"), "Ngày");
  // Inside the word it stays.
  EXPECT_EQ(StripPunct("b/c"), "b/c");
  EXPECT_EQ(StripPunct("12/KH-UBND,"), "12/KH-UBND");
}

TEST(Trim, DropsSpacesAndTabsAtBothEnds) {
  EXPECT_EQ(Trim(" \t Sở Y tế \t"), "Sở Y tế");
  EXPECT_EQ(Trim(" \t "), "");
  EXPECT_EQ(Trim(""), "");
  EXPECT_EQ(Trim("a"), "a");
}

// A body's name in capitals (a header's) written as Vietnamese writes it:
// the head's own spelling, the field's first word and every field joined to
// it capitalised, a level and its place after (Nghị định 30/2020/NĐ-CP).
TEST(AgencyCase, HeadFieldLevelAndPlace) {
  const std::pair<const char*, const char*> cases[] = {
      {"SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG", "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang"},
      {"TRUNG TÂM Y TẾ HUYỆN KIM BẢNG", "Trung tâm Y tế huyện Kim Bảng"},
      {"VĂN PHÒNG CHÍNH PHỦ", "Văn phòng Chính phủ"},
      {"TỔNG CỤC THUẾ", "Tổng cục Thuế"},
      {"ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Ủy ban nhân dân tỉnh Quảng Ngãi"},
      {"BAN CHỈ ĐẠO VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN", "Ban Chỉ đạo vận động hiến máu tình nguyện"},
  };
  for (const auto& [upper, want] : cases) EXPECT_EQ(AgencyCase(upper, testing::Lex()), want) << upper;
}

}  // namespace
}  // namespace vanban
