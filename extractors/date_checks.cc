#include "extractors/date_checks.h"

#include <re2/re2.h>

#include <string>


namespace vanban {

namespace {

// Whether `a` is certainly later than `b`, comparing only what both give
// ("2023-02" is not later than "2023-02-22").
bool CertainlyLater(const Date& a, const Date& b) {
  if (a.year != b.year) return a.year > b.year;
  if (a.month == 0 || b.month == 0 || a.month != b.month) return a.month > b.month && b.month != 0;
  return a.day != 0 && b.day != 0 && a.day > b.day;
}

std::string Describe(const Reference& r) {
  std::string out = r.type;
  if (r.number) out += " " + *r.number;
  return out;
}

void CheckReferences(const Date& issued, const std::vector<Reference>& references,
                     std::vector<Warning>* out) {
  for (const Reference& r : references) {
    if (!r.issued || !CertainlyLater(*r.issued, issued)) continue;
    out->push_back({WarningCode::kDateInconsistent,
                    "the document is dated " + issued.Iso() + " but cites " + Describe(r) +
                        " dated " + r.issued->Iso() + ": one of the two dates may be misread"});
  }
}

// "12/2023/QĐ-UBND": the year in a number is the year of issue.
void CheckNumberYear(const Date& issued, const DocumentMeta& meta,
                     std::vector<Warning>* out) {
  static const RE2 kYearInNumber(R"(^\d+/((?:19|20)\d\d)/)");
  int year = 0;
  if (!meta.number || !RE2::PartialMatch(meta.number->value, kYearInNumber, &year)) return;
  if (year == issued.year) return;
  out->push_back({WarningCode::kDateInconsistent, "the number " + meta.number->value + " gives the year " +
                                           std::to_string(year) + " but the document is dated " +
                                           issued.Iso() + ": one of the two may be misread"});
}

void CheckDeadlines(const Date& issued, const std::vector<Deadline>& deadlines,
                    std::vector<Warning>* out) {
  for (const Deadline& d : deadlines) {
    if (d.inferred_year || d.kind == DeadlineKind::kRecurring) continue;
    if (!CertainlyLater(issued, d.due)) continue;
    out->push_back({WarningCode::kDateInconsistent, "the deadline " + d.due.Iso() +
                                             " falls before the document's date " + issued.Iso() +
                                             ": one of the two dates may be misread"});
  }
}

}  // namespace

std::vector<Warning> CheckDates(const DocumentMeta& meta, const std::vector<Reference>& references,
                                const std::vector<Deadline>& deadlines) {
  std::vector<Warning> out;
  if (!meta.issued) return out;
  const Date& issued = meta.issued->value;
  CheckReferences(issued, references, &out);
  CheckNumberYear(issued, meta, &out);
  CheckDeadlines(issued, deadlines, &out);
  return out;
}

}  // namespace vanban
