// Turns positioned words (a PDF text layer, later OCR word boxes) into lines
// in natural reading order.
//
// Administrative documents put two blocks side by side twice: the header
// (issuer and "Số:" left, quốc hiệu and place-date right) and the foot
// ("Nơi nhận" left, signature right). Read row by row those blocks
// interleave; here each side of such a zone is emitted whole, left first.
// Body rows that wrap are joined back into one line per paragraph, so that a
// sentence (and every span inside it) is on one line.
#ifndef VANBAN_PIPELINE_LAYOUT_READING_ORDER_H_
#define VANBAN_PIPELINE_LAYOUT_READING_ORDER_H_

#include <optional>
#include <string>
#include <vector>

#include "pipeline/model/document.h"

namespace vanban {

std::vector<RawLine> OrderWords(std::vector<PositionedWord> words, double page_width);

// Puts each table, given as its row lines (cells tab-separated, with their
// boxes), as a block between blank lines before the first line read below
// its top. Tables stand in the body, which is read top to bottom.
std::vector<RawLine> PlaceTableRows(std::vector<RawLine> lines, const std::vector<RawLine>& rows);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_LAYOUT_READING_ORDER_H_
