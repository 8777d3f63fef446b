#include "pipeline/layout/table_grid.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <optional>

#include "pipeline/base/pix.h"

namespace vanban {

namespace {

// A rule is a run of ink at least 1 cm long (horizontal) or 5 mm tall
// (vertical); no glyph is.
constexpr double kHorizontalRun = 118.0 / 300;  // inches
constexpr double kVerticalRun = 59.0 / 300;
constexpr int kInkThreshold = 160;

// Positions (centres of runs of consecutive indices) where `counts` is at
// least `min_count`.
std::vector<int> Peaks(Numa* counts, double min_count, int offset) {
  std::vector<int> out;
  const int n = numaGetCount(counts);
  int start = -1;
  for (int i = 0; i <= n; ++i) {
    float v = 0;
    if (i < n) numaGetFValue(counts, i, &v);
    const bool on = i < n && v >= min_count;
    if (on && start < 0) start = i;
    if (!on && start >= 0) {
      out.push_back(offset + (start + i - 1) / 2);
      start = -1;
    }
  }
  return out;
}

// The grid inside `box` of the rule images: rules that cross most of the
// table (a merged cell interrupts a rule, so "most" is generous).
std::optional<TableGrid> GridIn(Pix* horizontal, Pix* vertical, Box* box) {
  int x, y, w, h;
  boxGetGeometry(box, &x, &y, &w, &h);
  PixPtr hclip(pixClipRectangle(horizontal, box, nullptr));
  PixPtr vclip(pixClipRectangle(vertical, box, nullptr));
  if (!hclip || !vclip) return std::nullopt;
  Numa* by_row = pixCountPixelsByRow(hclip.get(), nullptr);
  Numa* by_column = pixCountPixelsByColumn(vclip.get());
  TableGrid grid;
  if (by_row) grid.rows = Peaks(by_row, 0.5 * w, y);
  if (by_column) grid.columns = Peaks(by_column, 0.5 * h, x);
  numaDestroy(&by_row);
  numaDestroy(&by_column);
  if (grid.rows.size() < 3 || grid.columns.size() < 3) return std::nullopt;
  return grid;
}

}  // namespace

std::vector<TableGrid> FindRuledTables(Pix* grey, double dpi) {
  PixPtr ink(pixConvertTo1(grey, kInkThreshold));
  if (!ink) return {};
  const int hrun = static_cast<int>(kHorizontalRun * dpi);
  const int vrun = static_cast<int>(kVerticalRun * dpi);
  PixPtr horizontal(pixOpenCompBrick(nullptr, ink.get(), hrun, 1));
  PixPtr vertical(pixOpenCompBrick(nullptr, ink.get(), 1, vrun));
  if (!horizontal || !vertical) return {};
  PixPtr rules(pixOr(nullptr, horizontal.get(), vertical.get()));
  // Scan noise breaks rules by a pixel or two; joined, a table's rules are
  // one connected shape.
  const int join = std::max(3, static_cast<int>(dpi / 60));
  PixPtr joined(pixDilateBrick(nullptr, rules.get(), join, join));
  Boxa* shapes = pixConnComp(joined.get(), nullptr, 8);
  std::vector<TableGrid> out;
  const int page_width = pixGetWidth(grey);
  for (int i = 0; shapes && i < boxaGetCount(shapes); ++i) {
    Box* box = boxaGetBox(shapes, i, L_CLONE);
    int x, y, w, h;
    boxGetGeometry(box, &x, &y, &w, &h);
    if (w > page_width / 3 && h > vrun) {
      if (auto grid = GridIn(horizontal.get(), vertical.get(), box)) out.push_back(*grid);
    }
    boxDestroy(&box);
  }
  boxaDestroy(&shapes);
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.top() < b.top(); });
  return out;
}

}  // namespace vanban
