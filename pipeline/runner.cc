#include "pipeline/runner.h"

#include "extractors/agencies.h"
#include "extractors/context.h"
#include "extractors/date_checks.h"
#include "extractors/deadlines.h"
#include "extractors/events.h"
#include "extractors/header_evidence.h"
#include "extractors/metadata.h"
#include "extractors/references.h"
#include "extractors/targets.h"
#include "extractors/tasks.h"
#include "pipeline/ingest/page_image.h"
#include "pipeline/ingest/pdf_reader.h"
#include "pipeline/ingest/signature_stamps.h"
#include "pipeline/ingest/source.h"
#include "pipeline/ingest/text_reader.h"
#include "pipeline/language/lexicon.h"
#include "pipeline/layout/page_builder.h"
#include "pipeline/ocr/ocr_pool.h"
#include "pipeline/ocr/ocr_reader.h"
#include "pipeline/structure/documents.h"
#include "pipeline/structure/section_numbers.h"
#include "pipeline/structure/structure.h"

namespace vanban {

namespace {

// Tesseract's models are trained on text of 20-40 px x-height; 300 dpi puts
// the 13-14 pt type of NĐ 30 documents there.
constexpr double kOcrDpi = 300;

// What reading one document may still spend, and where its warnings go.
struct Reading {
  const Source& src;
  OcrPool* ocr;
  const Limits& limits;
  StopTime until;
  Extraction* x;

