// Figures a document sets out to reach: "phấn đấu … từ 9.000 đơn vị máu
// trở lên", "ít nhất 15% cán bộ …", and every percentage or counted figure
// in a section headed "Chỉ tiêu" / "Mục tiêu". Statistics about the past,
// prices per unit, ages, dates and bare numbers are not targets. Cues,
// units and comparators are data (target_grammar.tsv).
#ifndef VANBAN_EXTRACTORS_TARGETS_H_
#define VANBAN_EXTRACTORS_TARGETS_H_

#include <optional>
#include <string>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/record.h"

namespace vanban {

class Lexicon;
struct DocumentContext;  // extractors/context.h


// The context's year of issue (0 when unknown) tells a past year's
// statistics from targets.
std::vector<Target> ExtractTargets(const Document& doc, const Lexicon& lex,
                                   const DocumentContext& cx);

}  // namespace vanban

#endif  // VANBAN_EXTRACTORS_TARGETS_H_
