#include "pipeline/layout/page_builder.h"

#include "pipeline/language/lexicon.h"
#include "pipeline/language/normalize.h"
#include "pipeline/language/syllables.h"
#include "pipeline/language/text_util.h"

namespace vanban {

Document BuildDocument(const std::vector<RawPage>& raw_pages, const Lexicon& lex) {
  Document doc;
  for (size_t p = 0; p < raw_pages.size(); ++p) {
    Page page;
    page.number = static_cast<int>(p + 1);
    page.origin = raw_pages[p].origin;
    std::vector<Line> lines;
    for (const RawLine& raw : raw_pages[p].lines) {
      std::string text = NormalizeLine(raw.text);
      // Portals scrape spaces into words; typed text, a text layer or OCR
      // has none.
      if (raw_pages[p].scraped) JoinSplitSyllables(&text);
      const bool blank = text.empty();
      if (blank && (lines.empty() || lines.back().begin == lines.back().end)) continue;
      if (!page.text.empty()) page.text += '\n';
      Line line;
      line.page = page.number;
      line.begin = page.text.size();
      page.text += text;
      line.end = page.text.size();
      line.bbox = raw.bbox;
      line.centered = raw.centered;
      line.confidence = raw.confidence;
      line.aside = raw.aside;
      lines.push_back(line);
    }
    while (!lines.empty() && lines.back().begin == lines.back().end) {
      lines.pop_back();
    }
    if (!lines.empty()) page.text.resize(lines.back().end);
    else page.text.clear();
    doc.lines.insert(doc.lines.end(), lines.begin(), lines.end());
    doc.pages.push_back(std::move(page));
  }
  doc.roles.assign(doc.lines.size(), Role::kBody);
  doc.line_words.reserve(doc.lines.size());
  doc.line_ids.reserve(doc.lines.size());
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    doc.line_words.push_back(Words(doc.LineText(i)));
    doc.line_ids.push_back(lex.IdsOf(doc.line_words.back()));
  }
  return doc;
}

}  // namespace vanban
