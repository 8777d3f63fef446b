#include "pipeline/structure/blocks.h"

#include <algorithm>

#include "pipeline/language/text_util.h"
#include "pipeline/structure/table_columns.h"

namespace vanban {

namespace {

constexpr std::string_view kSpaces = "\t\n\f\r ";  // RE2's \s

size_t SkipSpaces(std::string_view line, size_t from) {
  return std::min(line.find_first_not_of(kSpaces, from), line.size());
}

Marker Numbered(MarkerKind kind, const std::string& number, int depth, size_t text_begin) {
  Marker m;
  m.kind = kind;
  m.number = number;
  m.depth = depth;
  m.text_begin = text_begin;
  return m;
}

// The numbering grammar, read by hand: markers open most lines of a
// directive, and a pattern with a group per kind cost 4,000 instructions a
// line (a seventh of the structure stage). Each reader takes the text
// after any spaces and returns where the marker ends (before the spaces
// after it), or npos when the text opens with no marker of its kind. A
// marker is followed by a space or the end of the line: "2023 là năm" and
// "1.5ha" open none.

constexpr size_t kNo = std::string_view::npos;

bool IsSpace(char c) { return kSpaces.find(c) != std::string_view::npos; }
bool EndsMarker(std::string_view t, size_t at) { return at == t.size() || IsSpace(t[at]); }

// "II." or "IV)".
size_t RomanEnd(std::string_view t, std::string* numeral) {
  const size_t run = std::min(t.find_first_not_of("IVXLC"), t.size());
  if (run == 0) return kNo;
  const size_t mark = SkipSpaces(t, run);
  if (mark == t.size() || (t[mark] != '.' && t[mark] != ')') || !EndsMarker(t, mark + 1)) {
    return kNo;
  }
  *numeral = std::string(t.substr(0, run));
  return mark + 1;
}

// "2.", "2.3.", "1)": one or two digits a part, parts joined by dots, then
// a dot or a parenthesis. "1.2 Sở" is none: its last part has no mark.
size_t NumberEnd(std::string_view t, std::string* number) {
  std::vector<size_t> part_ends;  // where each reading of the number may end
  size_t at = 0;
  while (true) {
    size_t digits = 0;
    while (at + digits < t.size() && digits < 3 && IsDigit(t[at + digits])) ++digits;
    if (digits == 0 || digits > 2) break;
    at += digits;
    part_ends.push_back(at);
    if (at == t.size() || t[at] != '.') break;
    ++at;
  }
  // The longest reading whose mark follows wins.
  for (auto it = part_ends.rbegin(); it != part_ends.rend(); ++it) {
    const size_t mark = SkipSpaces(t, *it);
    if (mark < t.size() && (t[mark] == '.' || t[mark] == ')') && EndsMarker(t, mark + 1)) {
      *number = std::string(t.substr(0, *it));
      return mark + 1;
    }
  }
  return kNo;
}

// "a)", "đ)".
size_t LetterEnd(std::string_view t, std::string* letter) {
  const size_t size = t.starts_with("đ") ? std::string_view("đ").size() : 1;
  if (t.size() <= size || t[size] != ')' || !EndsMarker(t, size + 1)) return kNo;
  if (size == 1 && (t[0] < 'a' || t[0] > 'z')) return kNo;
  *letter = std::string(t.substr(0, size));
  return size + 1;
}

// `word`, spaces, then a run of `chars` ("Mục 2", "Chương IV"); where the
// run ends, or npos.
size_t WordAndNumberEnd(std::string_view t, std::string_view word, std::string_view chars,
                        std::string* number) {
  if (!t.starts_with(word) || t.size() == word.size() || !IsSpace(t[word.size()])) return kNo;
  const size_t begin = SkipSpaces(t, word.size());
  const size_t end = std::min(t.find_first_not_of(chars, begin), t.size());
  if (end == begin) return kNo;
  *number = std::string(t.substr(begin, end - begin));
  return end;
}

// "Điều 3.", "Điều 3:", "Điều 3 Nội dung".
size_t ArticleEnd(std::string_view t, std::string* number) {
  const size_t end = WordAndNumberEnd(t, "Điều", "0123456789", number);
  if (end == kNo) return kNo;
  const size_t mark = SkipSpaces(t, end);
  if (mark < t.size() && (t[mark] == '.' || t[mark] == ':') && EndsMarker(t, mark + 1)) {
    return mark + 1;
  }
  return EndsMarker(t, end) ? end : kNo;
}

// "Chương II", "Phần 1", "Mục 2": no mark after the number.
size_t PartEnd(std::string_view t, std::string_view word, std::string_view chars,
               std::string* number) {
  const size_t end = WordAndNumberEnd(t, word, chars, number);
  return end != kNo && EndsMarker(t, end) ? end : kNo;
}

}  // namespace

Marker ReadMarker(std::string_view line) {
  const size_t lead = SkipSpaces(line, 0);
  const std::string_view t = line.substr(lead);
  if (t.empty()) return {};
  if (t[0] == '-' || t[0] == '+' || t.starts_with("•")) {
    Marker m;
    m.kind = MarkerKind::kBullet;
    m.text_begin = SkipSpaces(line, lead + (t.starts_with("•") ? std::string_view("•").size() : 1));
    return m;
  }
  std::string number;
  auto numbered = [&](MarkerKind kind, size_t end, int depth) {
    return Numbered(kind, number, depth, SkipSpaces(line, lead + end));
  };
  constexpr std::string_view kRoman = "IVXLC0123456789";
  if (IsDigit(t[0])) {
    const size_t end = NumberEnd(t, &number);
    if (end == kNo) return {};
    const int dots = static_cast<int>(std::count(number.begin(), number.end(), '.'));
    return numbered(MarkerKind::kNumber, end, 1 + dots);
  }
  if (size_t end = RomanEnd(t, &number); end != kNo) return numbered(MarkerKind::kRoman, end, 0);
  if (size_t end = LetterEnd(t, &number); end != kNo) return numbered(MarkerKind::kLetter, end, 3);
  if (size_t end = ArticleEnd(t, &number); end != kNo) {
    return numbered(MarkerKind::kArticle, end, 0);
  }
  if (size_t end = PartEnd(t, "Chương", kRoman, &number); end != kNo) {
    return numbered(MarkerKind::kChapter, end, 0);
  }
  if (size_t end = PartEnd(t, "Phần", kRoman, &number); end != kNo) {
    return numbered(MarkerKind::kPart, end, 0);
  }
  if (size_t end = PartEnd(t, "Mục", "0123456789", &number); end != kNo) {
    return numbered(MarkerKind::kSection, end, 0);
  }
  return {};
}

namespace {

class BlockBuilder {
 public:
  BlockBuilder(Document* doc, const Lexicon& lex) : doc_(*doc), lex_(lex) {}

