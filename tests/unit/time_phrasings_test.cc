// The time grammar as the extractors read it (#20): every phrasing of
// tests/unit/data/time_phrasings.tsv, in a plan of 01/03/2025, gives the
// deadline or event it names, with its resolved value, or nothing for a
// near miss.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/ingest/source.h"
#include "pipeline/runner.h"
#include "test_support.h"

namespace vanban {
namespace {

struct Phrasing {
  std::string kind, sentence, value;
};

std::vector<Phrasing> Phrasings() {
  std::vector<Phrasing> out;
  for (auto& [kind, sentence, value] : testing::DataRows("time_phrasings.tsv")) {
    out.push_back({std::move(kind), std::move(sentence), std::move(value)});
  }
  return out;
}

Extraction Read(const std::string& sentence) {
  const std::string text =
      "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 12/KH-UBND\nLạng Sơn, ngày 01 tháng 3 năm 2025\n\n"
      "KẾ HOẠCH\nTổ chức công tác năm 2025\n\nIII. TỔ CHỨC THỰC HIỆN\n" + sentence + "\n";
  return std::move(ExtractSource(SourceFromBytes("t.txt", text).value(), testing::Lex(), nullptr)
                       .value());
}

TEST(TimePhrasings, EachReadsToItsValue) {
  const std::vector<Phrasing> all = Phrasings();
  ASSERT_GE(all.size(), 150u);
  size_t deadlines = 0, events = 0, near_misses = 0;
  for (const Phrasing& p : all) {
    SCOPED_TRACE(p.sentence);
    const Extraction x = Read(p.sentence);
    std::vector<std::string> due, start;
    for (const Deadline& d : x.deadlines) due.push_back(d.due.Iso());
    for (const Event& e : x.events) start.push_back(e.start.Iso() + (e.end ? "/" + e.end->Iso() : ""));
    if (p.kind == "deadline") {
      ++deadlines;
      EXPECT_NE(std::find(due.begin(), due.end(), p.value), due.end());
    } else if (p.kind == "event") {
      ++events;
      EXPECT_NE(std::find(start.begin(), start.end(), p.value), start.end());
    } else {
      ASSERT_EQ(p.kind, "none");
      ++near_misses;
      EXPECT_TRUE(due.empty() && start.empty());
    }
  }
  EXPECT_GE(near_misses, 30u);
  EXPECT_GT(deadlines, 0u);
  EXPECT_GT(events, 0u);
}

}  // namespace
}  // namespace vanban
