#include "pipeline/reading_order.h"

#include <algorithm>
#include <cmath>

namespace vanban {

namespace {

struct Segment {
  std::string text;
  double x0, y0, x1, y1;
};

struct Row {
  std::vector<PositionedWord> words;
  std::vector<Segment> segments;
  double y0, y1;
};

double Height(const PositionedWord& w) { return w.y1 - w.y0; }

std::string SuperscriptDigits(const std::string& digits) {
  static const char* const kSup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  std::string out;
  for (char c : digits) out += (c >= '0' && c <= '9') ? kSup[c - '0'] : std::string(1, c);
  return out;
}

bool AllDigits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Words sharing most of their height belong to one row. A small raised
// number (a footnote mark) joins the row it sits on.
std::vector<Row> GroupRows(std::vector<PositionedWord> words) {
  std::stable_sort(words.begin(), words.end(), [](const auto& a, const auto& b) {
    return (a.y0 + a.y1) < (b.y0 + b.y1);
  });
  std::vector<Row> rows;
  for (auto& w : words) {
    bool placed = false;
    for (auto it = rows.rbegin(); it != rows.rend() && it - rows.rbegin() < 3; ++it) {
      const double overlap = std::min(it->y1, w.y1) - std::max(it->y0, w.y0);
      if (overlap > 0.5 * std::min(Height(w), it->y1 - it->y0)) {
        it->y0 = std::min(it->y0, w.y0);
        it->y1 = std::max(it->y1, w.y1);
        it->words.push_back(std::move(w));
        placed = true;
        break;
      }
    }
    if (!placed) rows.push_back({{w}, {}, w.y0, w.y1});
  }
  for (auto& r : rows) {
    std::stable_sort(r.words.begin(), r.words.end(),
                     [](const auto& a, const auto& b) { return a.x0 < b.x0; });
  }
  return rows;
}

// Splits a row where the gap between words is wider than any justified
// space could be: that gap separates blocks side by side.
void SegmentRow(Row* row) {
  std::vector<double> heights;
  for (const auto& w : row->words) heights.push_back(Height(w));
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
  const double line_height = heights[heights.size() / 2];
  const double block_gap = 2.0 * line_height;

  const PositionedWord* prev = nullptr;
  for (const auto& w : row->words) {
    std::string text = w.text;
    const bool small = Height(w) < 0.8 * line_height;
    if (small && AllDigits(text) && (w.y0 + w.y1) / 2 < (row->y0 + row->y1) / 2) {
      text = SuperscriptDigits(text);
    }
    if (!prev || w.x0 - prev->x1 > block_gap) {
      row->segments.push_back({text, w.x0, w.y0, w.x1, w.y1});
    } else {
      Segment& s = row->segments.back();
      const bool space = prev->space_after || w.x0 - prev->x1 > 0.15 * line_height;
      if (space) s.text += ' ';
      s.text += text;
      s.x1 = std::max(s.x1, w.x1);
      s.y0 = std::min(s.y0, w.y0);
      s.y1 = std::max(s.y1, w.y1);
    }
    prev = &w;
  }
}

bool Crosses(const Segment& s, double gutter) { return s.x0 < gutter && s.x1 > gutter; }

// A row fits a two-column zone with this gutter when nothing crosses it and
// it has at most one segment on each side.
bool FitsZone(const Row& r, double gutter) {
  int left = 0, right = 0;
  for (const auto& s : r.segments) {
    if (Crosses(s, gutter)) return false;
    (s.x1 <= gutter ? left : right)++;
  }
  return left <= 1 && right <= 1;
}

struct Margins {
  double left, right;
};

Margins BodyMargins(const std::vector<Row>& rows) {
  std::vector<double> x0s, x1s;
  for (const auto& r : rows) {
    if (r.segments.size() != 1) continue;
    x0s.push_back(r.segments[0].x0);
    x1s.push_back(r.segments[0].x1);
  }
  if (x0s.empty()) return {0, 0};
  std::sort(x0s.begin(), x0s.end());
  std::sort(x1s.begin(), x1s.end());
  return {x0s[x0s.size() / 10], x1s[x1s.size() * 9 / 10]};
}

BBox Box(const Segment& s) { return {s.x0, s.y0, s.x1, s.y1}; }

void Extend(BBox* b, const Segment& s) {
  (*b)[0] = std::min((*b)[0], s.x0);
  (*b)[1] = std::min((*b)[1], s.y0);
  (*b)[2] = std::max((*b)[2], s.x1);
  (*b)[3] = std::max((*b)[3], s.y1);
}

class LineEmitter {
 public:
  LineEmitter(Margins m, double page_width) : m_(m), width_(page_width) {}

