#include "pipeline/structure/documents.h"

#include "pipeline/language/text_util.h"
#include "pipeline/structure/structure.h"

namespace vanban {

namespace {

// How far down a page its header block may reach, in lines with text: a
// header takes 6–12, a stamp or a scrap of OCR above it a few more.
constexpr int kHeaderLines = 16;

struct HeaderSigns {
  bool number = false;
  bool motto = false;
  bool place_date = false;
  bool Opens() const { return number && (motto || place_date); }
};

}  // namespace

std::vector<int> DocumentFirstPages(const Document& doc) {
  std::vector<int> first{1};
  int page = 0;
  int seen = 0;  // lines with text on this page so far
  HeaderSigns signs;
  bool page_has_text = false;
  bool document_has_text = false;  // on a page before this one, since first.back()
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    const Line& line = doc.lines[i];
    if (line.page != page) {
      document_has_text |= page_has_text;
      page = line.page;
      seen = 0;
      signs = HeaderSigns{};
      page_has_text = false;
    }
    const std::string_view t = Trim(doc.LineText(i));
    if (t.empty() || line.aside) continue;
    page_has_text = true;
    if (document_has_text && seen < kHeaderLines) {
      signs.number |= IsNumberLine(t);
      // The quốc hiệu itself, not a rule that may stand under it.
      signs.motto |= IsMottoLine(t) && IsUpperText(t);
      signs.place_date |= IsPlaceDateLine(t);
      if (signs.Opens()) {
        first.push_back(page);
        document_has_text = false;
        seen = kHeaderLines;  // this page is decided
      }
    }
    ++seen;
  }
  return first;
}

}  // namespace vanban
