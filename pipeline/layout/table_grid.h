// Ruled tables found on a page image, as the grid of their rules.
//
// Schedules and target tables in directives are ruled (STT / month /
// activity / partner unit). Page OCR reads them column-interleaved; read
// cell by cell in row order, a row's date, activity and unit stay together
// on one line for the extractors.
#ifndef VANBAN_PIPELINE_LAYOUT_TABLE_GRID_H_
#define VANBAN_PIPELINE_LAYOUT_TABLE_GRID_H_

#include <vector>

struct Pix;

namespace vanban {

struct TableGrid {
  std::vector<int> rows;     // y of each horizontal rule, top to bottom (pixels)
  std::vector<int> columns;  // x of each vertical rule, left to right
  int left() const { return columns.front(); }
  int right() const { return columns.back(); }
  int top() const { return rows.front(); }
  int bottom() const { return rows.back(); }
};

// The ruled tables of an 8-bit grey page (deskewed) rendered at `dpi`: at
// least two rows and two columns each, top to bottom.
std::vector<TableGrid> FindRuledTables(Pix* grey, double dpi = 300);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_LAYOUT_TABLE_GRID_H_
