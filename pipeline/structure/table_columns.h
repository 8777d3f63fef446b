// What a column of a table holds (schedules, assignment tables), read from
// its header cell's words (data/table_columns.tsv). BuildBlocks gives each
// table's columns their kinds; tasks take a row's parties from its lead and
// support columns, events its name from its content column.
#ifndef VANBAN_PIPELINE_STRUCTURE_TABLE_COLUMNS_H_
#define VANBAN_PIPELINE_STRUCTURE_TABLE_COLUMNS_H_

#include <string_view>

#include "pipeline/model/document.h"

namespace vanban {

class Lexicon;

// What the column under this header cell holds.
ColumnKind ColumnOf(std::string_view header, const Lexicon& lex);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_STRUCTURE_TABLE_COLUMNS_H_
