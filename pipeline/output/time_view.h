// The time expressions of a record, for debugging calendars
// (`--format times`): every date the extractors gave an item, with the
// words it was read from and the item, then every time expression the
// time grammar finds in the text that no item took.
#ifndef VANBAN_PIPELINE_OUTPUT_TIME_VIEW_H_
#define VANBAN_PIPELINE_OUTPUT_TIME_VIEW_H_

#include <string>

#include "pipeline/model/record.h"

namespace vanban {

// One line per time expression, in the order of the text, tab-separated:
// page, the words (the item's span, or the date as written), the value
// (ISO 8601; "start/end" for a window or period; "lunar D/M/Y" after a
// lunar day's; "(year inferred)", "(from the issue date)", "until" where
// the grammar said so), and what used it ("issued", "reference
// 12/KH-UBND", "deadline by: Sở Y tế", "event: Lễ khai mạc", "target
// period", or "-" for an expression no item took).
std::string TimeExpressions(const Extraction& x);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_OUTPUT_TIME_VIEW_H_
