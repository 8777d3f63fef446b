#include "pipeline/layout/table_grid.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include "pipeline/ingest/page_image.h"

namespace vanban {
namespace {

// A grey A4 page at 300 dpi with paper at 230.
PixPtr Page() {
  PixPtr pix(pixCreate(2480, 3508, 8));
  pixSetAllArbitrary(pix.get(), 230);
  return pix;
}

void Rule(Pix* pix, int x0, int y0, int x1, int y1) {
  pixRenderLineArb(pix, x0, y0, x1, y1, 3, 20, 20, 20);
}

TEST(FindRuledTables, GridOfRulesGivesRowsAndColumns) {
  PixPtr page = Page();
  const int xs[] = {300, 500, 1400, 2200};
  const int ys[] = {1000, 1100, 1400, 1700};
  for (int y : ys) Rule(page.get(), xs[0], y, xs[3], y);
  for (int x : xs) Rule(page.get(), x, ys[0], x, ys[3]);
  const auto tables = FindRuledTables(page.get());
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].rows.size(), 4u);
  EXPECT_EQ(tables[0].columns.size(), 4u);
  EXPECT_NEAR(tables[0].top(), 1000, 3);
  EXPECT_NEAR(tables[0].right(), 2200, 3);
}

// Underlines and a signature's long stroke are rules of no table.
TEST(FindRuledTables, LonelyLinesAreNoTable) {
  PixPtr page = Page();
  Rule(page.get(), 900, 500, 1600, 500);    // the rule under the motto
  Rule(page.get(), 1500, 3000, 2000, 3010);  // a stroke
  Rule(page.get(), 200, 1000, 200, 1400);    // a margin line
  EXPECT_TRUE(FindRuledTables(page.get()).empty());
}

}  // namespace
}  // namespace vanban
