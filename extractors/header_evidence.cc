#include "extractors/header_evidence.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "extractors/metadata.h"
#include "pipeline/language/document_number.h"
#include "pipeline/language/lexicon.h"
#include "pipeline/language/normalize.h"

namespace vanban {

namespace {

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// A letter of a file name: ASCII or any byte of a multi-byte UTF-8 letter.
bool IsNameLetter(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80);
}

// The name cut into runs of digits and runs of letters ("05CT_2025" →
// "05", "CT", "2025"); everything else parts them.
std::vector<std::string_view> NameTokens(std::string_view name) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < name.size()) {
    const bool digits = IsAsciiDigit(name[i]);
    if (!digits && !IsNameLetter(name[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < name.size() && (digits ? IsAsciiDigit(name[j]) : IsNameLetter(name[j]))) ++j;
    out.push_back(name.substr(i, j - i));
    i = j;
  }
  return out;
}

// A number a file name may give as a year: four digits, 1945-2100.
bool LooksLikeYear(std::string_view digits) {
  if (digits.size() != 4) return false;
  const int y = std::stoi(std::string(digits));
  return y >= 1945 && y <= 2100;
}

// The name's last component without its extension.
std::string_view BaseName(std::string_view path) {
  const size_t slash = path.find_last_of("/\\");
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  const size_t dot = path.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? path : path.substr(0, dot);
}

// The segments of a symbol that are words ("CT", "UBND" of "CT-UBND";
// not the year of "2013/NĐ-CP"), folded ("QĐ" → "QD").
std::vector<std::string> SymbolCodes(std::string_view symbol) {
  std::vector<std::string> out;
  size_t from = 0;
  while (from <= symbol.size()) {
    const size_t to = std::min(symbol.find_first_of("-/", from), symbol.size());
    const std::string_view seg = symbol.substr(from, to - from);
    if (!seg.empty() && !IsAsciiDigit(seg.front())) out.push_back(FoldCode(seg));
    from = to + 1;
  }
  return out;
}

std::vector<std::string> Folded(const std::vector<std::string>& codes) {
  std::vector<std::string> out;
  for (const std::string& c : codes) out.push_back(FoldCode(c));
  return out;
}

bool Holds(const std::vector<std::string>& codes, std::string_view token) {
  return !IsAsciiDigit(token.front()) &&
         std::find(codes.begin(), codes.end(), FoldCode(token)) != codes.end();
}

// The line of `doc` that `span` lies in.
std::optional<size_t> LineOf(const Document& doc, const Span& span) {
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    const Line& l = doc.lines[i];
    if (l.page == span.page && l.begin <= span.begin && span.end <= l.end) return i;
  }
  return std::nullopt;
}

// `warnings` without those of code `code`.
void Drop(WarningCode code, std::vector<Warning>* warnings) {
  warnings->erase(std::remove_if(warnings->begin(), warnings->end(),
                                 [code](const Warning& w) { return w.code == code; }),
                  warnings->end());
}

