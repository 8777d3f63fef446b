// Reads the pages of a PDF without a usable text layer, or of an image
// file, through the OCR pool: render or decode each page, queue it, then
// put each page's words in reading order.
#ifndef VANBAN_PIPELINE_OCR_OCR_READER_H_
#define VANBAN_PIPELINE_OCR_OCR_READER_H_

#include <optional>
#include <string>
#include <vector>

#include "pipeline/ingest/page_image.h"
#include "pipeline/model/document.h"
#include "pipeline/model/source.h"
#include "pipeline/ocr/ocr_pool.h"

namespace vanban {

// Reads pages `indices` (0-based) of `images` into `pages` (which holds
// every page of the document). A page that cannot be decoded, or whose
// OCR fails or runs out of time, gets a warning; the others are read.
// Pages not begun by `until` are left unread, with one warning for all.
void OcrPages(const PageImageSource& images, const std::vector<int>& indices, OcrPool& pool,
              StopTime until, std::vector<RawPage>* pages, std::vector<Warning>* warnings,
              OcrSummary* summary);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_OCR_OCR_READER_H_
