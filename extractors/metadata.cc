#include "extractors/metadata.h"

#include <re2/re2.h>

#include <cstdio>

#include "extractors/issuer.h"
#include "extractors/signature.h"
#include "pipeline/language/dates.h"
#include "pipeline/language/document_number.h"
#include "pipeline/language/lexicon.h"
#include "pipeline/language/normalize.h"
#include "pipeline/language/text_util.h"
#include "pipeline/structure/structure.h"

namespace vanban {

namespace {

std::optional<size_t> FirstLine(const Document& doc, Role role) {
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    if (doc.roles[i] == role) return i;
  }
  return std::nullopt;
}

Span SubSpan(const Document& doc, size_t line, std::string_view part) {
  const std::string_view text = doc.LineText(line);
  const size_t off = part.data() - text.data();
  return {doc.lines[line].page, doc.lines[line].begin + off,
          doc.lines[line].begin + off + part.size()};
}

// Under this OCR confidence a header line's serial is not kept at all: a
// handwritten serial beside the printed symbol, read this badly, is more
// often wrong than right ("574" read "4" at 0.58). The symbol is kept.
constexpr double kUnreadableBelow = 0.65;

// The OCR confidence of line `line`, written with two decimals, when it is
// under `below`.
std::optional<std::string> ConfidenceUnder(const Document& doc, size_t line, double below) {
  const std::optional<double>& c = doc.lines[line].confidence;
  if (!doc.Scanned(line) || !c || *c >= below) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", *c);
  return std::string(buf);
}

std::optional<std::string> Doubtful(const Document& doc, size_t line) {
  return ConfidenceUnder(doc, line, kHeaderDoubtfulBelow);
}

void ReadNumber(const Document& doc, DocumentMeta* m, std::vector<Warning>* warnings) {
  const auto line = FirstLine(doc, Role::kHeaderNumber);
  if (!line) return;
  const std::string_view text = doc.LineText(*line);
  std::string_view after = text.substr(NumberLabelLength(text));
  auto n = ParseDocumentNumber(after);
  if (!n) {
    // "SôztT /CT-UBND": the label and the handwritten serial garbled.
    const size_t slash = UnreadSerialSlash(text);
    if (slash == std::string_view::npos) return;
    after = text.substr(slash);
    n = ParseDocumentNumber(after);
    if (!n) return;
  }
  const Span span = SubSpan(doc, *line, Trim(after));
  m->symbol = Field{n->symbol, span};
  if (const auto c = ConfidenceUnder(doc, *line, kUnreadableBelow); n->number && c) {
    warnings->push_back({WarningCode::kNumberUnsure,
                         "OCR read the number as " + *n->number + " from a line of confidence " +
                             *c + ", too doubtful to keep: read it from the paper"});
    return;
  }
  if (n->number) {
    m->number = Field{*n->number, span};
    m->serial = n->serial;
    if (const auto c = Doubtful(doc, *line)) {
      warnings->push_back({WarningCode::kNumberUnsure,
                           "the number " + *n->number + " was read by OCR from a line of " +
                               "confidence " + *c + ": check it against the paper"});
    } else if (n->serial_spaced && doc.Scanned(*line)) {
      warnings->push_back({WarningCode::kNumberUnsure,
                           "the number " + *n->number + " was read by OCR with its digits " +
                               "apart, as a handwritten serial is: check it against the paper"});
    }
  } else {
    const char* unread = doc.Scanned(*line) ? " (or a handwritten one OCR could not read)" : "";
    warnings->push_back(
        {WarningCode::kNumberBlank, std::string("Số ký hiệu has no serial number") + unread});
  }
}

void ReadPlaceAndDate(const Document& doc, DocumentMeta* m, std::vector<Warning>* warnings) {
  static const RE2 kPlace(R"(^\s*(\pL[^,;:\d]*?)\s*(?:,?\s+ngày(?:\b|\d)|,\s*tháng\s))");
  const auto line = FirstLine(doc, Role::kPlaceDate);
  if (!line) return;
  const std::string_view text = doc.LineText(*line);
  re2::StringPiece place;
  if (RE2::PartialMatch(text, kPlace, &place)) {
    m->place = Field{std::string(place.data(), place.size()),
                     SubSpan(doc, *line, std::string_view(place.data(), place.size()))};
  }
  size_t at = 0, len = 0;
  if (auto d = FindDate(text, &at, &len)) {
    m->issued = DateField{*d, SubSpan(doc, *line, text.substr(at, len))};
    if (d->day == 0) {
      warnings->push_back({WarningCode::kIssuedPartial,
                           "the date line leaves the day" +
                               std::string(d->month == 0 ? " and month" : "") + " blank" +
                               (doc.Scanned(*line) ? " (or handwritten, and OCR could not read it)"
                                                    : "")});
    } else if (const auto c = Doubtful(doc, *line)) {
      warnings->push_back({WarningCode::kDateUnsure, "the date of issue was read by OCR from a "
                                                     "line of confidence " + *c +
                                                     ": check it against the paper"});
    }
  }
}

// How many words a stamp's line of capitals must hold to be told from the
// capitals a title may end with ("… của UBND tỉnh", "… COVID-19").
constexpr size_t kStampWords = 3;

// `line` without the capitals a receipt stamp laid over its end ("… tại
// tỉnh Quảng Ngãi FBUNG-TÂM CÔNG BAO â TIN HỌC O. NGÃI"): a run of
// kStampWords words in capitals or more, with scraps of two characters
// among them, to the line's end, after words in ordinary case. For lines
// read by OCR: a typed title has no stamp on it.
std::string_view WithoutStampTail(std::string_view line) {
  const std::vector<std::string_view> words = Words(line);
  size_t capitals = 0;
  size_t from = words.size();
  for (size_t k = words.size(); k-- > 0;) {
    const std::string_view w = words[k];
    if (IsUpperText(w)) {
      ++capitals;
      from = k;
    } else if (CodePointCount(w) > 2) {
      break;
    }
  }
  if (capitals < kStampWords || from == 0) return line;
  const std::string_view before = line.substr(0, words[from].data() - line.data());
  return IsUpperText(before) ? line : Trim(before);
}

// The opening of a trích yếu as OCR may give it: punctuation before it, and
// "Về việc" run together or with its tones misread ("Vêviệc").
std::string RepairTitleOpening(std::string title) {
  size_t begin = 0;
  while (begin < title.size() && (title[begin] == ',' || title[begin] == '.' ||
                                  title[begin] == ';' || title[begin] == ':')) {
    ++begin;
  }
  title.erase(0, begin);
  const std::vector<std::string_view> words = Words(title, 1);
  if (!words.empty() && FoldCode(words[0]) == "VEVIEC") {
    title.replace(0, words[0].size(), "Về việc");
  }
  return title;
}

// The trích yếu: after the type name on the heading line, then the title
// lines; a công văn's V/v lines.
void ReadTitle(const Document& doc, const Lexicon& lex, DocumentMeta* m) {
  std::string title;
  std::optional<Span> span;
  auto add = [&](size_t line, std::string_view part) {
    part = Trim(part);
    if (doc.Scanned(line)) part = WithoutStampTail(part);
    if (part.empty()) return;
    if (!title.empty()) title += ' ';
    title += part;
    const Span s = SubSpan(doc, line, part);
    if (!span) span = s;
    else if (span->page == s.page) span->end = s.end;
  };
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    if (doc.roles[i] == Role::kTypeHeading) {
      const std::string_view text = Trim(doc.LineText(i));
      add(i, text.substr(TypeHeadingLength(text, lex)));
    } else if (doc.roles[i] == Role::kTitle) {
      add(i, doc.LineText(i));
    }
  }
  if (span) m->title = Field{RepairTitleOpening(std::move(title)), *span};
}

