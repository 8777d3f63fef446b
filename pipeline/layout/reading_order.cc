#include "pipeline/layout/reading_order.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "pipeline/language/normalize.h"
#include "pipeline/language/text_util.h"
#include "pipeline/layout/ocr_cleanup.h"

namespace vanban {

namespace {

struct Segment {
  std::string text;
  double x0, y0, x1, y1;
  double conf_sum = 0;  // OCR word confidences, summed
  int conf_words = 0;
  size_t words = 0;     // how many of the row's words, in order
};

void AddConfidence(Segment* s, const std::optional<double>& c) {
  if (!c) return;
  s->conf_sum += *c;
  ++s->conf_words;
}

std::optional<double> MeanConfidence(double sum, int words) {
  if (words == 0) return std::nullopt;
  return sum / words;
}

struct Row {
  std::vector<PositionedWord> words;
  std::vector<Segment> segments;
  double y0, y1;
  std::vector<int> ocr_lines;  // the OCR text lines of its words
};

// The horizontal extent of each OCR text line of a page, by its number.
class LineExtents {
 public:
  explicit LineExtents(const std::vector<PositionedWord>& words) {
    for (const PositionedWord& w : words) {
      if (w.ocr_line < 0) continue;
      if (static_cast<size_t>(w.ocr_line) >= x_.size()) x_.resize(w.ocr_line + 1, {1e18, -1e18});
      auto& [x0, x1] = x_[w.ocr_line];
      x0 = std::min(x0, w.x0);
      x1 = std::max(x1, w.x1);
    }
  }

  // Whether a row holding `row_lines` may take a word of OCR line `line`:
  // two lines OCR read apart share a row only side by side (the header's
  // two columns), never one above the other, as the neighbouring lines of
  // a skewed scan would, whose boxes overlap in height.
  bool MayJoin(const std::vector<int>& row_lines, int line) const {
    if (line < 0) return true;
    for (int other : row_lines) {
      if (other == line) continue;
      if (std::min(x_[other].second, x_[line].second) > std::max(x_[other].first, x_[line].first)) {
        return false;
      }
    }
    return true;
  }

