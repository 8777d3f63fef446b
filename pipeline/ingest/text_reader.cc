#include "pipeline/ingest/text_reader.h"

#include <re2/re2.h>

#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>
#include <utility>

#include "pipeline/ingest/emphasis.h"
#include "pipeline/language/normalize.h"

namespace vanban {

namespace {

std::string_view Trim(std::string_view s) {
  // Loops: find_first_not_of calls memchr for each character it looks at.
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

// "<sup>12</sup>" → "¹²". RE2 has no callback replace, so walk the matches.
std::string ReplaceSuperscripts(const std::string& s) {
  static const RE2 kSup(R"(<sup>\s*([0-9]+)\s*</sup>)");
  std::string out;
  re2::StringPiece rest(s);
  re2::StringPiece digits;
  const char* copied = s.data();
  while (RE2::FindAndConsume(&rest, kSup, &digits)) {
    const char* match_begin = rest.data();
    // FindAndConsume leaves `rest` after the match; find where it began.
    const std::string_view whole(copied, match_begin - copied);
    const size_t open = whole.rfind("<sup>");
    out.append(whole.substr(0, open));
    out += SuperscriptDigits(std::string_view(digits.data(), digits.size()));
    copied = match_begin;
  }
  out.append(copied, s.data() + s.size() - copied);
  return out;
}

std::vector<std::string> SplitCells(std::string_view row) {
  std::vector<std::string> cells;
  row = Trim(row);
  if (!row.empty() && row.front() == '|') row.remove_prefix(1);
  if (!row.empty() && row.back() == '|') row.remove_suffix(1);
  size_t start = 0;
  while (start <= row.size()) {
    size_t bar = row.find('|', start);
    if (bar == std::string_view::npos) bar = row.size();
    cells.emplace_back(Trim(row.substr(start, bar - start)));
    start = bar + 1;
  }
  return cells;
}

bool IsTableRow(std::string_view line) {
  line = Trim(line);
  return line.size() >= 2 && line.front() == '|' && line.back() == '|';
}

bool IsTableRule(std::string_view line) {
  static const RE2 kRule(R"(^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$)");
  // Every line is asked; a rule has a "---", which few lines have.
  return line.find("---") != std::string_view::npos && RE2::FullMatch(line, kRule);
}

// A layout cell flattens several printed lines into one; put the breaks
// back where the printed layout certainly had them.
std::vector<std::string> SplitLayoutCell(const std::string& cell) {
  static const RE2 kRule(R"(\s*-{3,}\s*)");
  static const RE2 kListItem(R"(([:;.])\s+-\s+)");
  static const RE2 kBeforeVv(R"(\s+([Vv]/[Vv][\s:.]))");
  static const RE2 kBeforeMotto(R"(\s+(Độc lập\s*[-–]\s*Tự do))");
  // "KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Tấn Dũng": the capitalised name that ends
  // an all-caps signature block goes on its own line.
  // (Marks too: scraped text may be decomposed, "ụ" as "u" and a dot below.)
  static const RE2 kBeforeName(
      R"(^((?:[\p{Lu}\p{M}\d.,&()-]+\s+)*[\p{Lu}\p{M}\d.,&()-]+)\s+)"
      R"((\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,4})$)");
  std::string s = cell;
  RE2::GlobalReplace(&s, kRule, "\n");
  RE2::GlobalReplace(&s, kListItem, "\\1\n- ");
  RE2::GlobalReplace(&s, kBeforeVv, "\n\\1");
  RE2::GlobalReplace(&s, kBeforeMotto, "\n\\1");
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string::npos) nl = s.size();
    std::string part(Trim(std::string_view(s).substr(start, nl - start)));
    std::string upper, name;
    if (RE2::FullMatch(part, kBeforeName, &upper, &name)) {
      out.push_back(upper);
      out.push_back(name);
    } else if (!part.empty()) {
      out.push_back(part);
    }
    start = nl + 1;
  }
  return out;
}

void AppendTable(const std::vector<std::vector<std::string>>& rows, RawPage* page) {
  size_t width = 0;
  for (const auto& r : rows) width = std::max(width, r.size());
  if (width == 2) {
    for (size_t col = 0; col < 2; ++col) {
      for (const auto& r : rows) {
        if (col >= r.size()) continue;
        for (auto& part : SplitLayoutCell(StripInlineMarkup(r[col]))) {
          page->lines.push_back({std::move(part), std::nullopt, false});
        }
      }
      page->lines.push_back({});
    }
    return;
  }
  for (const auto& r : rows) {
    std::string joined;
    for (size_t i = 0; i < r.size(); ++i) {
      if (i) joined += '\t';
      joined += StripInlineMarkup(r[i]);
    }
    page->lines.push_back({std::move(joined), std::nullopt, false});
  }
  page->lines.push_back({});
}

// A portal's page title (a Markdown heading) or source line.
bool IsPortalLine(std::string_view line) {
  static const RE2 kPortal(R"((?i)^\s{0,3}(?:#{1,6}\s|\*?source:|\*?nguồn:))");
  return RE2::PartialMatch(line, kPortal);
}

}  // namespace