// OCR reads a bold "QĐ" as "QĐĐ" now and then. When the symbol's type
// code is no type's, but is the heading's type code with a letter doubled,
// the symbol is put right (and the number with it) and flagged.
const DocumentType* RepairDoubledTypeCode(const DocumentType& heading, DocumentMeta* m,
                                          std::vector<Warning>* warnings) {
  std::string& sym = m->symbol->value;
  const size_t end = sym.find_first_of("-/");
  const std::string code = sym.substr(0, end);
  const std::string single = WithoutDoubledLetters(code);
  for (const std::string& abbreviation : heading.abbreviations) {
    if (single == code || FoldCode(single) != FoldCode(abbreviation)) continue;
    warnings->push_back({WarningCode::kOcrCorrected, "symbol type code read as " + code + ", taken as " +
                                              abbreviation + " (the type heading's)"});
    sym = abbreviation + sym.substr(code.size());
    if (m->number) {
      std::string& number = m->number->value;
      const size_t at = number.find("/" + code);
      if (at != std::string::npos) number.replace(at + 1, code.size(), abbreviation);
    }
    return &heading;
  }
  return nullptr;
}

void ReadType(const Document& doc, const Lexicon& lex, DocumentMeta* m,
              std::vector<Warning>* warnings) {
  const DocumentType* by_heading = nullptr;
  std::optional<Span> heading_span;
  if (auto line = FirstLine(doc, Role::kTypeHeading)) {
    const std::string_view text = Trim(doc.LineText(*line));
    const std::string_view name = text.substr(0, TypeHeadingLength(text, lex));
    by_heading = HeadingType(text, lex);
    heading_span = SubSpan(doc, *line, name);
  }
  const DocumentType* by_symbol = nullptr;
  if (m->symbol) {
    const std::string& sym = m->symbol->value;
    by_symbol = lex.TypeByAbbreviation(sym.substr(0, sym.find_first_of("-/")));
    if (!by_symbol && by_heading && doc.pages[m->symbol->span.page - 1].origin == TextOrigin::kOcr) {
      by_symbol = RepairDoubledTypeCode(*by_heading, m, warnings);
    }
  }
  const bool has_vv = m->title && IsVvLine(m->title->value);
  const DocumentType* t = by_heading ? by_heading : by_symbol;
  Span span = heading_span ? *heading_span : m->symbol ? m->symbol->span : Span{};
  if (!t && has_vv) {
    t = lex.TypeByCode("cong_van");
    span = m->title->span;
  }
  if (!t) return;
  if (by_heading && by_symbol && by_heading != by_symbol) {
    warnings->push_back({WarningCode::kTypeMismatch, "type heading says " + by_heading->name +
                                              " but the symbol says " + by_symbol->name});
  }
  m->type = Field{t->code, span};
  m->type_name = t->name;
}