  void Run() {
    const size_t n = doc_.lines.size();
    doc_.markers.assign(n, Marker{});
    doc_.line_block.assign(n, 0);
    doc_.line_table.assign(n, -1);
    doc_.line_row.assign(n, -1);
    doc_.blocks.assign(1, Block{Block::Kind::kDocument, 0, n, -1, {}, -1});
    doc_.tables.clear();
    FindTables();
    for (size_t i = 0; i < n; ++i) Place(i);
    while (open_.size() > 1) Close(n);
  }

 private:
  // Tables first: a row's marker-like first cell ("1\tSở Y tế") opens no
  // item.
  void FindTables() {
    bool in_table = false;
    for (size_t i = 0; i < doc_.lines.size(); ++i) {
      const std::string_view line = doc_.LineText(i);
      if (line.find('\t') == std::string_view::npos) {
        if (!Trim(line).empty()) in_table = false;
        continue;
      }
      TableRow row{i, Cells(line)};
      if (!in_table) {
        in_table = true;
        doc_.tables.emplace_back();
        doc_.tables.back().has_header = IsHeaderRow(line, row);
      }
      Table& table = doc_.tables.back();
      if (table.has_header && table.rows.empty()) {
        for (const TableCell& c : row.cells) {
          table.columns.push_back(ColumnOf(line.substr(c.begin, c.end - c.begin), lex_));
        }
      }
      doc_.line_table[i] = static_cast<int>(doc_.tables.size() - 1);
      doc_.line_row[i] = static_cast<int>(table.rows.size());
      table.rows.push_back(std::move(row));
    }
  }

