#include "extractors/date_checks.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

DocumentMeta DatedMeta(const std::string& issued, const std::string& number = "") {
  DocumentMeta meta;
  meta.issued = DateField{*ParseIso(issued), {}};
  if (!number.empty()) meta.number = Field{number, {}};
  return meta;
}

Reference Cited(const std::string& number, const std::string& issued) {
  Reference r;
  r.type = "ke_hoach";
  r.number = number;
  r.issued = ParseIso(issued);
  r.role = ReferenceRole::kBasis;
  return r;
}

Deadline Due(const std::string& due, bool inferred = false,
             DeadlineKind kind = DeadlineKind::kBefore) {
  Deadline d;
  d.due = *ParseIso(due);
  d.kind = kind;
  d.inferred_year = inferred;
  return d;
}

// A scanned 2025 read as 2023 in the date line: the document now predates
// the plan it implements.
TEST(CheckDates, DocumentOlderThanWhatItCites) {
  const auto w = CheckDates(DatedMeta("2023-03-12"), {Cited("45/KH-UBND", "2025-02-20")}, {});
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].code, WarningCode::kDateInconsistent);
  EXPECT_NE(w[0].message.find("45/KH-UBND"), std::string::npos) << w[0].message;
}

TEST(CheckDates, NumberYearAndPassedDeadlines) {
  EXPECT_EQ(CheckDates(DatedMeta("2025-01-09", "86/2023/QĐ-UBND"), {}, {}).size(), 1u);
  EXPECT_EQ(CheckDates(DatedMeta("2025-03-12"), {}, {Due("2023-06-30")}).size(), 1u);
}

TEST(CheckDates, ConsistentDatesPass) {
  // Same day, earlier citations, the number's own year, later deadlines,
  // a month-precise date against a day in it, inferred and recurring dues.
  EXPECT_TRUE(CheckDates(DatedMeta("2025-03-12", "12/2025/QĐ-UBND"),
                         {Cited("45/KH-UBND", "2025-03-12"), Cited("1/KH-UBND", "2024-12-31")},
                         {Due("2025-06-30"), Due("2025-03-12")})
                  .empty());
  EXPECT_TRUE(CheckDates(DatedMeta("2023-02"), {Cited("7/KH-UBND", "2023-02-20")}, {}).empty());
  EXPECT_TRUE(CheckDates(DatedMeta("2025-03-12"), {},
                         {Due("2025-01-20", true), Due("2025-01-20", false, DeadlineKind::kRecurring)})
                  .empty());
  EXPECT_TRUE(CheckDates(DocumentMeta{}, {Cited("45/KH-UBND", "2025-02-20")}, {}).empty());
}

}  // namespace
}  // namespace vanban
