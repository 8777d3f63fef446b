// PDF input through poppler-cpp: the text layer of every page, in reading
// order. Pages without a usable text layer come back flagged so that OCR
// can take them. The lines of digital-signature stamps ("Ký bởi: …",
// "Thời gian ký: …") are set aside (RawLine::aside): they are the stamping
// software's, not the document's, and do not make a scanned page text
// (signature_stamps.h). A text layer typed in a TCVN3 or VNI font is
// turned into Unicode (legacy_charsets.h).
#ifndef VANBAN_PIPELINE_INGEST_PDF_READER_H_
#define VANBAN_PIPELINE_INGEST_PDF_READER_H_

#include <string>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/ingest/legacy_charsets.h"
#include "pipeline/model/document.h"
#include "pipeline/model/limits.h"

namespace vanban {

// A page whose text layer is in a TCVN3 or VNI font, turned into Unicode.
struct LegacyFontPage {
  int page = 1;  // 1-based
  LegacyCharset charset;
};

struct PdfPages {
  int page_count = 0;                   // in the file
  std::vector<RawPage> pages;           // the first max_pages of them
  std::vector<int> pages_without_text;  // 1-based numbers
  std::vector<int> pages_out_of_time;   // 1-based: left unread, the deadline had passed
  std::vector<LegacyFontPage> legacy_pages;
};

// The text layer of the first `max_pages` pages, read until `until`.
// Fails on what is not a PDF poppler can open: damaged, truncated,
// encrypted with a password, or without pages.
Result<PdfPages> ReadPdf(const std::string& bytes, int max_pages = Limits{}.max_pages,
                         StopTime until = StopTime::max());

}  // namespace vanban

#endif  // VANBAN_PIPELINE_INGEST_PDF_READER_H_
