// Dates of one document checked against each other. A scanned "2023" read
// as "2025" gives a date that is still a valid date; what betrays it is a
// document dated before the documents it cites, a year in its number that
// is not the year it was issued, or a deadline that passed before it was
// issued. These are flagged (`date_inconsistent`), not corrected: which of
// the two dates is wrong is for a person looking at the page to say.
#ifndef VANBAN_EXTRACTORS_DATE_CHECKS_H_
#define VANBAN_EXTRACTORS_DATE_CHECKS_H_

#include <vector>

#include "extractors/deadlines.h"
#include "pipeline/model/record.h"

namespace vanban {

std::vector<Warning> CheckDates(const DocumentMeta& meta, const std::vector<Reference>& references,
                                const std::vector<Deadline>& deadlines);

}  // namespace vanban

#endif  // VANBAN_EXTRACTORS_DATE_CHECKS_H_
