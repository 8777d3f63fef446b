// PDF input through poppler-cpp: the text layer of every page, in reading
// order. Pages without a usable text layer come back empty and flagged so
// that OCR can take them.
#ifndef VANBAN_PIPELINE_INGEST_PDF_READER_H_
#define VANBAN_PIPELINE_INGEST_PDF_READER_H_

#include <string>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/model/document.h"

namespace vanban {

struct PdfPages {
  std::vector<RawPage> pages;
  std::vector<int> pages_without_text;  // 1-based numbers
};

// Fails on what is not a PDF poppler can open: damaged, truncated,
// encrypted with a password, or without pages.
Result<PdfPages> ReadPdf(const std::string& bytes);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_INGEST_PDF_READER_H_