  // A table's first row names its columns when no cell of it is a bare
  // figure ("1", "1.250", "95%"): "Kế hoạch năm 2025" is a header.
  static bool IsHeaderRow(std::string_view line, const TableRow& row) {
    for (const TableCell& c : row.cells) {
      const std::string_view cell = Trim(line.substr(c.begin, c.end - c.begin));
      if (!cell.empty() && cell.find_first_not_of("0123456789.,% ") == std::string_view::npos) {
        return false;
      }
    }
    return true;
  }

  static std::vector<TableCell> Cells(std::string_view line) {
    std::vector<TableCell> cells;
    size_t from = 0;
    for (size_t tab = line.find('\t'); tab != std::string_view::npos; tab = line.find('\t', from)) {
      cells.push_back({from, tab});
      from = tab + 1;
    }
    cells.push_back({from, line.size()});
    return cells;
  }

  int Top() const { return open_.back(); }

  int Add(Block::Kind kind, size_t line) {
    const int id = static_cast<int>(doc_.blocks.size());
    doc_.blocks.push_back(Block{kind, line, line + 1, Top(), {}, -1});
    doc_.blocks[Top()].children.push_back(id);
    return id;
  }

  // Ends the innermost open item before line `at`.
  void Close(size_t at) {
    doc_.blocks[Top()].end = at;
    open_.pop_back();
    depth_.pop_back();
  }

  void Place(size_t i) {
    const Role role = doc_.roles[i];
    if (doc_.line_table[i] < 0 && role == Role::kBlank) {
      // Inside a table until a line that is not its next row says otherwise.
      doc_.line_block[i] = Top();
      if (table_block_ >= 0) blanks_in_table_.push_back(i);
      return;
    }
    if (role != Role::kBody && role != Role::kBlank) {
      while (open_.size() > 1) Close(i);
    }
    if (const int t = doc_.line_table[i]; t >= 0) {
      if (table_block_ < 0 || doc_.blocks[table_block_].table != t) {
        table_block_ = Add(Block::Kind::kTable, i);
        doc_.blocks[table_block_].table = t;
      }
      for (size_t b : blanks_in_table_) doc_.line_block[b] = table_block_;
      blanks_in_table_.clear();
      doc_.blocks[table_block_].end = i + 1;
      doc_.line_block[i] = table_block_;
      return;
    }
    table_block_ = -1;
    blanks_in_table_.clear();
    if (role == Role::kBody) doc_.markers[i] = ReadMarker(doc_.LineText(i));
    const Marker& marker = doc_.markers[i];
    if (!marker.numbered()) {
      doc_.line_block[i] = Add(Block::Kind::kParagraph, i);
      return;
    }
    while (open_.size() > 1 && depth_.back() >= marker.depth) Close(i);
    const int item = Add(Block::Kind::kItem, i);
    open_.push_back(item);
    depth_.push_back(marker.depth);
    doc_.line_block[i] = item;
  }

  Document& doc_;
  const Lexicon& lex_;
  std::vector<int> open_{0};    // the document and the items open at the current line
  std::vector<int> depth_{-1};  // their markers' depths
  int table_block_ = -1;        // the table whose rows the last lines were
  std::vector<size_t> blanks_in_table_;  // blank lines since its last row
};

}  // namespace

void BuildBlocks(Document* doc, const Lexicon& lex) { BlockBuilder(doc, lex).Run(); }

}  // namespace vanban