 private:
  std::vector<std::pair<double, double>> x_;
};

double Height(const PositionedWord& w) { return w.y1 - w.y0; }

bool AllDigits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Words sharing most of their height belong to one row. A row keeps the
// extent of the word that opened it: growing it with every word would let
// glyph boxes taller than the line pitch chain neighbouring rows together.
// A small raised number (a footnote mark) joins the row it sits on.
//
// OCR words keep the text line OCR read them in: a word joins the row of
// its line's other words, and a row takes another line only beside it.
std::vector<Row> GroupRows(std::vector<PositionedWord> words) {
  const LineExtents extents(words);
  std::stable_sort(words.begin(), words.end(), [](const auto& a, const auto& b) {
    return (a.y0 + a.y1) < (b.y0 + b.y1);
  });
  std::vector<Row> rows;
  auto add = [](Row* row, PositionedWord w) {
    if (w.ocr_line >= 0 &&
        std::find(row->ocr_lines.begin(), row->ocr_lines.end(), w.ocr_line) == row->ocr_lines.end()) {
      row->ocr_lines.push_back(w.ocr_line);
    }
    row->words.push_back(std::move(w));
  };
  for (auto& w : words) {
    Row* into = nullptr;
    for (auto it = rows.rbegin(); it != rows.rend() && it - rows.rbegin() < 3 && !into; ++it) {
      const auto& lines = it->ocr_lines;
      if (w.ocr_line >= 0 && std::find(lines.begin(), lines.end(), w.ocr_line) != lines.end()) {
        into = &*it;
      }
    }
    for (auto it = rows.rbegin(); it != rows.rend() && it - rows.rbegin() < 3 && !into; ++it) {
      const double overlap = std::min(it->y1, w.y1) - std::max(it->y0, w.y0);
      if (overlap > 0.5 * std::min(Height(w), it->y1 - it->y0) &&
          extents.MayJoin(it->ocr_lines, w.ocr_line)) {
        into = &*it;
      }
    }
    if (into) {
      add(into, std::move(w));
    } else {
      rows.push_back({{}, {}, w.y0, w.y1, {}});
      add(&rows.back(), std::move(w));
    }
  }
  for (auto& r : rows) {
    std::stable_sort(r.words.begin(), r.words.end(),
                     [](const auto& a, const auto& b) { return a.x0 < b.x0; });
  }
  return rows;
}

double LineHeight(const Row& row) {
  std::vector<double> heights;
  for (const auto& w : row.words) heights.push_back(Height(w));
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
  return heights[heights.size() / 2];
}

// The vertical middle of a row's text: the median of its words' middles,
// so that a raised footnote mark does not move it.
double RowMiddle(const Row& row) {
  std::vector<double> mids;
  for (const auto& w : row.words) mids.push_back((w.y0 + w.y1) / 2);
  std::nth_element(mids.begin(), mids.begin() + mids.size() / 2, mids.end());
  return mids[mids.size() / 2];
}

// Adds `w` to `segs`: a new segment when `start` is set, else appended to
// the last one with a space where the PDF had one.
void AddWord(const Row& row, const PositionedWord& w, const PositionedWord* prev, bool start,
             double line_height, std::vector<Segment>* segs) {
  std::string text = w.text;
  const bool small = Height(w) < 0.8 * line_height;
  if (small && AllDigits(text) && (w.y0 + w.y1) / 2 < RowMiddle(row) - 0.1 * line_height) {
    text = SuperscriptDigits(text);
  }
  if (start || !prev || segs->empty()) {
    segs->push_back({text, w.x0, w.y0, w.x1, w.y1});
    AddConfidence(&segs->back(), w.confidence);
    segs->back().words = 1;
    return;
  }
  Segment& s = segs->back();
  AddConfidence(&s, w.confidence);
  ++s.words;
  if (prev->space_after || w.x0 - prev->x1 > 0.15 * line_height) s.text += ' ';
  s.text += text;
  s.x1 = std::max(s.x1, w.x1);
  s.y0 = std::min(s.y0, w.y0);
  s.y1 = std::max(s.y1, w.y1);
}

// Splits a row where the gap between words is wider than any justified
// space could be: that gap separates blocks side by side. Between two words
// in capitals a narrower gap will do: the header's issuer and quốc hiệu are
// set in capitals and were seen only 2.0 line heights apart on a scan,
// while the blanks left for a handwritten number or day ("Số:     /SCT",
// "ngày     tháng") are as wide but next to ordinary words.
void SegmentRow(Row* row) {
  constexpr double kBlockGap = 2.0, kCapitalsGap = 1.5;  // in line heights
  const double line_height = LineHeight(*row);
  const PositionedWord* prev = nullptr;
  for (const auto& w : row->words) {
    const double limit =
        prev && IsUpperText(prev->text) && IsUpperText(w.text) ? kCapitalsGap : kBlockGap;
    const bool gap = prev && w.x0 - prev->x1 > limit * line_height;
    AddWord(*row, w, prev, gap, line_height, &row->segments);
    prev = &w;
  }
}

// Drops the segments OCR made of seals, signatures and specks, with their
// words, so that zones are split on text alone.
void DropOcrNoise(Row* row) {
  std::vector<PositionedWord> words;
  std::vector<Segment> segments;
  size_t first = 0;
  for (Segment& s : row->segments) {
    const size_t count = s.words;
    if (s.conf_words == 0 || !IsNoiseSegment(s.text, s.conf_sum / s.conf_words)) {
      words.insert(words.end(), row->words.begin() + first, row->words.begin() + first + count);
      segments.push_back(std::move(s));
    }
    first += count;
  }
  row->words = std::move(words);
  row->segments = std::move(segments);
}

// A two-column zone so far: the left block ends by `left_max`, the right
// one starts from `right_min`.
struct Zone {
  double left_max;
  double right_min;
};

// Splits a row between the two blocks of `zone`: left words end before
// anything the right block has had, right words start after anything the
// left block has had. Among such splits, the widest gap wins; between words
// in lower case it must be wider than a justified word space could be (a
// body line read under a table's columns had one where the columns' gutter
// ran). Returns false when no split fits (the row crosses the zone: a
// centred heading or body).
bool SplitForZone(const Row& row, const Zone& zone, std::vector<Segment>* left,
                  std::vector<Segment>* right) {
  const auto& w = row.words;
  const double line_height = LineHeight(row);
  std::optional<size_t> best;
  double best_gap = -1;
  for (size_t p = 0; p <= w.size(); ++p) {
    if (p > 0 && w[p - 1].x1 >= zone.right_min) break;
    if (p < w.size() && w[p].x0 <= zone.left_max) continue;
    const bool both = p > 0 && p < w.size();
    const double gap = both ? w[p].x0 - w[p - 1].x1 : 1e9;
    // Wider than a word space. OCR boxes hug the glyphs, so a plain space
    // between them is wider than between the advance boxes of a PDF.
    if (both && gap < (w[p].confidence ? 0.6 : 0.3) * line_height) continue;
    if (gap > best_gap) {
      best_gap = gap;
      best = p;
    }
  }
  if (!best) return false;
  // Between words in lower case, wider than any justified space; a block
  // in capitals (a signature's office) may come closer.
  constexpr double kSideBySideGap = 0.8;  // in line heights
  const bool both = *best > 0 && *best < w.size();
  if (both && best_gap < kSideBySideGap * line_height && !IsUpperText(w[*best - 1].text) &&
      !IsUpperText(w[*best].text)) {
    return false;
  }
  for (size_t k = 0; k < w.size(); ++k) {
    const bool to_left = k < *best;
    const PositionedWord* prev = (k > 0 && (k < *best) == (k - 1 < *best)) ? &w[k - 1] : nullptr;
    AddWord(row, w[k], prev, prev == nullptr, line_height, to_left ? left : right);
  }
  return true;
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
      conf_sum_ += s.conf_sum;
      conf_words_ += s.conf_words;
    } else {
      const double centre = (s.x0 + s.x1) / 2;
      const bool centered = s.x0 > m_.left + height &&
                            std::fabs(centre - (m_.left + m_.right) / 2) < 0.05 * width_;
      out_.push_back({s.text, Box(s), centered, std::nullopt});
      conf_sum_ = s.conf_sum;
      conf_words_ = s.conf_words;
    }
    out_.back().confidence = MeanConfidence(conf_sum_, conf_words_);
    last_ = s;
    open_ = true;
  }

