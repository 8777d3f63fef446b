// The columns of the tab-separated tables in a document (schedules,
// assignment tables): which row is a table's header and what each column
// holds, read from the header's words (data/table_columns.tsv). Tasks take
// a row's parties from its lead and support columns, events its name from
// its content column.
#ifndef VANBAN_PIPELINE_STRUCTURE_TABLE_COLUMNS_H_
#define VANBAN_PIPELINE_STRUCTURE_TABLE_COLUMNS_H_

#include <string_view>
#include <vector>

#include "pipeline/model/document.h"

namespace vanban {

class Lexicon;

enum class ColumnKind { kOther, kOrdinal, kTime, kContent, kPlace, kArea, kLead, kSupport };

// What the column under this header cell holds.
ColumnKind ColumnOf(std::string_view header, const Lexicon& lex);

// For every line of `doc`, the kinds of its table's columns: empty for a
// line outside a table, for a header row, and for the rows of a table
// without a header. A table's first row is its header when it holds no
// digit; a blank line inside a table (a page break between rows) keeps it,
// any other line ends the table.
std::vector<std::vector<ColumnKind>> TableColumns(const Document& doc, const Lexicon& lex);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_STRUCTURE_TABLE_COLUMNS_H_
