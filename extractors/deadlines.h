// Due dates a document sets: "trước ngày 25/4/2025" (before), "chậm nhất
// ngày 04/4/2025", "hoàn thành trong Quý III/2025" (by), "trước ngày 20
// hằng tháng", "trước ngày 31 tháng 3 hằng năm", "trước 16 giờ hằng ngày",
// "trước thứ Sáu hằng tuần" (recurring), "trong thời hạn 10 ngày kể từ ngày
// ký" (by, counted from the issue date), with a time of day when one is
// given ("trước 16 giờ ngày 25/4/2025"). The cue phrases are data
// (deadline_grammar.tsv).
// A day and month without a year take the year of the document's issue
// date and say so (`inferred_year`); a quarter or a month is due on its
// last day; a recurring deadline is due first on its first occurrence
// after the issue date.
#ifndef VANBAN_EXTRACTORS_DEADLINES_H_
#define VANBAN_EXTRACTORS_DEADLINES_H_

#include <optional>
#include <string>
#include <vector>

#include "extractors/agencies.h"
#include "extractors/tasks.h"
#include "pipeline/model/document.h"

namespace vanban {

class Lexicon;
struct DocumentContext;  // extractors/context.h



// `tasks` give each deadline the lead of the item it stands in; the
// context gives the bodies reported to and the issue date, for years left
// out and recurring deadlines.
std::vector<Deadline> ExtractDeadlines(const Document& doc, const Lexicon& lex,
                                       const DocumentContext& cx, const std::vector<Task>& tasks);

}  // namespace vanban

#endif  // VANBAN_EXTRACTORS_DEADLINES_H_