namespace {

// The named HTML entities a scraped Vietnamese page uses: spaces and
// punctuation, and the Latin-1 letters Vietnamese shares (HTML has names
// for no other letter of it; those come as numbers).
struct NamedEntity {
  std::string_view name;
  char32_t code;
};
constexpr NamedEntity kEntities[] = {
    {"nbsp", U' '},     {"amp", U'&'},      {"lt", U'<'},       {"gt", U'>'},
    {"quot", U'"'},     {"apos", U'\''},    {"ndash", U'–'},    {"mdash", U'—'},
    {"hellip", U'…'},   {"lsquo", U'‘'},    {"rsquo", U'’'},    {"ldquo", U'“'},
    {"rdquo", U'”'},    {"laquo", U'«'},    {"raquo", U'»'},    {"deg", U'°'},
    {"sect", U'§'},     {"agrave", U'à'},   {"aacute", U'á'},   {"acirc", U'â'},
    {"atilde", U'ã'},   {"egrave", U'è'},   {"eacute", U'é'},   {"ecirc", U'ê'},
    {"igrave", U'ì'},   {"iacute", U'í'},   {"ograve", U'ò'},   {"oacute", U'ó'},
    {"ocirc", U'ô'},    {"otilde", U'õ'},   {"ugrave", U'ù'},   {"uacute", U'ú'},
    {"yacute", U'ý'},   {"Agrave", U'À'},   {"Aacute", U'Á'},   {"Acirc", U'Â'},
    {"Atilde", U'Ã'},   {"Egrave", U'È'},   {"Eacute", U'É'},   {"Ecirc", U'Ê'},
    {"Igrave", U'Ì'},   {"Iacute", U'Í'},   {"Ograve", U'Ò'},   {"Oacute", U'Ó'},
    {"Ocirc", U'Ô'},    {"Otilde", U'Õ'},   {"Ugrave", U'Ù'},   {"Uacute", U'Ú'},
    {"Yacute", U'Ý'}};

void AppendUtf8(char32_t c, std::string* out) {
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, static_cast<UChar32>(c));
  out->append(buf, static_cast<size_t>(n));
}

// The character an entity at the start of `s` ("&ocirc;", "&#7889;",
// "&#x1EBF;") stands for, and its length in bytes; nullopt for an "&" that
// begins none.
std::optional<std::pair<char32_t, size_t>> EntityAt(std::string_view s) {
  const size_t semi = s.find(';');
  if (semi == std::string_view::npos || semi < 2 || semi > 10) return std::nullopt;
  const std::string_view body = s.substr(1, semi - 1);
  if (body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string_view digits = body.substr(hex ? 2 : 1);
    uint32_t code = 0;
    const auto [end, error] =
        std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
    const bool valid = error == std::errc() && end == digits.data() + digits.size() &&
                       !digits.empty() && code >= 0x20 && code <= 0x10FFFF &&
                       (code < 0xD800 || code > 0xDFFF);
    if (!valid) return std::nullopt;
    return std::make_pair(static_cast<char32_t>(code), semi + 1);
  }
  for (const NamedEntity& e : kEntities) {
    if (e.name == body) return std::make_pair(e.code, semi + 1);
  }
  return std::nullopt;
}

