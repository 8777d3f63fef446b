// The time grammar on its own: tests/unit/data/time_grammar.tsv holds each
// phrasing with the value it resolves to, or "none" for a near miss.
#include "pipeline/language/time_grammar.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/unit/test_support.h"

namespace vanban {
namespace {

struct Case {
  std::string forms, text, value;
};

std::vector<Case> Cases() {
  std::vector<Case> out;
  for (auto& [forms, text, value] : testing::DataRows("time_grammar.tsv")) {
    out.push_back({std::move(forms), std::move(text), std::move(value)});
  }
  return out;
}

const TimeAnchor kAnchor{Date(2025, 3, 10), 2025};

// "first..last flags" of an expression, as the data file writes it.
std::string Written(const TimeExpr& e) {
  Date last = e.End().last;
  std::string s = e.from.first.Iso() + ".." + last.Iso();
  if (e.inferred_year) s += " inferred";
  if (e.lunar) s += " lunar";
  if (e.relative) s += " relative";
  if (e.until) s += " until";
  if (e.blank) s += " blank";
  return s;
}

// "FREQ day=D month=M weekday=W next=ISO" of a recurring time.
std::string Written(const RecurringTime& r) {
  static constexpr const char* kNames[] = {"daily", "weekly", "monthly", "quarterly", "yearly"};
  std::string s = kNames[static_cast<int>(r.every)];
  if (r.day) s += " day=" + std::to_string(r.day);
  if (r.month) s += " month=" + std::to_string(r.month);
  if (r.weekday) s += " weekday=" + std::to_string(r.weekday);
  if (r.next) s += " next=" + r.next->Iso();
  return s;
}

std::string Read(const Case& c) {
  if (c.forms == "every") {
    const std::optional<RecurringTime> r = ReadRecurringAt(c.text, kAnchor);
    return r ? Written(*r) : "none";
  }
  if (c.forms == "cue") {
    const std::optional<TimeExpr> e = ReadTimeAt(
        c.text, kAnchor, TimeForms{.bare_day_month = true, .bare_year = true, .intervals = false});
    return e ? Written(*e) : "none";
  }
  const std::vector<TimeExpr> all = FindTimes(c.text, kAnchor);
  return all.empty() ? "none" : Written(all.front());
}

TEST(TimeGrammar, EachPhrasingResolvesToItsValue) {
  const std::vector<Case> cases = Cases();
  size_t near_misses = 0;
  for (const Case& c : cases) {
    EXPECT_EQ(Read(c), c.value) << c.forms << ": " << c.text;
    near_misses += c.value == "none";
  }
  EXPECT_GE(cases.size(), 100u);
  EXPECT_GE(near_misses, 25u);
}

// The bytes an expression covers are the text it was read from.
TEST(TimeGrammar, SpansCoverWhatWasRead) {
  const std::string text = "Sở Y tế báo cáo trước 16 giờ 00, thứ Hai, ngày 20/10/2025 và tháng 11/2025.";
  const std::vector<TimeExpr> all = FindTimes(text, kAnchor);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(text.substr(all[0].begin, all[0].length), "16 giờ 00, thứ Hai, ngày 20/10/2025");
  EXPECT_EQ(all[0].weekday, 1);
  EXPECT_EQ(text.substr(all[1].begin, all[1].length), "tháng 11/2025");
}

// Without an anchor's year, a day or month that leaves its year out is not
// read: nothing is guessed.
TEST(TimeGrammar, NoYearNoAnchorNoValue) {
  EXPECT_TRUE(FindTimes("trước ngày 15/6", TimeAnchor{}).empty());
  EXPECT_TRUE(FindTimes("trong quý II", TimeAnchor{}).empty());
  EXPECT_EQ(FindTimes("trong quý II/2025", TimeAnchor{}).size(), 1u);
}

TEST(QuarterNumber, RomanDigitsAndOcrMisreadings) {
  EXPECT_EQ(QuarterNumber("I"), 1);
  EXPECT_EQ(QuarterNumber("IV"), 4);
  EXPECT_EQ(QuarterNumber("II1"), 3);
  EXPECT_EQ(QuarterNumber("Il"), 2);
  EXPECT_EQ(QuarterNumber("3"), 3);
  EXPECT_EQ(QuarterNumber("V"), 0);
  EXPECT_EQ(QuarterNumber("5"), 0);
}

}  // namespace
}  // namespace vanban
