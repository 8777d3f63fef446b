// Ruled tables on a page with a text layer. The text layer says where each
// word is but not where the rules are, and a cell whose text wraps comes
// out of the reading order as several half-rows. So the page is rendered
// small, its grid found as on a scan (table_grid.h), and the words inside
// the grid are gathered cell by cell into one line per row.
#ifndef VANBAN_PIPELINE_INGEST_PDF_TABLES_H_
#define VANBAN_PIPELINE_INGEST_PDF_TABLES_H_

#include <vector>

#include "pipeline/model/document.h"

namespace poppler {
class page;
}

namespace vanban {

// Takes the words inside the page's ruled tables out of `words` and returns
// the tables' rows (cells tab-separated, boxes in points).
std::vector<RawLine> TakeTableRows(const poppler::page& page, std::vector<PositionedWord>* words);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_INGEST_PDF_TABLES_H_
