#include "extractors/signature.h"

#include <re2/re2.h>

#include "pipeline/base/anchored_capture.h"
#include "pipeline/language/lexicon.h"
#include "pipeline/language/normalize.h"
#include "pipeline/language/text_util.h"
#include "pipeline/structure/blocks.h"

namespace vanban {

namespace {

Span JoinSpans(const Span& a, const Span& b) {
  if (a.page != b.page) return a;
  return {a.page, std::min(a.begin, b.begin), std::max(a.end, b.end)};
}

// The office after an authority prefix: a position ("CHỦ TỊCH" → "Chủ
// tịch") or a body ("ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân").
std::string OfficeCase(std::string_view upper, const Lexicon& lex) {
  const std::string* known = lex.FindPosition(upper);
  return known ? *known : AgencyCase(upper, lex);
}

// "BỘ TRƯỞNG THỨ TRƯỞNG", "CHỦ TỊCH PHÓ CHỦ TỊCH", "BỘ TRƯỞNG VỤ TRƯỞNG VỤ
// KẾ HOẠCH - TÀI CHÍNH" (a block flattened into one line): the office
// signed for, then the signer's own office, which opens with the last
// office title that is not part of another ("PHÓ VỤ TRƯỞNG", not its "VỤ
// TRƯỞNG") and may name its body. Both empty when there is no such split.
std::pair<std::string, std::string> SplitTwoPositions(std::string_view upper, const Lexicon& lex) {
  const std::vector<std::string_view> words = Words(upper);
  const std::vector<WordId> ids = lex.IdsOf(words);
  size_t split = 0, length = 0, covered_to = 0;
  for (size_t k = 0; k < ids.size(); ++k) {
    const size_t n = MatchAnyPhrase(ids, k, lex.position_phrases());
    if (n == 0) continue;
    if (k > 0 && k >= covered_to) split = k, length = n;
    covered_to = std::max(covered_to, k + n);
  }
  if (split == 0) return {};
  const std::string signed_for = OfficeCase(Join(words, 0, split), lex);
  std::string own = PositionCase(Join(words, split, split + length), lex);
  if (split + length < words.size()) own += " " + AgencyCase(Join(words, split + length, words.size()), lex);
  return {signed_for, own};
}

bool IsKnownPosition(std::string_view upper, const Lexicon& lex) {
  return lex.FindPosition(upper) != nullptr;
}


// Drops marks before the first letter: OCR reads a speck or a seal's edge
// before a title as "''" or "/" ("''PHÓ GIÁM ĐỐC").
std::string_view SkipLeadingMarks(std::string_view line) {
  static const RE2 kMarks(R"(^[^\pL\pN(]+)");
  re2::StringPiece rest(line.data(), line.size());
  RE2::Consume(&rest, kMarks);
  return std::string_view(rest.data(), rest.size());
}

// A line of a block that a table cell flattened, cut before each authority
// prefix after its start: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"
// → "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH".
std::vector<std::string_view> PrefixedParts(std::string_view line) {
  static const RE2 kPrefix(R"(\s(?:TM|KT|TL|TUQ|Q)\s*[.,]\s)");
  std::vector<std::string_view> parts;
  re2::StringPiece rest(line.data(), line.size()), hit;
  size_t from = 0;
  while (kPrefix.Match(rest, 0, rest.size(), RE2::UNANCHORED, &hit, 1)) {
    const size_t at = static_cast<size_t>(hit.data() - line.data());
    parts.push_back(Trim(line.substr(from, at - from)));
    from = at + 1;
    rest = re2::StringPiece(line.data() + from, line.size() - from);
  }
  parts.push_back(Trim(line.substr(from)));
  return parts;
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
    s.span = s.span ? JoinSpans(*s.span, span) : span;
    for (const std::string_view text : PrefixedParts(SkipLeadingMarks(Trim(doc.LineText(i))))) {
      std::string prefix;
      if (FullMatchCapturing(text, kPrefix, &prefix, &office)) {
        s.authority_chain.push_back(prefix);
        s.authority = prefix;
        office_span = span;
        capitals.clear();
      } else if (IsUpperText(text)) {
        capitals.push_back({text, span});
      } else if (const std::string name = WithoutStrokeWords(text); LooksLikePersonName(name)) {
        s.name = Field{name, span};
      }
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
    // Without a prefix, a second office on the line is one the signer also
    // holds ("TRƯỞNG BAN PHÓ THỦ TƯỚNG"): the first is the one signed as.
    const std::string_view line = capitals[position].first;
    const auto [first, concurrent] = s.authority ? std::pair<std::string, std::string>{}
                                                : SplitTwoPositions(line, lex);
    s.position = Field{first.empty() ? PositionCase(line, lex) : first, capitals[position].second};
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
        items.back().second = JoinSpans(items.back().second, span);
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
