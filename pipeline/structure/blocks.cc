#include "pipeline/structure/blocks.h"

#include <re2/re2.h>

#include <algorithm>

#include "pipeline/language/text_util.h"
#include "pipeline/structure/table_columns.h"

namespace vanban {

namespace {

constexpr std::string_view kSpaces = "\t\n\f\r ";  // RE2's \s

// Whether `t` (no leading space) may open a numbered marker: the cheap test
// that spares most lines the pattern.
bool MayOpenMarker(std::string_view t) {
  if (t.empty()) return false;
  const char c = t[0];
  if (c >= '0' && c <= '9') return true;
  if (c >= 'a' && c <= 'z') return t.size() > 1 && t[1] == ')';
  if (t.starts_with("đ)")) return true;
  for (std::string_view word : {"Chương", "Phần", "Mục", "Điều"}) {
    if (t.starts_with(word)) return true;
  }
  const size_t numeral_end = std::min(t.find_first_not_of("IVXLC"), t.size());
  if (numeral_end == 0) return false;
  const size_t mark = std::min(t.find_first_not_of(kSpaces, numeral_end), t.size());
  return mark < t.size() && (t[mark] == '.' || t[mark] == ')');
}

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
  if (!MayOpenMarker(t)) return {};
  static const RE2 kMarker(
      R"(^(?:([IVXLC]+)\s*[.)]|(\d{1,2}(?:\.\d{1,2})*)\s*[.)]|([a-zđ])\)|Điều\s+(\d+)\s*[.:]?|)"
      R"((Chương|Phần)\s+([IVXLC\d]+)|Mục\s+(\d+))(?:\s|$))");
  std::string roman, number, letter, article, part_word, part, section;
  re2::StringPiece in(t.data(), t.size());
  if (!RE2::Consume(&in, kMarker, &roman, &number, &letter, &article, &part_word, &part,
                    &section)) {
    return {};
  }
  const size_t end = SkipSpaces(line, lead + static_cast<size_t>(in.data() - t.data()));
  if (!roman.empty()) return Numbered(MarkerKind::kRoman, roman, 0, end);
  if (!number.empty()) {
    const int dots = static_cast<int>(std::count(number.begin(), number.end(), '.'));
    return Numbered(MarkerKind::kNumber, number, 1 + dots, end);
  }
  if (!letter.empty()) return Numbered(MarkerKind::kLetter, letter, 3, end);
  if (!article.empty()) return Numbered(MarkerKind::kArticle, article, 0, end);
  if (!section.empty()) return Numbered(MarkerKind::kSection, section, 0, end);
  return Numbered(part_word == "Chương" ? MarkerKind::kChapter : MarkerKind::kPart, part, 0, end);
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
