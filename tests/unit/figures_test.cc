#include "pipeline/language/figures.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

namespace vanban {
namespace {

std::vector<std::string> Numbers(std::string_view text) {
  std::vector<std::string> out;
  size_t from = 0;
  while (auto f = NextFigure(text, from)) {
    out.push_back(std::string(f->number) + (f->percent ? "%" : ""));
    from = f->end;
  }
  return out;
}

TEST(NextFigure, ReadsDotThousandsAndCommaDecimals) {
  const auto f = NextFigure("tiếp nhận 7.819 đơn vị, đạt 95,5 %", 0);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->number, "7.819");
  EXPECT_EQ(f->integer, "7.819");
  EXPECT_EQ(f->decimals, "");
  EXPECT_FALSE(f->percent);
  const auto g = NextFigure("tiếp nhận 7.819 đơn vị, đạt 95,5 %", f->end);
  ASSERT_TRUE(g);
  EXPECT_EQ(g->integer, "95");
  EXPECT_EQ(g->decimals, "5");
  EXPECT_TRUE(g->percent);
  EXPECT_EQ(g->end, std::string_view("tiếp nhận 7.819 đơn vị, đạt 95,5 %").size());
}

TEST(NextFigure, StartsOnlyAfterSpaceOrParenthesis) {
  EXPECT_EQ(Numbers("(85%) và 70% nhưng không x12 hay 3/4"), (std::vector<std::string>{"85%", "70%", "3"}));
  EXPECT_EQ(Numbers("Quý III/2025"), std::vector<std::string>{});
  EXPECT_EQ(Numbers("10%20"), (std::vector<std::string>{"10%", "20"}));  // on where the last ended
}

TEST(NextFigure, ThousandsGroupsNeedThreeDigitsAndAShortHead) {
  EXPECT_EQ(Numbers("1.500.000 đồng"), std::vector<std::string>{"1.500.000"});
  EXPECT_EQ(Numbers("1.2345"), (std::vector<std::string>{"1.234", "5"}));
  EXPECT_EQ(Numbers("2023.5"), std::vector<std::string>{"2023"});
  EXPECT_EQ(Numbers("1.23"), std::vector<std::string>{"1"});
  EXPECT_EQ(Numbers("12,"), std::vector<std::string>{"12"});
}

// The scanner replaced this pattern (read with RE2::FindAndConsume); on
// random strings of the characters that matter, both read the same.
TEST(NextFigure, AgreesWithThePatternItReplaced) {
  static const RE2 kFigure(R"((?:^|[\s(])((\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?)\s*(%)?)");
  const std::string alphabet = "0123456789012345.,.,% \t(x/-";
  std::mt19937 rng(20261122);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const size_t len = rng() % 16;
    for (size_t i = 0; i < len; ++i) text += alphabet[rng() % alphabet.size()];
    std::vector<std::string> expected;
    re2::StringPiece in(text);
    re2::StringPiece number, integer, decimals, percent;
    while (RE2::FindAndConsume(&in, kFigure, &number, &integer, &decimals, &percent)) {
      expected.push_back(std::string(number) + "|" + std::string(integer) + "|" +
                         std::string(decimals) + "|" + std::string(percent) + "|" +
                         std::to_string(in.data() - text.data()));
    }
    std::vector<std::string> got;
    size_t from = 0;
    while (auto f = NextFigure(text, from)) {
      got.push_back(std::string(f->number) + "|" + std::string(f->integer) + "|" +
                    std::string(f->decimals) + "|" + (f->percent ? "%" : "") + "|" +
                    std::to_string(f->end));
      from = f->end;
    }
    ASSERT_EQ(got, expected) << "text: [" << text << "]";
  }
}

// Numbers written in words, as a count of days is ("mười lăm ngày"); a
// word that is no number, or a digit word that is something else before
// "mươi" is not read past.
TEST(SpelledNumber, OneToNinetyNine) {
  const std::pair<const char*, int> cases[] = {
      {"bảy ngày", 7},        {"mười ngày", 10},      {"mười lăm ngày", 15},
      {"mười một", 11},       {"hai mươi ngày", 20},  {"hai mươi mốt ngày", 21},
      {"ba mươi lăm tuần", 35}, {"chín mươi chín", 99}, {"Mười lăm ngày", 15},
      {"năm ngày", 5},        {"bốn mươi tư", 44},    {"sáu tháng", 6},
  };
  for (const auto& [text, want] : cases) {
    size_t used = 0;
    const auto n = SpelledNumber(text, &used);
    ASSERT_TRUE(n) << text;
    EXPECT_EQ(*n, want) << text;
    const std::string_view rest = std::string_view(text).substr(used);
    EXPECT_TRUE(rest.empty() || rest.starts_with(" ")) << text;
  }
  size_t used = 0;
  EXPECT_EQ(SpelledNumber("mười lăm ngày", &used), 15);
  EXPECT_EQ(used, std::string_view("mười lăm").size());
  EXPECT_FALSE(SpelledNumber("ngày mười lăm"));
  EXPECT_FALSE(SpelledNumber("mươi ngày"));
  EXPECT_FALSE(SpelledNumber("15 ngày"));
}

}  // namespace
}  // namespace vanban
