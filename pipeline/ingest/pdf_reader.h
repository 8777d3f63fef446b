// PDF input through poppler-cpp: the text layer of every page, in reading
// order. Pages without a usable text layer come back flagged so that OCR
// can take them. The lines of digital-signature stamps ("Ký bởi: …",
// "Thời gian ký: …") are set aside (RawLine::aside): they are the stamping
// software's, not the document's, and do not make a scanned page text.
#ifndef VANBAN_PIPELINE_INGEST_PDF_READER_H_
#define VANBAN_PIPELINE_INGEST_PDF_READER_H_

#include <string>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/model/document.h"
#include "pipeline/model/limits.h"

namespace vanban {

struct PdfPages {
  int page_count = 0;                   // in the file
  std::vector<RawPage> pages;           // the first max_pages of them
  std::vector<int> pages_without_text;  // 1-based numbers
  std::vector<int> pages_out_of_time;   // 1-based: left unread, the deadline had passed
};

// The text layer of the first `max_pages` pages, read until `until`.
// Fails on what is not a PDF poppler can open: damaged, truncated,
// encrypted with a password, or without pages.
Result<PdfPages> ReadPdf(const std::string& bytes, int max_pages = Limits{}.max_pages,
                         StopTime until = StopTime::max());

// Sets aside (RawLine::aside) the lines of digital-signature stamps: each
// line that anchors one ("Ký bởi: …", "Người ký: …", "Thời gian ký: …",
// the signing time "27.01.2025 07:10:01 +07:00", its zone perhaps on a
// line of its own), and the short lines boxed
// with it (the stamping body's name and address). Lines without a box are
// left alone. ReadPdf does this to every page.
void SetAsideSignatureStamps(std::vector<RawLine>* lines);

// The boxes of the lines set aside on `page` (its signature stamps).
std::vector<BBox> AsideBoxes(const RawPage& page);

// Sets aside the lines of `page` whose box lies mostly inside one of
// `boxes`: what OCR reads of a stamp on a page read again from its image.
void SetAsideWithin(const std::vector<BBox>& boxes, RawPage* page);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_INGEST_PDF_READER_H_