  void Warn(WarningCode code, std::string message) const {
    x->warnings.push_back({code, std::move(message)});
  }
  void WarnDropped(int count) const {
    if (count <= limits.max_pages) return;
    Warn(WarningCode::kPagesDropped,
         "the document has " + std::to_string(count) + " pages; only the first " +
             std::to_string(limits.max_pages) + " were read (the page limit)");
  }
};

// Pages readable without OCR are kept as read; the others go to the OCR pool.
Result<std::vector<RawPage>> ReadPdfPages(const Reading& r) {
  auto pdf = ReadPdf(r.src.bytes, r.limits.max_pages, r.until);
  if (!pdf.ok()) return pdf.failure();
  r.WarnDropped(pdf.value().page_count);
  std::vector<RawPage> pages = std::move(pdf.value().pages);
  // Read from the text layer before OCR reads the same boxes less well.
  for (size_t p = 0; p < pages.size(); ++p) {
    for (DigitalSignature& s : ReadSignatureStamps(pages[p], static_cast<int>(p) + 1)) {
      r.x->signatures.push_back(std::move(s));
    }
  }
  if (const auto& late = pdf.value().pages_out_of_time; !late.empty()) {
    r.Warn(WarningCode::kDocumentTimeout,
           "the document's time ran out: " + std::to_string(late.size()) +
               " page(s) not read, from page " + std::to_string(late.front()));
  }
  for (const LegacyFontPage& l : pdf.value().legacy_pages) {
    r.Warn(WarningCode::kLegacyFont,
           "page " + std::to_string(l.page) + " is typed in a " +
               (l.charset == LegacyCharset::kTcvn3 ? "TCVN3 (.VnTime)" : "VNI") +
               " font: its text was turned into Unicode, and capitals set in the font's "
               "capital face may read as small letters");
  }
  std::vector<int> scanned;
  for (int p : pdf.value().pages_without_text) scanned.push_back(p - 1);
  if (scanned.empty()) return pages;
  if (!r.ocr) {
    if (scanned.size() == pages.size()) {
      return Error{"PDF has no text layer (scanned) and OCR is turned off", "ocr_off"};
    }
    for (int p : scanned) {
      r.Warn(WarningCode::kPageWithoutText,
             "page " + std::to_string(p + 1) + " has no usable text layer and was not read");
    }
    return pages;
  }
  auto images = OpenPdfImages(r.src.bytes, kOcrDpi, r.limits.max_pixels);
  if (!images.ok()) return images.failure();
  // What the text layer set aside (signature stamps) is set aside in what
  // OCR reads of the same place.
  std::vector<std::vector<BBox>> stamps;
  for (int p : scanned) stamps.push_back(AsideBoxes(pages[p]));
  r.x->ocr.emplace();
  OcrPages(*images.value(), scanned, *r.ocr, r.until, &pages, &r.x->warnings, &*r.x->ocr);
  for (size_t k = 0; k < scanned.size(); ++k) SetAsideWithin(stamps[k], &pages[scanned[k]]);
  return pages;
}

Result<std::vector<RawPage>> ReadImagePages(const Reading& r) {
  if (!r.ocr) return Error{"image input needs OCR, which is turned off", "ocr_off"};
  auto images = OpenImageFile(r.src.bytes, r.limits.max_pixels);
  if (!images.ok()) return images.failure();
  const int count = images.value()->PageCount();
  r.WarnDropped(count);
  std::vector<RawPage> pages(std::min(count, r.limits.max_pages));
  std::vector<int> all;
  for (int i = 0; i < static_cast<int>(pages.size()); ++i) all.push_back(i);
  r.x->ocr.emplace();
  OcrPages(*images.value(), all, *r.ocr, r.until, &pages, &r.x->warnings, &*r.x->ocr);
  return pages;
}

// Form feeds part the pages of a text.
std::vector<RawPage> ReadTextPages(const Reading& r) {
  std::vector<RawPage> pages = ReadPlainText(r.src.bytes);
  r.WarnDropped(static_cast<int>(pages.size()));
  if (static_cast<int>(pages.size()) > r.limits.max_pages) pages.resize(r.limits.max_pages);
  return pages;
}

Result<std::vector<RawPage>> ReadPages(const Reading& r) {
  switch (r.src.media_type) {
    case MediaType::kText:
      return ReadTextPages(r);
    case MediaType::kPdf:
      return ReadPdfPages(r);
    case MediaType::kPng:
    case MediaType::kJpeg:
    case MediaType::kTiff:
      return ReadImagePages(r);
    case MediaType::kUnknown:
      break;
  }
  return Error{"not a PDF, image or UTF-8 text file (binary data or another text encoding)",
               "unsupported_type"};
}

}  // namespace

namespace {

// The stages after reading, on one document's pages: structure and every
// extractor. `x` holds what reading gave (source, OCR summary, warnings).
Result<Extraction> ExtractDocument(Extraction x, Document doc, const Lexicon& lex,
                                   const Limits& limits) {
  x.doc = std::move(doc);
  if (x.doc.lines_split > 0) {
    x.warnings.push_back({WarningCode::kLineSplit,
                          std::to_string(x.doc.lines_split) + " line(s) longer than " +
                              std::to_string(limits.max_line_bytes) +
                              " bytes cut into pieces; a fact across a cut may be missed"});
  }
  if (x.doc.lines_dropped > 0) {
    x.warnings.push_back({WarningCode::kLinesDropped,
                          std::to_string(x.doc.lines_dropped) + " line(s) past the first " +
                              std::to_string(limits.max_lines) +
                              " were not read (the line limit)"});
  }
  bool any_text = false;
  for (const Page& p : x.doc.pages) any_text |= !p.text.empty();
  if (!any_text) {
    // Say why when page-level problems explain it (a refused or damaged
    // image, a limit reached): the first three, on the one error line.
    std::string why = "no text in the document";
    for (size_t i = 0; i < std::min<size_t>(x.warnings.size(), 3); ++i) {
      why += (i ? "; " : ": ") + x.warnings[i].message;
    }
    return Error{why, "no_text"};
  }
  BuildStructure(&x.doc, lex);
  x.meta = ExtractMetadata(x.doc, lex, &x.warnings);
  CompleteScannedHeader(x.doc, lex, x.source.path, x.signatures, &x.meta, &x.warnings);
  const DocumentContext cx = MakeContext(x.doc, lex, x.meta);
  x.agencies = ExtractAgencies(x.doc, lex, x.meta, cx);
  x.tasks = ExtractTasks(x.doc, lex, cx);
  x.deadlines = ExtractDeadlines(x.doc, lex, cx, x.tasks);
  UseFullNames(x.agencies, lex, &x.tasks, &x.deadlines);
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

// A source read into pages, with what reading gave.
struct PagesRead {
  Extraction x;
  std::vector<RawPage> pages;
};

Result<PagesRead> ReadSource(Source source, const Lexicon& lex, OcrPool* ocr,
                             const Limits& limits) {
  PagesRead r;
  const StopTime until =
      std::chrono::steady_clock::now() +
      std::chrono::duration_cast<std::chrono::steady_clock::duration>(
          std::chrono::duration<double>(limits.document_seconds));
  auto pages = ReadPages(Reading{source, ocr, limits, until, &r.x});
  if (!pages.ok()) return pages.failure();
  r.pages = std::move(pages.value());
  if (r.x.ocr) RepairSectionNumbers(&r.pages, &r.x.warnings);
  r.x.source = std::move(source);
  r.x.data_sha256 = lex.data_sha256();
  return r;
}

// `pages` with the lines of every page outside [first, last] (1-based)
// taken out: the pages keep their numbers, so spans stay the file's.
std::vector<RawPage> OnlyPages(const std::vector<RawPage>& pages, int first, int last) {
  std::vector<RawPage> out = pages;
  for (int p = 1; p <= static_cast<int>(out.size()); ++p) {
    if (p < first || p > last) out[p - 1].lines.clear();
  }
  return out;
}

// What reading the file gave (`read`: source, OCR summary, warnings), for
// one of the documents it holds, which a warning then names.
Extraction ReadingFor(const Extraction& read, const DocumentPart& part) {
  Extraction x;
  x.source = read.source;
  x.data_sha256 = read.data_sha256;
  x.ocr = read.ocr;
  for (const DigitalSignature& s : read.signatures) {
    if (s.page >= part.first_page && s.page <= part.last_page) x.signatures.push_back(s);
  }
  x.warnings = read.warnings;
  x.part = part;
  x.warnings.push_back({WarningCode::kDocumentSplit,
                        "the file holds " + std::to_string(part.count) +
                            " documents, each opening with its own header and number: this "
                            "record is document " + std::to_string(part.index) + ", pages " +
                            std::to_string(part.first_page) + "-" +
                            std::to_string(part.last_page)});
  return x;
}

}  // namespace

Result<Extraction> ExtractSource(Source source, const Lexicon& lex, OcrPool* ocr,
                                 const Limits& limits) {
  auto read = ReadSource(std::move(source), lex, ocr, limits);
  if (!read.ok()) return read.failure();
  Document doc = BuildDocument(read.value().pages, lex, limits);
  return ExtractDocument(std::move(read.value().x), std::move(doc), lex, limits);
}

Result<std::vector<Extraction>> ExtractDocuments(Source source, const Lexicon& lex, OcrPool* ocr,
                                                 const Limits& limits) {
  auto read = ReadSource(std::move(source), lex, ocr, limits);
  if (!read.ok()) return read.failure();
  PagesRead& r = read.value();
  Document whole = BuildDocument(r.pages, lex, limits);
  const std::vector<int> first = DocumentFirstPages(whole);
  std::vector<Extraction> out;
  if (first.size() == 1) {
    auto x = ExtractDocument(std::move(r.x), std::move(whole), lex, limits);
    if (!x.ok()) return x.failure();
    out.push_back(std::move(x.value()));
    return out;
  }
  const int count = static_cast<int>(first.size());
  for (int k = 0; k < count; ++k) {
    const int last = k + 1 < count ? first[k + 1] - 1 : static_cast<int>(r.pages.size());
    const DocumentPart part{k + 1, count, first[k], last};
    Document doc = BuildDocument(OnlyPages(r.pages, part.first_page, part.last_page), lex, limits);
    auto x = ExtractDocument(ReadingFor(r.x, part), std::move(doc), lex, limits);
    if (!x.ok()) return x.failure();
    out.push_back(std::move(x.value()));
  }
  return out;
}

Result<Extraction> ExtractFile(const std::string& path, const Lexicon& lex, OcrPool* ocr,
                               const Limits& limits) {
  auto src = LoadSource(path, limits.max_input_bytes);
  if (!src.ok()) return src.failure();
  return ExtractSource(std::move(src.value()), lex, ocr, limits);
}

}  // namespace vanban
