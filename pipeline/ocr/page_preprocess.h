// Image clean-up before OCR.
#ifndef VANBAN_PIPELINE_OCR_PAGE_PREPROCESS_H_
#define VANBAN_PIPELINE_OCR_PAGE_PREPROCESS_H_

#include <array>
#include <optional>

#include "pipeline/ingest/page_image.h"

namespace vanban {

// A deskewed copy of the 8-bit grey `pix` (a plain copy when the skew
// cannot be measured; never null): a page tilted by a degree drifts
// a line by half a line height across the page, and the reading order
// groups words into rows by height.
//
// Binarisation is left to Tesseract: thresholding the grey page ourselves
// (at the ink/paper split, or whitening everything lighter) removed more of
// the seal but cost more in titles and numbers, whose tone marks lose their
// anti-aliased edges (measured on the dev "hard" scans).
PixPtr PrepareForOcr(Pix* pix);

// [left, top, right, bottom] in pixels.
using PixelBox = std::array<int, 4>;

// The box round the ink in `region` of the grey page that stands clear of
// the region's left edge (the letter before) and starts above `raised_top`
// (not a comma): a raised mark, such as a footnote digit, to read again.
std::optional<PixelBox> RaisedInk(Pix* grey, const PixelBox& region, int raised_top);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_OCR_PAGE_PREPROCESS_H_
