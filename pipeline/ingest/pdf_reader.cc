#include "pipeline/ingest/pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <memory>

#include "pipeline/ingest/legacy_charsets.h"
#include "pipeline/ingest/pdf_tables.h"
#include "pipeline/ingest/signature_stamps.h"
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

// Whether `text` holds a letter of Unicode Vietnamese past Latin-1 ("ă",
// "ư": U+0100-U+024F; "ộ": U+1EA0-U+1EF9), which no legacy font's text
// layer gives (its quotes and dashes may be past Latin-1: “ – …).
bool HasVietnameseLetters(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0xC4 && c <= 0xC9) return true;
    if (c == 0xE1 && i + 1 < text.size()) {
      const unsigned char d = static_cast<unsigned char>(text[i + 1]);
      if (d == 0xBA || d == 0xBB) return true;
    }
  }
  return false;
}

// The lines of a page typed in a TCVN3 or VNI font, turned into Unicode:
// the page's text decides the charset; lines already in Unicode (a
// signing service's stamp) are left. The charset, or nullopt for none.
std::optional<LegacyCharset> ConvertLegacyFontText(std::vector<RawLine>* lines) {
  std::string text;
  for (const RawLine& l : *lines) {
    if (HasVietnameseLetters(l.text)) continue;
    text += WithSoftHyphensRestored(l.text);
    text += '\n';
  }
  // A legacy font's letters are Latin-1's (lead bytes C2, C3 in UTF-8): a
  // page with none has nothing to convert, and needs no count of syllables.
  if (text.find('\xC2') == std::string::npos && text.find('\xC3') == std::string::npos) {
    return std::nullopt;
  }
  const std::optional<LegacyCharset> charset = LegacyCharsetOf(text);
  if (!charset) return std::nullopt;
  for (RawLine& l : *lines) {
    if (HasVietnameseLetters(l.text)) continue;
    l.text = FromLegacy(*charset == LegacyCharset::kTcvn3 ? WithSoftHyphensRestored(l.text) : l.text,
                        *charset);
  }
  return charset;
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
    if (const auto charset = ConvertLegacyFontText(&page.lines)) {
      out.legacy_pages.push_back({i + 1, *charset});
    }
    SetAsideSignatureStamps(&page.lines);
    if (!UsableText(page.lines)) out.pages_without_text.push_back(i + 1);
    out.pages.push_back(std::move(page));
  }
  return out;
}

}  // namespace vanban
