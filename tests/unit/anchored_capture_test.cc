#include "pipeline/base/anchored_capture.h"

#include <gtest/gtest.h>

#include <string>

namespace vanban {
namespace {

// ConsumeCapturing and FullMatchCapturing must answer as RE2::Consume and
// RE2::FullMatch do, whatever the input.
void ExpectSameAsRe2(const RE2& re, const std::string& text) {
  std::string a1, a2, b1, b2;
  re2::StringPiece in_a(text), in_b(text);
  const bool consumed_a = RE2::Consume(&in_a, re, &a1, &a2);
  const bool consumed_b = ConsumeCapturing(&in_b, re, &b1, &b2);
  EXPECT_EQ(consumed_a, consumed_b) << text;
  EXPECT_EQ(in_a.data(), in_b.data()) << text;
  EXPECT_EQ(a1, b1) << text;
  EXPECT_EQ(a2, b2) << text;
  std::string c1, c2, d1, d2;
  EXPECT_EQ(RE2::FullMatch(text, re, &c1, &c2), FullMatchCapturing(text, re, &d1, &d2)) << text;
  EXPECT_EQ(c1, d1) << text;
  EXPECT_EQ(c2, d2) << text;
}

TEST(AnchoredCapture, AnswersAsRe2) {
  // A lazy group, an end that reads past the match, and a word boundary.
  const RE2 lazy(R"(\s*của\s+(.+?)(?:\s+(về|tại)(?:[^\pL]|$)|\s*[;,]|\s*$))");
  const RE2 date(R"(\s*(?:ngày\s*)?(\d{1,2})?\s*tháng\s*(\d{1,2})\b)");
  for (const std::string text :
       {" của Bộ Y tế về việc", "của Sở Y tế tại", "của Sở Y tế tạiđây", "của UBND tỉnh; và",
        "của Bộ Y tế", "của", " của  ", "ngày 07 tháng 4 năm", "tháng 12", "tháng 123",
        "ngày tháng 4", "năm 2025", ""}) {
    ExpectSameAsRe2(lazy, text);
    ExpectSameAsRe2(date, text);
  }
}

TEST(AnchoredCapture, FailsLikeRe2OnUnparsableOrMissingGroups) {
  const RE2 re(R"((\d+)?x(\d*))");
  int a = -1, b = -1;
  re2::StringPiece in_a("x5"), in_b("x5");
  // An int cannot be parsed from the group that did not take part.
  EXPECT_FALSE(RE2::Consume(&in_a, re, &a, &b));
  EXPECT_FALSE(ConsumeCapturing(&in_b, re, &a, &b));
  std::string s;
  EXPECT_FALSE(FullMatchCapturing("12x3", re, &s, &s, &s));  // more arguments than groups
  EXPECT_TRUE(FullMatchCapturing("12x3", re, &a, &b));
  EXPECT_EQ(a, 12);
  EXPECT_EQ(b, 3);
}

}  // namespace
}  // namespace vanban
