#include "pipeline/runner.h"

#include "extractors/agencies.h"
#include "extractors/context.h"
#include "extractors/date_checks.h"
#include "extractors/deadlines.h"
#include "extractors/events.h"
#include "extractors/metadata.h"
#include "extractors/references.h"
#include "extractors/targets.h"
#include "extractors/tasks.h"
#include "pipeline/ingest/page_image.h"
#include "pipeline/ingest/pdf_reader.h"
#include "pipeline/ingest/source.h"
#include "pipeline/ingest/text_reader.h"
#include "pipeline/language/lexicon.h"
#include "pipeline/layout/page_builder.h"
#include "pipeline/ocr/ocr_pool.h"
#include "pipeline/ocr/ocr_reader.h"
#include "pipeline/structure/section_numbers.h"
#include "pipeline/structure/structure.h"

namespace vanban {

namespace {

// Tesseract's models are trained on text of 20-40 px x-height; 300 dpi puts
// the 13-14 pt type of NĐ 30 documents there.
constexpr double kOcrDpi = 300;

// Pages readable without OCR are kept as read; the others go to `ocr`.
Result<std::vector<RawPage>> ReadPdfPages(const Source& src, OcrPool* ocr, Extraction* x) {
  auto pdf = ReadPdf(src.bytes);
  if (!pdf.ok()) return pdf.failure();
  std::vector<RawPage> pages = std::move(pdf.value().pages);
  std::vector<int> scanned;
  for (int p : pdf.value().pages_without_text) scanned.push_back(p - 1);
  if (scanned.empty()) return pages;
  if (!ocr) {
    if (scanned.size() == pages.size()) {
      return Error{"PDF has no text layer (scanned) and OCR is turned off", "ocr_off"};
    }
    for (int p : scanned) {
      x->warnings.push_back({WarningCode::kPageWithoutText, "page " + std::to_string(p + 1) +
                                                      " has no usable text layer and was not read"});
    }
    return pages;
  }
  auto images = OpenPdfImages(src.bytes, kOcrDpi);
  if (!images.ok()) return images.failure();
  x->ocr.emplace();
  OcrPages(*images.value(), scanned, *ocr, &pages, &x->warnings, &*x->ocr);
  return pages;
}

Result<std::vector<RawPage>> ReadImagePages(const Source& src, OcrPool* ocr, Extraction* x) {
  if (!ocr) return Error{"image input needs OCR, which is turned off", "ocr_off"};
  auto images = OpenImageFile(src.bytes);
  if (!images.ok()) return images.failure();
  std::vector<RawPage> pages(images.value()->PageCount());
  std::vector<int> all;
  for (int i = 0; i < images.value()->PageCount(); ++i) all.push_back(i);
  x->ocr.emplace();
  OcrPages(*images.value(), all, *ocr, &pages, &x->warnings, &*x->ocr);
  return pages;
}

Result<std::vector<RawPage>> ReadPages(const Source& src, OcrPool* ocr, Extraction* x) {
  switch (src.media_type) {
    case MediaType::kText:
      return ReadPlainText(src.bytes);
    case MediaType::kPdf:
      return ReadPdfPages(src, ocr, x);
    case MediaType::kPng:
    case MediaType::kJpeg:
    case MediaType::kTiff:
      return ReadImagePages(src, ocr, x);
    case MediaType::kUnknown:
      break;
  }
  return Error{"not a PDF, image or UTF-8 text file (binary data or another text encoding)",
               "unsupported_type"};
}

}  // namespace

Result<Extraction> ExtractSource(Source source, const Lexicon& lex, OcrPool* ocr) {
  Extraction x;
  auto pages = ReadPages(source, ocr, &x);
  if (!pages.ok()) return pages.failure();
  if (x.ocr) RepairSectionNumbers(&pages.value(), &x.warnings);
  x.source = std::move(source);
  x.data_sha256 = lex.data_sha256();
  x.doc = BuildDocument(pages.value(), lex);
  if (x.doc.lines_split > 0) {
    x.warnings.push_back({WarningCode::kLineSplit,
                          std::to_string(x.doc.lines_split) + " line(s) longer than " +
                              std::to_string(kMaxLineBytes) +
                              " bytes cut into pieces; a fact across a cut may be missed"});
  }
  bool any_text = false;
  for (const Page& p : x.doc.pages) any_text |= !p.text.empty();
  if (!any_text) {
    // Say why when a page-level problem explains it (a refused or damaged image).
    return Error{x.warnings.empty() ? "no text in the document"
                                    : "no text in the document: " + x.warnings.front().message,
                 "no_text"};
  }
  BuildStructure(&x.doc, lex);
  x.meta = ExtractMetadata(x.doc, lex, &x.warnings);
  const DocumentContext cx = MakeContext(x.doc, lex, x.meta);
  x.agencies = ExtractAgencies(x.doc, lex, x.meta, cx);
  x.tasks = ExtractTasks(x.doc, lex, cx);
  x.deadlines = ExtractDeadlines(x.doc, lex, cx, x.tasks);
  x.targets = ExtractTargets(x.doc, lex, cx);
  x.events = ExtractEvents(x.doc, lex, cx);
  x.references = ExtractReferences(x.doc, lex, cx);
  for (Warning& w : CheckDates(x.meta, x.references, x.deadlines)) x.warnings.push_back(std::move(w));
  if (!x.meta.type && !x.meta.number && !x.meta.title) {
    x.warnings.push_back({WarningCode::kNoStructure,
                          "no type heading, number or title found: this may not be an "
                          "administrative document"});
  }
  return x;
}

Result<Extraction> ExtractFile(const std::string& path, const Lexicon& lex, OcrPool* ocr) {
  auto src = LoadSource(path);
  if (!src.ok()) return src.failure();
  return ExtractSource(std::move(src.value()), lex, ocr);
}

}  // namespace vanban
