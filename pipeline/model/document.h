// The data model every stage shares: pages of normalised text, the lines
// they are made of, their structural roles, and the spans that point back
// into them.
//
// Offsets inside the pipeline are UTF-8 byte offsets into Page::text; the
// JSON writer turns them into the code-point offsets the output contract
// asks for. Keeping bytes inside lets RE2 results be used without copying.
#ifndef VANBAN_PIPELINE_MODEL_DOCUMENT_H_
#define VANBAN_PIPELINE_MODEL_DOCUMENT_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/enums.h"

namespace vanban {

// [x0, y0, x1, y1] in PDF points, origin top-left of the page.
using BBox = std::array<double, 4>;

enum class TextOrigin { kPlainText, kPdfText, kOcr };

// A line as a reader delivers it, before normalisation.
struct RawLine {
  std::string text;
  std::optional<BBox> bbox;
  bool centered = false;  // layout hint from PDF geometry
  std::optional<double> confidence;  // OCR: mean word confidence, 0..1
  bool aside = false;     // a reader's note that it is around the document, not of it
};

// A word with its box, as a PDF text layer or OCR gives it, before the
// layout stage orders words into lines.
struct PositionedWord {
  std::string text;  // UTF-8
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // points, origin top-left
  bool space_after = true;
  std::optional<double> confidence;  // 0..1, OCR only
  // Which text line OCR read the word in (numbered on its page), -1 for a
  // text layer: a skewed scan's neighbouring lines overlap in height, and
  // only this tells their words apart.
  int ocr_line = -1;
};

struct RawPage {
  std::vector<RawLine> lines;  // empty text = blank line (paragraph break)
  TextOrigin origin = TextOrigin::kPlainText;
  // Text scraped from a web page (Markdown tables, a portal's title line):
  // a scrape splits syllables with spaces ("B ộ"), which the page builder
  // repairs.
  bool scraped = false;
};

// One line of a normalised page. `begin`/`end` are byte offsets into
// Page::text, excluding the trailing '\n'.
struct Line {
  int page = 1;
  size_t begin = 0;
  size_t end = 0;
  std::optional<BBox> bbox;
  bool centered = false;
  std::optional<double> confidence;
  bool aside = false;  // RawLine::aside
};

struct Page {
  int number = 1;          // 1-based
  // Normalised lines joined by '\n'. Well-formed UTF-8 (NormalizeLine
  // gives nothing else), which the JSON writer relies on for span texts.
  std::string text;
  TextOrigin origin = TextOrigin::kPlainText;
};

// Where an extracted fact stands: page and byte range in that page's text.
// A word's id in the lexicon's vocabulary (extractors/lexicon.h); 0 for a
// word that is in no phrase of it.
using WordId = uint32_t;

struct Span {
  int page = 1;
  size_t begin = 0;
  size_t end = 0;
};

// What a reader of the record should check, and why.
struct Warning {
  WarningCode code;
  std::string message;
};

// What the structure stage decides each line is (Nghị định 30/2020/NĐ-CP
// layout of an administrative document).
enum class Role {
  kBlank,
  kHeaderIssuer,    // left header block: issuer, parent issuer
  kHeaderNumber,    // "Số: 12/KH-UBND" (and a công văn's V/v line below it)
  kNationalMotto,   // quốc hiệu and tiêu ngữ
  kPlaceDate,       // "Lạng Sơn, ngày 22 tháng 02 năm 2023"
  kTypeHeading,     // "CHỈ THỊ", "KẾ HOẠCH"
  kTitle,           // trích yếu, or the V/v line
  kAuthorityLine,   // "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH" under a QĐ title
  kAddressees,      // "Kính gửi:" and its list
  kPreamble,        // "Căn cứ …", "Thực hiện …", "Theo đề nghị …"
  kBody,
  kFootnote,
  kRecipients,      // "Nơi nhận:" and its list
  kSignature,
  kAppendix,
  kAside,           // around the document, not of it: a portal's page title or source line
};

// How an item of the body is marked (Nghị định 30/2020/NĐ-CP, Phụ lục I):
// "Phần I", "Chương II", "Mục 1", "Điều 3.", "II.", "1." / "2.3.", "a)", and
// the bullets "-", "+", "•".
enum class MarkerKind : uint8_t {
  kNone,
  kPart,
  kChapter,
  kSection,
  kArticle,
  kRoman,
  kNumber,
  kLetter,
  kBullet,
};

// The marker a line opens with, as the structure stage reads it.
struct Marker {
  MarkerKind kind = MarkerKind::kNone;
  std::string number;  // "II", "2.3", "a", "3"; empty for a bullet or none
  // How deep the item sits: Phần, Chương, Mục, Điều and Roman headings 0,
  // "1." 1, "1.2." 2, letters, bullets and unmarked lines 3.
  int depth = 3;
  size_t text_begin = 0;  // bytes into the line where the text after it begins