  // A zone line or table row: never joined with its neighbours.
  void Fixed(const std::string& text, const BBox& box, std::optional<double> confidence) {
    out_.push_back({text, box, false, confidence});
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
  double conf_sum_ = 0;  // of the open body line
  int conf_words_ = 0;
};

}  // namespace

std::vector<RawLine> OrderWords(std::vector<PositionedWord> words, double page_width) {
  std::erase_if(words, [](const auto& w) { return w.text.empty(); });
  if (words.empty()) return {};
  std::vector<Row> rows = GroupRows(std::move(words));
  for (auto& r : rows) {
    SegmentRow(&r);
    DropOcrNoise(&r);
  }
  std::erase_if(rows, [](const Row& r) { return r.segments.empty(); });
  LineEmitter emit(BodyMargins(rows), page_width);

  size_t i = 0;
  while (i < rows.size()) {
    const Row& r = rows[i];
    if (r.segments.size() >= 3) {  // a table row: cells in order, tab-separated
      std::string text = r.segments[0].text;
      BBox box = Box(r.segments[0]);
      double conf_sum = r.segments[0].conf_sum;
      int conf_words = r.segments[0].conf_words;
      for (size_t k = 1; k < r.segments.size(); ++k) {
        text += '\t' + r.segments[k].text;
        Extend(&box, r.segments[k]);
        conf_sum += r.segments[k].conf_sum;
        conf_words += r.segments[k].conf_words;
      }
      emit.Fixed(text, box, MeanConfidence(conf_sum, conf_words));
      ++i;
      continue;
    }
    if (r.segments.size() == 1) {
      emit.Body(r.segments[0]);
      ++i;
      continue;
    }
    // Two blocks side by side: collect the zone, then read each column whole.
    // The header's and the foot's blocks stand either side of the page's
    // middle, and a row of theirs may hold three blocks (a blank left for
    // a handwritten number); two blocks elsewhere are a table's header
    // cells, wrapped, and its rows of cells end them.
    const bool header_or_foot = (r.segments[0].x0 + r.segments[0].x1) / 2 < page_width / 2 &&
                                (r.segments[1].x0 + r.segments[1].x1) / 2 > page_width / 2;
    Zone zone{r.segments[0].x1, r.segments[1].x0};
    std::vector<Segment> left, right;
    size_t end = i;
    while (end < rows.size()) {
      if (!header_or_foot && end > i && rows[end].segments.size() >= 3) break;
      std::vector<Segment> l, rt;
      if (!SplitForZone(rows[end], zone, &l, &rt)) break;
      for (auto& s : l) zone.left_max = std::max(zone.left_max, s.x1);
      for (auto& s : rt) zone.right_min = std::min(zone.right_min, s.x0);
      left.insert(left.end(), l.begin(), l.end());
      right.insert(right.end(), rt.begin(), rt.end());
      ++end;
    }
    if (end == i) {
      // Its own two segments do not split at the gap between them (boxes
      // that overlap or run backwards, as in a damaged PDF): read it as
      // it stands, one segment after the other.
      for (const Segment& s : r.segments) {
        emit.Fixed(s.text, Box(s), MeanConfidence(s.conf_sum, s.conf_words));
      }
      ++i;
      continue;
    }
    emit.Blank();
    for (const auto* column : {&left, &right}) {
      for (const Segment& s : *column) {
        emit.Fixed(s.text, Box(s), MeanConfidence(s.conf_sum, s.conf_words));
      }
      emit.Blank();
    }
    i = end;
  }
  return emit.Take();
}

std::vector<RawLine> PlaceTableRows(std::vector<RawLine> lines, const std::vector<RawLine>& rows) {
  size_t r = 0;
  while (r < rows.size()) {
    size_t end = r + 1;  // the rows of one table are contiguous in y
    while (end < rows.size() && (*rows[end].bbox)[1] <= (*rows[end - 1].bbox)[3] + 1) ++end;
    const double top = (*rows[r].bbox)[1];
    auto at = std::find_if(lines.begin(), lines.end(),
                           [&](const RawLine& l) { return l.bbox && (*l.bbox)[1] > top; });
    std::vector<RawLine> block{RawLine{}};
    block.insert(block.end(), rows.begin() + r, rows.begin() + end);
    block.push_back(RawLine{});
    lines.insert(at, block.begin(), block.end());
    r = end;
  }
  return lines;
}

}  // namespace vanban
