#include "extractors/signature.h"

#include <re2/re2.h>

#include "pipeline/base/anchored_capture.h"
#include "pipeline/language/lexicon.h"
#include "pipeline/language/normalize.h"
#include "pipeline/language/text_util.h"
#include "pipeline/structure/blocks.h"

namespace vanban {

namespace {

Span Join(const Span& a, const Span& b) {
  if (a.page != b.page) return a;
  return {a.page, std::min(a.begin, b.begin), std::max(a.end, b.end)};
}

// "BỘ TRƯỞNG THỨ TRƯỞNG" (a one-line block from a flattened table) is an
// office signed for followed by the signer's own office.
std::pair<std::string, std::string> SplitTwoPositions(std::string_view upper, const Lexicon& lex) {
  const std::string key = MatchKey(upper);
  for (size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1)) {
    const std::string* first = lex.PositionByKey(std::string_view(key).substr(0, space));
    const std::string* second = lex.PositionByKey(std::string_view(key).substr(space + 1));
    if (first && second) return {*first, *second};
  }
  return {};
}

bool IsKnownPosition(std::string_view upper, const Lexicon& lex) {
  return lex.FindPosition(upper) != nullptr;
}

// The office after an authority prefix: a position ("CHỦ TỊCH" → "Chủ
// tịch") or a body ("ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân").
std::string OfficeCase(std::string_view upper, const Lexicon& lex) {
  const std::string* known = lex.FindPosition(upper);
  return known ? *known : AgencyCase(upper, lex);
}

// Drops marks before the first letter: OCR reads a speck or a seal's edge
// before a title as "''" or "/" ("''PHÓ GIÁM ĐỐC").
std::string_view SkipLeadingMarks(std::string_view line) {
  static const RE2 kMarks(R"(^[^\pL\pN(]+)");
  re2::StringPiece rest(line.data(), line.size());
  RE2::Consume(&rest, kMarks);
  return std::string_view(rest.data(), rest.size());
}

}  // namespace

Signer ExtractSigner(const Document& doc, const Lexicon& lex) {
  // "KT," too: OCR often reads the period as a comma.
  static const RE2 kPrefix(R"(^(TM|KT|TL|TUQ|Q)\s*[.,]\s*(.+)$)");
  Signer s;
  std::vector<std::pair<std::string_view, Span>> capitals;  // after the last prefix
  std::string office;  // raw text after the innermost prefix
  Span office_span;
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    if (doc.roles[i] != Role::kSignature) continue;
    const Span span = doc.LineSpan(i);
    s.span = s.span ? Join(*s.span, span) : span;
    const std::string_view text = SkipLeadingMarks(Trim(doc.LineText(i)));
    std::string prefix;
    if (FullMatchCapturing(text, kPrefix, &prefix, &office)) {
      s.authority_chain.push_back(prefix);
      s.authority = prefix;
      office_span = span;
      capitals.clear();
    } else if (IsUpperText(text)) {
      capitals.push_back({text, span});
    } else if (const std::string name = WithoutDigitWords(text); LooksLikePersonName(name)) {
      s.name = Field{name, span};
    }
  }
  // The position is the first line the lexicon knows as an office; capitals
  // before it finish a prefix line the layout wrapped ("… THÀNH" / "PHỐ").
  size_t position = 0;
  while (position < capitals.size() && !IsKnownPosition(capitals[position].first, lex)) ++position;
  if (position == capitals.size()) position = 0;
  if (s.authority) {
    for (size_t k = 0; k < position; ++k) office += " " + std::string(capitals[k].first);
  }
  if (!office.empty()) {
    const auto [signed_for, own] = SplitTwoPositions(office, lex);
    if (!own.empty()) {
      s.for_office = signed_for;
      s.position = Field{own, office_span};
    } else {
      s.for_office = OfficeCase(office, lex);
    }
  }
  if (!s.position && position < capitals.size()) {
    s.position = Field{PositionCase(capitals[position].first, lex), capitals[position].second};
  }
  // "Q. GIÁM ĐỐC" alone: the signer is acting head ("Quyền Giám đốc").
  if (s.authority == "Q" && !s.position && s.for_office) {
    s.position = Field{"Quyền " + ToLower(*s.for_office), office_span};
  }
  return s;
}

std::vector<Recipient> ExtractRecipients(const Document& doc) {
  static const RE2 kHead(R"((?i)^nơi\s+nhận\s*:?\s*)");
  static const RE2 kArchive(R"((?i)^(Lưu)\s*(?::|\s)\s*(.+)$)");
  static const RE2 kPurpose(R"(^(.*\S)\s*\(([^()]*)\)$)");

  // Gather items: a bullet starts one, a line without a bullet continues it.
  std::vector<std::pair<std::string, Span>> items;
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    if (doc.roles[i] != Role::kRecipients) continue;
    std::string text(Trim(doc.LineText(i)));
    const Span span = doc.LineSpan(i);
    // Each pattern is tried only where its first character is.
    if (!text.empty() && (text[0] == 'N' || text[0] == 'n')) RE2::Replace(&text, kHead, "");
    if (text.empty()) continue;
    // Flattened layouts put several items on one line: "- A; - B".
    size_t start = 0;
    while (start < text.size()) {
      size_t next = text.find("; - ", start);
      std::string part = text.substr(start, next == std::string::npos ? std::string::npos
                                                                       : next + 1 - start);
      start = next == std::string::npos ? text.size() : next + 2;
      const Marker marker = ReadMarker(part);
      const bool bullet = marker.kind == MarkerKind::kBullet;
      if (bullet) part.erase(0, marker.text_begin);
      if (bullet || items.empty()) {
        items.push_back({part, span});
      } else {
        items.back().first += ' ' + part;
        items.back().second = Join(items.back().second, span);
      }
    }
  }

  std::vector<Recipient> out;
  for (auto& [text, span] : items) {
    std::string item(Trim(text));
    while (!item.empty() && (item.back() == ';' || item.back() == '.' || item.back() == ',' ||
                             item.back() == ' ')) {
      item.pop_back();
    }
    if (item.empty()) continue;
    Recipient r{item, std::nullopt, span};
    std::string name, purpose;
    if ((item[0] == 'L' || item[0] == 'l') && FullMatchCapturing(item, kArchive, &name, &purpose)) {
      r.name = name;
      r.purpose = std::string(Trim(purpose));
    } else if (item.back() == ')' && FullMatchCapturing(item, kPurpose, &name, &purpose)) {
      r.name = name;
      r.purpose = std::string(Trim(purpose));
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace vanban
