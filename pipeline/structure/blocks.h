// The body as a tree: the marker each line opens with, the items those
// markers open (a "Phần"/"Chương"/"Điều"/Roman heading, "1.", "1.2.", "a)"),
// the paragraphs under them, and tables as grids of cells.
//
// This is the one grammar of markers, bullets and table cells: extractors
// ask the Document (its markers, blocks and tables) instead of matching
// them again.
#ifndef VANBAN_PIPELINE_STRUCTURE_BLOCKS_H_
#define VANBAN_PIPELINE_STRUCTURE_BLOCKS_H_

#include <string_view>

#include "pipeline/model/document.h"

namespace vanban {

class Lexicon;

// The marker `line` opens with (after any spaces); kind kNone when none.
// "II. MỤC TIÊU" → Roman "II", depth 0; "2.3. Sở Y tế" → number "2.3",
// depth 2; "a) Công an" → letter "a", depth 3; "Điều 3. …" → article "3",
// depth 0; "- Sở Tài chính" → bullet. A year ("2023 là năm") is no marker.
Marker ReadMarker(std::string_view line);

// Fills doc->markers, blocks, line_block, tables, line_table and line_row
// from the lines and their roles (AssignRoles first). A table is a run of
// lines with tab-separated cells; blank lines inside it (a page break
// between rows) keep it open. Its first row is a header when none of its
// cells is a bare figure, and its columns' kinds come from the header's words
// (table_columns.tsv). An item runs until the next marker of its depth or
// shallower, or the first line outside the body.
void BuildBlocks(Document* doc, const Lexicon& lex);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_STRUCTURE_BLOCKS_H_
