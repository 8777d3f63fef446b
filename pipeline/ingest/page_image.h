// Page images for OCR: PDF pages rendered by poppler, and image files
// (PNG, JPEG, multi-page TIFF) decoded by Leptonica.
//
// Every page image is 8-bit grey made from the red channel of the colour
// page. Vietnamese documents carry red seals, red "HỎA TỐC" stamps and red
// receipt stamps over the text; in the red channel red ink is nearly as
// light as the paper while black print and blue handwriting (numbers and
// days are often written in by hand) stay dark. Measured on the dev "hard"
// scans, luminance with reddish pixels painted over as paper did worse: it
// also erased the tone marks of the signer's title where the seal touches.
#ifndef VANBAN_PIPELINE_INGEST_PAGE_IMAGE_H_
#define VANBAN_PIPELINE_INGEST_PAGE_IMAGE_H_

#include <memory>
#include <string>

#include "pipeline/base/pix.h"
#include "pipeline/base/result.h"
#include "pipeline/model/limits.h"

struct Pix;

namespace vanban {

struct PageImage {
  PixPtr pix;        // 8 bpp grey
  double dpi = 300;  // pixels per inch, to turn pixel boxes into PDF points
  bool blank = false;  // known to hold nothing (not rendered: `pix` is 1×1)
  // What the image decoder complained of while decoding a page it still
  // returned ("Corrupt JPEG data: …"): part of it may be grey or garbled.
  std::string damage;
};

// Whether `page` has too little ink to hold text: under 0.01% of its
// pixels dark (half an A4 line of 12 pt text is ten times that). Such a
// page is not given to OCR, which would spend a second finding nothing.
bool LooksBlank(const PageImage& page);

// The pages of one input, decoded one at a time (by the OCR worker that
// reads the page) so that a long scan never holds more than the pages being
// read in memory.
class PageImageSource {
 public:
  virtual ~PageImageSource() = default;
  virtual int PageCount() const = 0;
  // `index` is 0-based. Fails for a page that cannot be decoded; the other
  // pages stay readable. Safe to call from several threads at once.
  virtual Result<PageImage> Render(int index) const = 0;
};

// PDF pages rendered at `dpi` (a page that draws nothing is not rendered:
// its image is blank). A page whose rendering, or an image drawn on it,
// would exceed `max_pixels` fails without being decoded. Fails when poppler
// cannot open the bytes. `bytes` must outlive the source.
Result<std::unique_ptr<PageImageSource>> OpenPdfImages(const std::string& bytes, double dpi,
                                                       long long max_pixels = Limits{}.max_pixels);

// PNG, JPEG or TIFF (every page of a multi-page TIFF). A page whose header
// declares more than `max_pixels` fails without being decoded. `bytes` must
// outlive the source.
Result<std::unique_ptr<PageImageSource>> OpenImageFile(const std::string& bytes,
                                                       long long max_pixels = Limits{}.max_pixels);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_INGEST_PAGE_IMAGE_H_