  // A body row: joined to the previous one when that one ran to the right
  // margin and this one starts at the left margin without extra spacing.
  void Body(const Segment& s) {
    const double height = s.y1 - s.y0;
    const bool continues = open_ && !out_.empty() &&
                           last_.x1 >= m_.right - 0.03 * width_ &&
                           s.x0 <= m_.left + 0.5 * height &&
                           s.y0 - last_.y1 < 0.6 * height;
    if (continues) {
      RawLine& l = out_.back();
      l.text += ' ';
      l.text += s.text;
      Extend(&*l.bbox, s);
    } else {
      const double centre = (s.x0 + s.x1) / 2;
      const bool centered = s.x0 > m_.left + height &&
                            std::fabs(centre - (m_.left + m_.right) / 2) < 0.05 * width_;
      out_.push_back({s.text, Box(s), centered});
    }
    last_ = s;
    open_ = true;
  }

  // A zone line or table row: never joined with its neighbours.
  void Fixed(const std::string& text, const BBox& box) {
    out_.push_back({text, box, false});
    open_ = false;
  }

  void Blank() {
    if (!out_.empty() && !out_.back().text.empty()) out_.push_back({});
    open_ = false;
  }

  std::vector<RawLine> Take() { return std::move(out_); }

 private:
  Margins m_;
  double width_;
  std::vector<RawLine> out_;
  Segment last_{};
  bool open_ = false;
};

}  // namespace

std::vector<RawLine> OrderWords(std::vector<PositionedWord> words, double page_width) {
  std::erase_if(words, [](const auto& w) { return w.text.empty(); });
  if (words.empty()) return {};
  std::vector<Row> rows = GroupRows(std::move(words));
  for (auto& r : rows) SegmentRow(&r);
  LineEmitter emit(BodyMargins(rows), page_width);

  size_t i = 0;
  while (i < rows.size()) {
    const Row& r = rows[i];
    if (r.segments.size() >= 3) {  // a table row: cells in order, tab-separated
      std::string text = r.segments[0].text;
      BBox box = Box(r.segments[0]);
      for (size_t k = 1; k < r.segments.size(); ++k) {
        text += '\t' + r.segments[k].text;
        Extend(&box, r.segments[k]);
      }
      emit.Fixed(text, box);
      ++i;
      continue;
    }
    if (r.segments.size() == 1) {
      emit.Body(r.segments[0]);
      ++i;
      continue;
    }
    // Two blocks side by side: collect the zone, then read each column whole.
    const double gutter = (r.segments[0].x1 + r.segments[1].x0) / 2;
    size_t end = i;
    while (end < rows.size() && FitsZone(rows[end], gutter)) ++end;
    std::vector<const Segment*> left, right;
    for (size_t k = i; k < end; ++k) {
      for (const auto& s : rows[k].segments) (s.x1 <= gutter ? left : right).push_back(&s);
    }
    emit.Blank();
    for (const auto* column : {&left, &right}) {
      for (const Segment* s : *column) emit.Fixed(s->text, Box(*s));
      emit.Blank();
    }
    i = end;
  }
  return emit.Take();
}

}  // namespace vanban
