#include "pipeline/ingest/pdf_tables.h"

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cmath>

#include "pipeline/ingest/page_image.h"
#include "pipeline/layout/table_grid.h"

namespace vanban {

namespace {

// Enough to see a 0.5 pt rule as ink, cheap to render (~0.05 s a page).
constexpr double kGridDpi = 150;

PixPtr RenderGrey(const poppler::page& page) {
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  const poppler::image img = renderer.render_page(&page, kGridDpi, kGridDpi);
  if (!img.is_valid()) return nullptr;
  PixPtr pix(pixCreate(img.width(), img.height(), 8));
  const auto* data = reinterpret_cast<const unsigned char*>(img.const_data());
  for (int y = 0; y < img.height(); ++y) {
    l_uint32* line = pixGetData(pix.get()) + static_cast<size_t>(y) * pixGetWpl(pix.get());
    for (int x = 0; x < img.width(); ++x) {
      SET_DATA_BYTE(line, x, data[static_cast<size_t>(y) * img.bytes_per_row() + x]);
    }
  }
  return pix;
}

// Index of the interval of `edges` holding v, or -1.
int Interval(const std::vector<double>& edges, double v) {
  for (size_t i = 0; i + 1 < edges.size(); ++i) {
    if (v >= edges[i] && v < edges[i + 1]) return static_cast<int>(i);
  }
  return -1;
}

// One line per row of `grid` (points) from the words whose centres fall in
// its cells; those words leave `words`.
std::vector<RawLine> RowsOf(const std::vector<double>& rows, const std::vector<double>& columns,
                            std::vector<PositionedWord>* words) {
  const size_t nr = rows.size() - 1, nc = columns.size() - 1;
  std::vector<std::vector<std::vector<PositionedWord>>> cells(nr, std::vector<std::vector<PositionedWord>>(nc));
  std::vector<PositionedWord> rest;
  for (auto& w : *words) {
    const int r = Interval(rows, (w.y0 + w.y1) / 2);
    const int c = Interval(columns, (w.x0 + w.x1) / 2);
    if (r < 0 || c < 0) {
      rest.push_back(std::move(w));
    } else {
      cells[r][c].push_back(std::move(w));
    }
  }
  *words = std::move(rest);
  std::vector<RawLine> out;
  for (size_t r = 0; r < nr; ++r) {
    RawLine line;
    for (size_t c = 0; c < nc; ++c) {
      auto& cell = cells[r][c];
      // Lines of a cell top to bottom, words left to right; words of one
      // printed line share their height to within a few points.
      std::stable_sort(cell.begin(), cell.end(), [](const auto& a, const auto& b) {
        const double ya = std::round((a.y0 + a.y1) / 6), yb = std::round((b.y0 + b.y1) / 6);
        return ya != yb ? ya < yb : a.x0 < b.x0;
      });
      if (c > 0) line.text += '\t';
      for (size_t k = 0; k < cell.size(); ++k) {
        if (k > 0) line.text += ' ';
        line.text += cell[k].text;
      }
    }
    line.bbox = BBox{columns.front(), rows[r], columns.back(), rows[r + 1]};
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace

std::vector<RawLine> TakeTableRows(const poppler::page& page, std::vector<PositionedWord>* words) {
  PixPtr grey = RenderGrey(page);
  if (!grey) return {};
  const double to_pt = 72.0 / kGridDpi;
  std::vector<RawLine> rows;
  for (const TableGrid& grid : FindRuledTables(grey.get(), kGridDpi)) {
    std::vector<double> ys, xs;
    for (int y : grid.rows) ys.push_back(y * to_pt);
    for (int x : grid.columns) xs.push_back(x * to_pt);
    auto table = RowsOf(ys, xs, words);
    rows.insert(rows.end(), table.begin(), table.end());
  }
  return rows;
}

}  // namespace vanban