std::string WithTwoDecimals(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

// The file name's serial in place of what OCR gave the header's number.
void SerialFromFileName(const Document& doc, const Lexicon& lex, std::string_view file_name,
                        DocumentMeta* m, std::vector<Warning>* warnings) {
  if (!m->symbol) return;
  const std::optional<size_t> line = LineOf(doc, m->symbol->span);
  if (!line || !doc.Scanned(*line)) return;
  std::vector<std::string> type_codes, other_type_codes;
  for (const DocumentType& t : lex.types()) {
    const bool own = m->type && t.code == m->type->value;
    for (const std::string& a : t.abbreviations) (own ? type_codes : other_type_codes).push_back(a);
  }
  const int year = m->issued ? m->issued->value.year : 0;
  const std::optional<std::string> serial = SerialInFileName(
      BaseName(file_name), m->symbol->value, type_codes, other_type_codes, year);
  if (!serial) return;
  const std::string_view read = doc.SpanText(m->symbol->span);
  const size_t slash = read.find('/');
  if (slash == std::string_view::npos) return;
  const std::optional<DocumentNumber> n = ParseDocumentNumber(*serial + std::string(read.substr(slash)));
  if (!n || !n->number) return;
  const std::optional<double>& confidence = doc.lines[*line].confidence;
  const bool doubtful = confidence && *confidence < kHeaderDoubtfulBelow;
  const std::string base(BaseName(file_name));
  if (m->number && m->number->value == *n->number) return;
  if (m->number && !doubtful) {
    warnings->push_back({WarningCode::kNumberUnsure,
                         "OCR read the number as " + m->number->value + ", the file name '" +
                             base + "' gives the serial " + *serial + ": check it against the paper"});
    return;
  }
  std::string message = "the serial " + *serial + " is the file name's ('" + base + "'): ";
  message += m->number ? "OCR read " + m->number->value + " from a line of confidence " +
                             WithTwoDecimals(*confidence) + ": check it against the paper"
                       : "OCR could not read a handwritten one on the page";
  Drop(WarningCode::kNumberBlank, warnings);
  Drop(WarningCode::kNumberUnsure, warnings);
  warnings->push_back({WarningCode::kNumberFromFileName, std::move(message)});
  m->number = Field{*n->number, m->symbol->span};
  m->serial = n->serial;
}

// The issuer's own digital signature's day in place of a day left unread.
void DayFromSignature(const Document& doc, const std::vector<DigitalSignature>& signatures,
                      DocumentMeta* m, std::vector<Warning>* warnings) {
  if (!m->issued || !m->issuer) return;
  Date& issued = m->issued->value;
  if (issued.day != 0 || issued.month == 0) return;
  const std::optional<size_t> line = LineOf(doc, m->issued->span);
  if (!line || !doc.Scanned(*line)) return;
  const std::string issuer = MatchKey(m->issuer->value);
  const DigitalSignature* first = nullptr;
  for (const DigitalSignature& s : signatures) {
    if (s.time.year != issued.year || s.time.month != issued.month) continue;
    if (MatchKey(s.signed_by) != issuer) continue;
    if (!first || s.time.day < first->time.day) first = &s;
  }
  if (!first) return;
  issued.day = first->time.day;
  Drop(WarningCode::kIssuedPartial, warnings);
  warnings->push_back({WarningCode::kIssuedFromSignature,
                       "the day of issue was not read on the page (handwritten?): " +
                           issued.Iso() + " is the day " + first->signed_by +
                           " signed the file (" + first->time_text +
                           "); the paper may be dated a day or two earlier"});
}

}  // namespace

std::optional<std::string> SerialInFileName(std::string_view file_name, std::string_view symbol,
                                            const std::vector<std::string>& type_codes,
                                            const std::vector<std::string>& other_type_codes,
                                            int year) {
  const std::vector<std::string> segments = SymbolCodes(symbol);
  std::vector<std::string> codes = Folded(type_codes);
  codes.insert(codes.end(), segments.begin(), segments.end());
  std::vector<std::string> others = Folded(other_type_codes);
  // A code of this document's is not another's ("CT" of a Chỉ thị's symbol).
  std::erase_if(others, [&codes](const std::string& c) {
    return std::find(codes.begin(), codes.end(), c) != codes.end();
  });
  const std::vector<std::string_view> tokens = NameTokens(file_name);
  bool named = false;
  std::vector<size_t> numbers;
  for (size_t k = 0; k < tokens.size(); ++k) {
    const std::string_view t = tokens[k];
    if (Holds(others, t)) return std::nullopt;
    named |= Holds(codes, t);
    if (!IsAsciiDigit(t.front()) || t.size() > 5) continue;
    if (LooksLikeYear(t)) {
      // Another year names another document's file.
      if (year == 0 || std::stoi(std::string(t)) != year) return std::nullopt;
      continue;
    }
    if (t.find_first_not_of('0') == std::string_view::npos) continue;
    numbers.push_back(k);
  }
  if (!named) return std::nullopt;
  std::vector<size_t> before_symbol;
  for (size_t k : numbers) {
    if (!segments.empty() && k + 1 < tokens.size() && !IsAsciiDigit(tokens[k + 1].front()) &&
        FoldCode(tokens[k + 1]) == segments.front()) {
      before_symbol.push_back(k);
    }
  }
  if (before_symbol.size() == 1) return std::string(tokens[before_symbol[0]]);
  if (before_symbol.empty() && numbers.size() == 1) return std::string(tokens[numbers[0]]);
  return std::nullopt;
}

void CompleteScannedHeader(const Document& doc, const Lexicon& lex, std::string_view file_name,
                           const std::vector<DigitalSignature>& signatures, DocumentMeta* m,
                           std::vector<Warning>* warnings) {
  SerialFromFileName(doc, lex, file_name, m, warnings);
  DayFromSignature(doc, signatures, m, warnings);
}

}  // namespace vanban