std::string DecodeEntities(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '&') {
      if (const auto entity = EntityAt(std::string_view(s).substr(i))) {
        AppendUtf8(entity->first, &out);
        i += entity->second;
        continue;
      }
    }
    out += s[i++];
  }
  return out;
}

}  // namespace

std::string StripInlineMarkup(std::string_view line) {
  static const RE2 kHeading(R"(^\s{0,3}#{1,6}\s+)");
  static const RE2 kBreak(R"((?i)<br\s*/?>)");
  static const RE2 kTag(R"((?i)</?(?:sup|sub|b|i|u|em|strong|span|p|div|font)(?:\s[^>]*)?>)");
  static const RE2 kAutolink(R"(<((?:https?|ftp|mailto):[^>\s]+)>)");
  static const RE2 kEscape(R"(\\([\\`*_{}\[\]()#+\-.!|]))");

  // Most lines carry no markup at all; the passes below are then skipped
  // (they were a twentieth of the text → JSON time).
  // (A loop, not find_first_of, which calls memchr once per character.)
  auto is_mark = [](char c) {
    return c == '#' || c == '<' || c == '*' || c == '_' || c == '\\' || c == '&';
  };
  if (std::none_of(line.begin(), line.end(), is_mark)) return std::string(Trim(line));
  // Each pass only where its mark is: most marked lines have one kind.
  auto has = [](const std::string& s, char c) { return s.find(c) != std::string::npos; };
  // Emphasis needs a "*" or a "__"; an unpaired mark, a "*" at either end.
  auto may_emphasise = [&has](const std::string& s) {
    return has(s, '*') || s.find("__") != std::string::npos;
  };
  std::string s(line);
  if (has(s, '#')) RE2::Replace(&s, kHeading, "");
  if (has(s, '<')) {
    s = ReplaceSuperscripts(s);
    RE2::GlobalReplace(&s, kBreak, " ");
    RE2::GlobalReplace(&s, kTag, "");
    RE2::GlobalReplace(&s, kAutolink, "\\1");
  }
  // Nested or adjacent emphasis ("**KẾ HOẠCH** **Tuyên truyền**") needs
  // more than one pass.
  for (int i = 0; i < 3 && may_emphasise(s) && ReplaceEmphasis(&s) > 0; ++i) {
  }
  // Emphasis that spans two lines leaves an unpaired mark at one end.
  if (!s.empty() && (s.front() == '*' || s.back() == '*')) {
    static const RE2 kLooseEmphasis(R"(^\*{1,3}(\S)|(\S)\*{1,3}$)");
    RE2::GlobalReplace(&s, kLooseEmphasis, "\\1\\2");
  }
  if (has(s, '\\')) RE2::GlobalReplace(&s, kEscape, "\\1");
  // Entities last: "&lt;b&gt;" is text, not a tag.
  if (has(s, '&')) s = DecodeEntities(s);
  return std::string(Trim(s));
}

// A line of nothing but a page's number (one to three digits).
bool IsPageNumber(std::string_view line) {
  line = Trim(line);
  return !line.empty() && line.size() <= 3 &&
         line.find_first_not_of("0123456789") == std::string_view::npos;
}

// Running prose: a sentence's words in lower case, longer than a scrap (a
// seal's OCR, a title in capitals around a page number is no sentence).
bool IsProse(std::string_view line) {
  return line.size() >= 20 && std::any_of(line.begin(), line.end(),
                                          [](char c) { return c >= 'a' && c <= 'z'; });
}

