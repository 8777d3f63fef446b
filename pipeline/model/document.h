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
};

// A word with its box, as a PDF text layer or OCR gives it, before the
// layout stage orders words into lines.
struct PositionedWord {
  std::string text;  // UTF-8
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // points, origin top-left
  bool space_after = true;
  std::optional<double> confidence;  // 0..1, OCR only
};

struct RawPage {
  std::vector<RawLine> lines;  // empty text = blank line (paragraph break)
  TextOrigin origin = TextOrigin::kPlainText;
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

struct Warning {
  std::string code;
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

  std::string_view LineText(size_t i) const {
    const Line& l = lines[i];
    return std::string_view(pages[l.page - 1].text).substr(l.begin, l.end - l.begin);
  }
  Span LineSpan(size_t i) const { return {lines[i].page, lines[i].begin, lines[i].end}; }
  std::string_view SpanText(const Span& s) const {
    return std::string_view(pages[s.page - 1].text).substr(s.begin, s.end - s.begin);
  }
};

}  // namespace vanban

#endif  // VANBAN_PIPELINE_MODEL_DOCUMENT_H_
