// Scanned PDF pages decoded straight from the PDF.
//
// An office scanner's PDF page is one image drawn over the page and nothing
// else. Rendering it through poppler's Splash resamples the image even at
// 1:1 (bilinear), which costs ~0.14 s a 300-dpi page — about 8% of the
// page's OCR time. Decoding the image itself costs ~0.03 s and gives the
// same pixels. Every other page (text, vector art, a stamp or signature box
// drawn over the scan, a scan at another resolution, a rotated page) is
// left to the renderer.
//
// Uses poppler's core API (libpoppler-private-dev): poppler-cpp renders
// pages but does not hand out their images.
#ifndef VANBAN_PIPELINE_INGEST_PDF_SCAN_PAGE_H_
#define VANBAN_PIPELINE_INGEST_PDF_SCAN_PAGE_H_

#include <memory>
#include <optional>
#include <string>

#include "pipeline/ingest/page_image.h"

class PDFDoc;

namespace vanban {

struct PageSurvey {
  // The pixels (width × height) of the largest image drawn, read from the
  // images' dictionaries; 0 for none. Rendering scales every image, so one
  // that declares 10⁷ × 10⁷ pixels in a small file would keep the renderer
  // busy for hours.
  long long largest_image = 0;
  // Anything visible: text, paths, images. A page without is blank and
  // needs no render.
  bool draws = false;
};

class PdfScanPages {
 public:
  // nullptr when poppler cannot open `bytes`; `bytes` must outlive the
  // object. Needs poppler's global parameters, which a live
  // poppler::document of the caller provides.
  static std::unique_ptr<PdfScanPages> Open(const std::string& bytes);
  ~PdfScanPages();

  // Page `index` (0-based) as 8-bit grey (the red channel of a colour
  // image) at the image's own resolution, when the page is exactly one
  // upright image within 3% of `dpi` and nothing else; nullopt otherwise.
  // The image is placed on white paper the size of the page, as a render
  // would show it; nullopt too when that page image would exceed
  // `max_pixels`. Not safe to call from two threads at once.
  std::optional<PageImage> Decode(int index, double dpi, long long max_pixels) const;

  // What page `index` draws, found without rendering or decoding it.
  PageSurvey Survey(int index) const;

 private:
  explicit PdfScanPages(std::unique_ptr<PDFDoc> doc);
  std::unique_ptr<PDFDoc> doc_;
};

}  // namespace vanban

#endif  // VANBAN_PIPELINE_INGEST_PDF_SCAN_PAGE_H_
