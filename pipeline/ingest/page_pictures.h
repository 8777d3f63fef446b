// Pictures of a document's pages for a person to look at beside the text
// read from them (the review page, pipeline/output/review_page.h): PDF
// pages rendered, image files scaled, each encoded as JPEG at a screen's
// resolution. Grey, as OCR sees the page (page_image.h): the red of a seal
// is faint there, as it is to the reader of the text.
#ifndef VANBAN_PIPELINE_INGEST_PAGE_PICTURES_H_
#define VANBAN_PIPELINE_INGEST_PAGE_PICTURES_H_

#include <vector>

#include "pipeline/model/limits.h"
#include "pipeline/model/page_picture.h"
#include "pipeline/model/source.h"

namespace vanban {

// At most `max_pages` pictures of `src`'s first pages, at `dpi`. A text
// input has none; a page that cannot be rendered (damaged, over
// limits.max_pixels) or that draws nothing is left out, and the review page
// shows its text alone. Never fails: a picture is a help, not the record.
std::vector<PagePicture> PagePictures(const Source& src, int max_pages, const Limits& limits,
                                      double dpi = 96);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_INGEST_PAGE_PICTURES_H_