// Whether a line ends where a sentence or a list item may end.
bool EndsAClause(std::string_view line) {
  line = Trim(line);
  return line.empty() || std::string_view(".;:!?)").find(line.back()) != std::string_view::npos;
}

// Whether a line opens an item of its own ("6. …", "b) …", "- …").
bool OpensItem(std::string_view line) {
  line = Trim(line);
  if (line.empty()) return true;
  if (line[0] == '-' || line[0] == '+' || line[0] == '*') return true;
  const size_t mark = line.find_first_of(".)");
  return mark != std::string_view::npos && mark <= 4 && line.find(' ') == mark + 1;
}

// "… phối hợp Sở Nông nghiệp và" / "3" / "Phát triển nông thôn …": the
// page number a scan's text keeps between two halves of a sentence goes,
// and the halves are one line again.
void JoinAcrossPageNumbers(RawPage* page) {
  std::vector<RawLine>& lines = page->lines;
  std::vector<RawLine> out;
  out.reserve(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    const bool joins = IsPageNumber(lines[i].text) && !out.empty() && i + 1 < lines.size() &&
                       out.back().text.find('\t') == std::string::npos &&
                       IsProse(out.back().text) && !EndsAClause(out.back().text) &&
                       !OpensItem(lines[i + 1].text) &&
                       lines[i + 1].text.find('\t') == std::string::npos;
    if (!joins) {
      out.push_back(std::move(lines[i]));
      continue;
    }
    out.back().text += ' ';
    out.back().text += Trim(lines[i + 1].text);
    ++i;
  }
  lines = std::move(out);
}

std::vector<RawPage> ReadPlainText(std::string_view text) {
  std::vector<RawPage> pages(1);
  // Before the document's first table or its first lines of text, a
  // portal puts its page title ("# V/v hướng dẫn …", sometimes another
  // document's) and a source line ("*Source: https://…*").
  bool in_document = false;
  std::vector<std::vector<std::string>> table;
  auto flush_table = [&] {
    if (!table.empty()) AppendTable(table, &pages.back());
    table.clear();
  };

  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(start, nl - start);
    start = nl + 1;

    // A form feed starts a new page (pdftotext and many exporters use it).
    while (true) {
      const size_t ff = line.find('\f');
      if (ff == std::string_view::npos) break;
      std::string before = StripInlineMarkup(line.substr(0, ff));
      if (!before.empty()) pages.back().lines.push_back({std::move(before), std::nullopt, false});
      flush_table();
      pages.emplace_back();
      line.remove_prefix(ff + 1);
    }

    // The composed corpus separates the two header columns with a "||" line.
    if (Trim(line) == "||") continue;
    if (IsTableRule(line)) continue;
    if (IsTableRow(line)) {
      pages.back().scraped = true;
      in_document = true;
      table.push_back(SplitCells(line));
      continue;
    }
    flush_table();
    if (line.find('\t') != std::string_view::npos) {
      // Tab-separated table rows keep their tabs; each cell loses markup.
      std::string row;
      size_t c = 0;
      while (c <= line.size()) {
        size_t tab = line.find('\t', c);
        if (tab == std::string_view::npos) tab = line.size();
        if (c) row += '\t';
        row += StripInlineMarkup(line.substr(c, tab - c));
        c = tab + 1;
      }
      pages.back().lines.push_back({std::move(row), std::nullopt, false});
      continue;
    }
    RawLine raw{StripInlineMarkup(line), std::nullopt, false};
    if (!in_document && !raw.text.empty()) {
      raw.aside = IsPortalLine(line);
      pages.back().scraped |= raw.aside;
      in_document = !raw.aside;
    }
    pages.back().lines.push_back(std::move(raw));
  }
  flush_table();
  for (auto& p : pages) {
    p.origin = TextOrigin::kPlainText;
    JoinAcrossPageNumbers(&p);
  }
  return pages;
}

}  // namespace vanban