// A clerk files a document by its number, date and signer: each one not
// read is said. A text with none of type, number and title gets the one
// no_structure warning instead (runner.cc).
void WarnMissing(const DocumentMeta& m, std::vector<Warning>* warnings) {
  if (!m.type && !m.number && !m.title) return;
  if (!m.symbol) {
    warnings->push_back({WarningCode::kNumberMissing, "no Số ký hiệu read in the header"});
  }
  if (!m.issued) warnings->push_back({WarningCode::kDateMissing, "no date of issue read"});
  if (!m.signer.name) warnings->push_back({WarningCode::kSignerMissing, "no signer's name read"});
}

}  // namespace

DocumentMeta ExtractMetadata(const Document& doc, const Lexicon& lex,
                             std::vector<Warning>* warnings) {
  DocumentMeta m;
  ReadNumber(doc, &m, warnings);
  ReadPlaceAndDate(doc, &m, warnings);
  ReadTitle(doc, lex, &m);
  ReadType(doc, lex, &m, warnings);
  const IssuerResult issuer = ExtractIssuer(doc, lex, m.symbol ? m.symbol->value : "",
                                            m.place ? m.place->value : "");
  m.issuer = issuer.issuer;
  m.parent_issuer = issuer.parent;
  if (issuer.inferred) {
    warnings->push_back({WarningCode::kIssuerInferred, "no issuer in the header; inferred from the symbol "
                                            "and the body: " + m.issuer->value});
  }
  m.signer = ExtractSigner(doc, lex);
  m.recipients = ExtractRecipients(doc);
  WarnMissing(m, warnings);
  return m;
}

}  // namespace vanban