  // An item of the numbering (a bullet is not: it continues its item).
  bool numbered() const { return kind != MarkerKind::kNone && kind != MarkerKind::kBullet; }
};

// A cell: bytes [begin, end) of its row's line.
struct TableCell {
  size_t begin = 0;
  size_t end = 0;
};

struct TableRow {
  size_t line = 0;
  std::vector<TableCell> cells;
};

// A table as a grid, whatever it was read from (a Markdown or HTML table,
// tab-separated rows, a PDF's column layout, an OCR'd ruled table: each
// reader delivers a row as one line of tab-separated cells).
struct Table {
  std::vector<TableRow> rows;        // top to bottom, the header row first when there is one
  bool has_header = false;           // its first row names the columns
  std::vector<ColumnKind> columns;   // one per header cell; empty without a header
};

// A node of the document's tree: the whole document, an item of the body
// (a section, article, numbered or lettered item) with the items and
// paragraphs under it, one paragraph line, or a table.
struct Block {
  enum class Kind : uint8_t { kDocument, kItem, kParagraph, kTable };
  Kind kind = Kind::kDocument;
  size_t begin = 0;  // lines [begin, end), its descendants' included
  size_t end = 0;
  int parent = -1;
  std::vector<int> children;  // in reading order
  int table = -1;             // kTable: index into Document::tables
};

struct Document {
  Document() = default;
  // Move-only: line_words point into the pages' text, which a move of the
  // pages vector keeps in place and a copy would not.
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;
  Document(Document&&) = default;
  Document& operator=(Document&&) = default;

  std::vector<Page> pages;
  std::vector<Line> lines;   // all pages, in reading order
  int lines_split = 0;       // lines over Limits::max_line_bytes that were cut (page_builder.h)
  int lines_dropped = 0;     // lines past Limits::max_lines, not kept
  std::vector<Role> roles;   // one per line, filled by the structure stage
  // One per line: its words, as Words(LineText(i)) gives them. Split once
  // when the document is built: six extractors split every line again.
  std::vector<std::vector<std::string_view>> line_words;
  // One per line: the lexicon's id of each of its words' MatchKeys, as
  // Lexicon::IdsOf gives them. Keyed once too: every extractor scans the
  // lines word by word against the lexicon, and keying them again in each
  // was a fifth of the text → JSON time. Ids, not keys: phrase lookups and
  // function-word tests (Lexicon::function_words) compare integers.
  std::vector<std::vector<WordId>> line_ids;

  // Filled by the structure stage (BuildBlocks). Per line: the marker it
  // opens with, the innermost block it belongs to (a blank line: the block
  // it stands in), the table and row it is (-1 for none). The block tree
  // (blocks[0] is the document) and the tables.
  std::vector<Marker> markers;
  std::vector<int> line_block;
  std::vector<int> line_table;
  std::vector<int> line_row;
  std::vector<Block> blocks;
  std::vector<Table> tables;

  std::string_view LineText(size_t i) const {
    const Line& l = lines[i];
    return std::string_view(pages[l.page - 1].text).substr(l.begin, l.end - l.begin);
  }
  Span LineSpan(size_t i) const { return {lines[i].page, lines[i].begin, lines[i].end}; }
  // Whether line `i` was read by OCR (a scanned page), whose misreadings
  // some rules repair.
  bool Scanned(size_t i) const { return pages[lines[i].page - 1].origin == TextOrigin::kOcr; }
  std::string_view SpanText(const Span& s) const {
    return std::string_view(pages[s.page - 1].text).substr(s.begin, s.end - s.begin);
  }

  // Line `i` after its marker: "Sở Y tế …" of "3. Sở Y tế …".
  std::string_view TextAfterMarker(size_t i) const {
    return LineText(i).substr(markers.empty() ? 0 : markers[i].text_begin);
  }
  // The item (or the document) line `i` stands in.
  const Block& ItemOf(size_t i) const {
    int b = line_block[i];
    while (blocks[b].kind != Block::Kind::kItem && blocks[b].parent >= 0) b = blocks[b].parent;
    return blocks[b];
  }
  // The end of an item's own lines: where its first sub-item begins, or
  // its end.
  size_t OwnEnd(const Block& item) const {
    for (int c : item.children) {
      if (blocks[c].kind == Block::Kind::kItem) return blocks[c].begin;
    }
    return item.end;
  }
  // The table row that line `i` is, or null.
  const TableRow* RowAt(size_t i) const {
    if (line_table.empty() || line_table[i] < 0) return nullptr;
    return &tables[line_table[i]].rows[line_row[i]];
  }
  std::string_view CellText(const TableRow& row, size_t c) const {
    return LineText(row.line).substr(row.cells[c].begin, row.cells[c].end - row.cells[c].begin);
  }
};

}  // namespace vanban

#endif  // VANBAN_PIPELINE_MODEL_DOCUMENT_H_
