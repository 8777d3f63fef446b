#include "pipeline/ingest/emphasis.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

namespace vanban {
namespace {

std::string Replaced(std::string s) {
  ReplaceEmphasis(&s);
  return s;
}

// More cases through StripInlineMarkup: text_reader_test.cc.
TEST(ReplaceEmphasis, KeepsTheTextOfEachEmphasis) {
  EXPECT_EQ(Replaced("**2.** Sở Y tế chủ trì"), "2. Sở Y tế chủ trì");
  EXPECT_EQ(Replaced("__Điều 1__. Phê duyệt"), "Điều 1. Phê duyệt");
  EXPECT_EQ(Replaced("a *b* c"), "a b c");
}

TEST(ReplaceEmphasis, LeavesMarksThatEncloseNothing) {
  std::string s = "Ghi chú: (*) số liệu năm 2022; 5 * 3 = 15; snake_case";
  EXPECT_EQ(ReplaceEmphasis(&s), 0);
  EXPECT_EQ(s, "Ghi chú: (*) số liệu năm 2022; 5 * 3 = 15; snake_case");
}

TEST(ReplaceEmphasis, CountsTheEmphasesReplaced) {
  std::string s = "**a** và *b* và __c__";
  EXPECT_EQ(ReplaceEmphasis(&s), 3);
  EXPECT_EQ(s, "a và b và c");
}

// The scan replaced this pattern; on random strings of the characters that
// matter, valid UTF-8 or not, both give the same text and count.
TEST(ReplaceEmphasis, AgreesWithThePatternItReplaced) {
  static const RE2 kEmphasis(R"((\*{1,3}|_{2,3})(\S|\S.*?\S)(\*{1,3}|_{2,3}))");
  const std::vector<std::string> pieces = {"*", "*", "*", "_", "_", " ", "\t", "\n", "\r",
                                           "a", "ư", "“", ".", "𝔸", "\xff", "\xe1\xba"};
  std::mt19937 rng(20261122);
  for (int round = 0; round < 50000; ++round) {
    std::string text;
    const size_t len = rng() % 14;
    // Invalid bytes in one string in ten: the rest take the scan's path.
    const size_t kinds = round % 10 == 0 ? pieces.size() : pieces.size() - 2;
    for (size_t i = 0; i < len; ++i) text += pieces[rng() % kinds];
    std::string want = text;
    const int want_count = RE2::GlobalReplace(&want, kEmphasis, "\\2");
    std::string got = text;
    const int got_count = ReplaceEmphasis(&got);
    ASSERT_EQ(got, want) << "text: " << text;
    ASSERT_EQ(got_count, want_count) << "text: " << text;
  }
}

}  // namespace
}  // namespace vanban
