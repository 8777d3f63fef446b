#include "pipeline/layout/page_builder.h"

#include <algorithm>

#include "pipeline/language/lexicon.h"
#include "pipeline/language/normalize.h"
#include "pipeline/language/syllables.h"
#include "pipeline/language/text_util.h"

namespace vanban {

namespace {

// Where to cut a line of more than `max` bytes (see the header): the
// length of its first piece and of what is dropped after it (a space).
std::pair<size_t, size_t> Cut(std::string_view text, size_t max) {
  const std::string_view window = text.substr(0, max);
  for (std::string_view end : {". ", "; "}) {
    const size_t at = window.rfind(end);
    if (at != std::string_view::npos && at >= max / 2) return {at + 1, 1};
  }
  const size_t space = window.rfind(' ');
  if (space != std::string_view::npos && space >= max / 2) return {space, 1};
  size_t at = max;
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return {at, 0};
}

// `text` in pieces of at most `max` bytes.
std::vector<std::string> Pieces(std::string text, size_t max) {
  std::vector<std::string> out;
  std::string_view rest = text;
  while (rest.size() > max) {
    const auto [length, dropped] = Cut(rest, max);
    out.emplace_back(rest.substr(0, length));
    rest.remove_prefix(length + dropped);
  }
  out.emplace_back(rest);
  return out;
}

}  // namespace

Document BuildDocument(const std::vector<RawPage>& raw_pages, const Lexicon& lex,
                       const Limits& limits) {
  // Below a few characters no line could be cut at a character boundary.
  const size_t max_line_bytes = std::max<size_t>(limits.max_line_bytes, 16);
  Document doc;
  for (size_t p = 0; p < raw_pages.size(); ++p) {
    Page page;
    page.number = static_cast<int>(p + 1);
    page.origin = raw_pages[p].origin;
    std::vector<Line> lines;
    for (const RawLine& raw : raw_pages[p].lines) {
      if (doc.lines.size() + lines.size() >= limits.max_lines) {
        ++doc.lines_dropped;
        continue;
      }
      std::string text = NormalizeLine(raw.text);
      // Portals scrape spaces into words; typed text, a text layer or OCR
      // has none. A space typed one letter early ("Xúc tiến Đầut ư") is
      // in printed documents too.
      if (raw_pages[p].scraped) {
        JoinSplitSyllables(&text);
        SplitGluedSyllables(&text);
        CloseUpScrapedSpacing(&text);
      }
      ShiftMisplacedSpaces(&text);
      const bool blank = text.empty();
      if (blank && (lines.empty() || lines.back().begin == lines.back().end)) continue;
      if (text.size() > max_line_bytes) ++doc.lines_split;
      for (const std::string& piece : Pieces(std::move(text), max_line_bytes)) {
        if (!page.text.empty()) page.text += '\n';
        Line line;
        line.page = page.number;
        line.begin = page.text.size();
        page.text += piece;
        line.end = page.text.size();
        line.bbox = raw.bbox;
        line.centered = raw.centered;
        line.confidence = raw.confidence;
        line.aside = raw.aside;
        lines.push_back(line);
      }
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
