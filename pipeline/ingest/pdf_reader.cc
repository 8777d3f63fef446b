#include "pipeline/ingest/pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <string_view>

#include "pipeline/ingest/pdf_tables.h"
#include "pipeline/layout/reading_order.h"

namespace vanban {

namespace {

// Poppler prints parse complaints to stderr; the caller reports failures
// itself, one line per document.
void SilencePoppler() {
  static const bool once = [] {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
    return true;
  }();
  (void)once;
}

std::string ToUtf8(const poppler::ustring& u) {
  const poppler::byte_array bytes = u.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// A line a digital-signature stamp is anchored by: "Ký bởi: …", "Người
// ký: …", "Thời gian ký: …", or the stamp's time ("27.01.2025 07:10:01
// +07:00"). The stamping software writes these, not the document.
bool SignsTheStamp(std::string_view text) {
  static const RE2 kAnchor(
      R"((?i)^\s*(?:ký bởi|người ký|thời gian ký|ngày ký)\s*:|)"
      R"(^\s*\d{1,2}[./]\d{1,2}[./]\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[+-]\d{2}:?\d{2}\s*$|)"
      // The same with its zone on the next line ("24.01.2025 20:01:14",
      // "+07:00"): seconds and a zone alone are a stamp's, never a text's.
      R"(^\s*\d{1,2}[./]\d{1,2}[./]\d{4}\s+\d{1,2}:\d{2}:\d{2}\s*$|^\s*[+-]\d{2}:\d{2}\s*$)");
  return RE2::PartialMatch(text, kAnchor);
}

// Whether two boxes are neighbours in one stamp: their columns overlap and
// the gap between them is under two line heights.
bool SameStamp(const BBox& a, const BBox& b) {
  const double height = std::max(a[3] - a[1], b[3] - b[1]);
  const bool columns = a[0] < b[2] && b[0] < a[2];
  const double gap = std::max(a[1], b[1]) - std::min(a[3], b[3]);
  return columns && gap < 2 * height;
}

// A text layer is usable when it has real letters, not just a
// digital-signature stamp (set aside) on an otherwise scanned page.
bool UsableText(const std::vector<RawLine>& lines) {
  size_t chars = 0;
  for (const auto& l : lines) chars += l.aside ? 0 : l.text.size();
  return chars >= 200;
}

}  // namespace

Result<PdfPages> ReadPdf(const std::string& bytes, int max_pages, StopTime until) {
  SilencePoppler();
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return Error{"not a readable PDF (damaged or truncated)", "damaged_pdf"};
  if (doc->is_locked()) return Error{"encrypted PDF (password required)", "encrypted_pdf"};
  const int n = doc->pages();
  if (n <= 0) return Error{"PDF has no pages", "damaged_pdf"};

  PdfPages out;
  out.page_count = n;
  for (int i = 0; i < std::min(n, max_pages); ++i) {
    RawPage page;
    page.origin = TextOrigin::kPdfText;
    if (std::chrono::steady_clock::now() >= until) {
      out.pages_out_of_time.push_back(i + 1);
      out.pages.push_back(std::move(page));
      continue;
    }
    std::unique_ptr<poppler::page> p(doc->create_page(i));
    if (p) {
      std::vector<PositionedWord> words;
      for (const poppler::text_box& box : p->text_list()) {
        const poppler::rectf r = box.bbox();
        words.push_back({ToUtf8(box.text()), r.left(), r.top(), r.right(), r.bottom(),
                         box.has_space_after(), std::nullopt});
      }
      page.lines = OrderWords(words, p->page_rect().width());
      // A line of three or more blocks side by side is a table row: look
      // for the table's rules and read its cells whole.
      const bool table = std::any_of(page.lines.begin(), page.lines.end(), [](const RawLine& l) {
        return l.text.find('\t') != std::string::npos;
      });
      if (table) {
        std::vector<RawLine> rows = TakeTableRows(*p, &words);
        if (!rows.empty()) {
          page.lines = PlaceTableRows(OrderWords(std::move(words), p->page_rect().width()), rows);
        }
      }
    }
    SetAsideSignatureStamps(&page.lines);
    if (!UsableText(page.lines)) out.pages_without_text.push_back(i + 1);
    out.pages.push_back(std::move(page));
  }
  return out;
}

void SetAsideSignatureStamps(std::vector<RawLine>* lines) {
  constexpr size_t kStampLineBytes = 80;
  bool any = false;
  for (RawLine& l : *lines) {
    if (l.bbox && SignsTheStamp(l.text)) l.aside = any = true;
  }
  for (bool grew = any; grew;) {
    grew = false;
    for (RawLine& l : *lines) {
      if (l.aside || !l.bbox || l.text.empty() || l.text.size() > kStampLineBytes) continue;
      for (const RawLine& stamp : *lines) {
        if (stamp.aside && stamp.bbox && SameStamp(*l.bbox, *stamp.bbox)) {
          l.aside = grew = true;
          break;
        }
      }
    }
  }
}

std::vector<BBox> AsideBoxes(const RawPage& page) {
  std::vector<BBox> out;
  for (const RawLine& l : page.lines) {
    if (l.aside && l.bbox) out.push_back(*l.bbox);
  }
  return out;
}

void SetAsideWithin(const std::vector<BBox>& boxes, RawPage* page) {
  // OCR boxes a line a little differently from the text layer: a line is
  // the stamp's when most of it lies within a stamp line's box grown by a
  // few points.
  constexpr double kSlackPt = 3;
  for (RawLine& l : page->lines) {
    if (!l.bbox) continue;
    const BBox& b = *l.bbox;
    const double area = (b[2] - b[0]) * (b[3] - b[1]);
    if (area <= 0) continue;
    double inside = 0;
    for (const BBox& s : boxes) {
      const double w = std::min(b[2], s[2] + kSlackPt) - std::max(b[0], s[0] - kSlackPt);
      const double h = std::min(b[3], s[3] + kSlackPt) - std::max(b[1], s[1] - kSlackPt);
      if (w > 0 && h > 0) inside += w * h;
    }
    if (inside > area / 2) l.aside = true;
  }
}

}  // namespace vanban
