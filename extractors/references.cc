#include "extractors/references.h"

#include "extractors/context.h"

#include <re2/re2.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>

#include "extractors/issuer.h"
#include "pipeline/base/anchored_capture.h"
#include "pipeline/language/dates.h"
#include "pipeline/language/document_number.h"
#include "pipeline/language/lexicon.h"
#include "pipeline/language/normalize.h"
#include "pipeline/language/text_util.h"

namespace vanban {

namespace {

// Types that can be cited with a number; "Văn bản" is the generic word for
// a công văn or any document whose symbol then tells the type.
std::string TypeAlternation(const Lexicon& lex) {
  std::vector<std::string> names;
  for (const auto& t : lex.types()) names.push_back(t.name);
  names.push_back("Văn bản");
  std::sort(names.begin(), names.end(),
            [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::string alt;
  for (const auto& n : names) {
    if (!alt.empty()) alt += '|';
    alt += RE2::QuoteMeta(n);
  }
  return alt;
}

struct Grammar {
  explicit Grammar(const Lexicon& lex)
      : numbered("(?i)(?:" + TypeAlternation(lex) + R"()\s+(?:số\s*:?\s*)?)" + NumberPattern()),
        listed(std::string(R"((?i)(?:^|[\s,;:(])số\s*:?\s*)") + NumberPattern()),
        law(R"((Bộ luật|Luật|Pháp lệnh|Hiến pháp)\s+)"),
        issuer_lead(R"(\s*,?\s*(?:của\s+)+)"),
        issuer_end(R"(\s+(?:về|quy định|phê duyệt|ban hành|hướng dẫn|tại|đã|gửi|giao|triển khai|thực hiện|trên|đối với|và\s+(?:Kế hoạch|Quyết định|Thông tư|Nghị định|Nghị quyết|Chỉ thị|Công văn|Hướng dẫn))(?:[^\pL]|$)|\s*[;,.(:]|\s*$)"),
        date_lead(R"(^\s*,?\s*(?:được\s+)?(?:ban hành\s+)?)") {}
  // A type, "số" and a symbol. Found with no groups (CitedType and the
  // first digit split the match): filling them ran RE2's NFA over 2,100
  // instructions, 2.5 µs a citation.
  RE2 numbered;
  // "số" and a symbol without its type before it, as in a list of acts of
  // one type ("các Quyết định … số 142/2008/QĐ-TTg …, số 53/2010/QĐ-TTg").
  RE2 listed;
  RE2 law;
  // "của <issuer>", the issuer ending where a verb, a preposition or a
  // second cited act begins, or at punctuation. Two patterns rather than
  // one with a lazy group: filling that group made RE2 run its NFA over a
  // program of 1,400 instructions, 3 µs a citation; these run on its DFA.
  RE2 issuer_lead;
  RE2 issuer_end;
  RE2 date_lead;
};

const Grammar& GrammarFor(const Lexicon& lex) {
  // The lexicon is loaded once per process; so is the grammar built on it.
  static const Grammar* grammar = new Grammar(lex);
  return *grammar;
}

std::string DedupKey(const Reference& r) {
  if (r.number) {
    std::string k = FoldCode(*r.number);
    k.erase(0, std::min(k.find_first_not_of('0'), k.size()));
    return k;
  }
  return r.type + "@" + (r.issued ? r.issued->Iso() : "");
}

const DocumentType* TypeFromSymbol(const std::string& number, const Lexicon& lex) {
  static const RE2 kSegment(R"(([^-/\d][^-/]*))");
  re2::StringPiece in(number);
  std::string seg;
  while (RE2::FindAndConsume(&in, kSegment, &seg)) {
    if (const DocumentType* t = lex.TypeByAbbreviation(seg)) return t;
  }
  return nullptr;
}

// "Quyết định số:" → "Quyết định": the type before a symbol, less the
// spaces and the "số" g_.numbered reads between them.
std::string_view CitedType(std::string_view before_symbol) {
  auto trim_spaces = [&before_symbol] {
    while (!before_symbol.empty() && std::string_view(" \t\n\f\r").find(before_symbol.back()) !=
                                         std::string_view::npos) {
      before_symbol.remove_suffix(1);
    }
  };
  trim_spaces();
  if (before_symbol.ends_with(':')) before_symbol.remove_suffix(1);
  trim_spaces();
  for (std::string_view so : {"số", "Số", "SỐ", "sỐ"}) {
    if (before_symbol.ends_with(so)) {
      before_symbol.remove_suffix(so.size());
      break;
    }
  }
  trim_spaces();
  return before_symbol;
}

// A digit, "/" or "-", a letter (spaces allowed around the mark): what
// every symbol NumberPattern reads holds ("12/KH", "57-NQ", "05 / tt").
// Most lines with a figure hold only dates and amounts, and the type
// alternation before the number is slow to search for.
bool MayHoldSymbol(std::string_view text) {
  auto letter = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c & 0x80) != 0;
  };
  for (size_t at = 0; at < text.size(); ++at) {
    if (text[at] != '/' && text[at] != '-') continue;
    size_t before = at, after = at + 1;
    while (before > 0 && text[before - 1] == ' ') --before;
    while (after < text.size() && text[after] == ' ') ++after;
    if (before > 0 && IsDigit(text[before - 1]) && after < text.size() && letter(text[after])) {
      return true;
    }
  }
  return false;
}

// What g_.law needs: "Luật" or "Bộ luật", "Pháp lệnh", "Hiến pháp". Few
// lines have one, and the search is slower than looking for the words.
bool MayNameLaw(std::string_view text) {
  for (std::string_view word : {"uật", "Pháp lệnh", "Hiến pháp"}) {
    if (text.find(word) != std::string_view::npos) return true;
  }
  return false;
}

class Scanner {
 public:
  Scanner(const Document& doc, const Lexicon& lex) : doc_(doc), lex_(lex), g_(GrammarFor(lex)) {}

  void ScanLine(size_t li, std::vector<Reference>* out) {
    const std::string_view text = doc_.LineText(li);
    // Both a symbol and a law's date hold digits: a line without any cites
    // nothing, and most lines have none.
    if (!HasDigit(text)) return;
    const ReferenceRole role =
        doc_.roles[li] == Role::kPreamble ? ReferenceRole::kBasis : ReferenceRole::kMention;
    const size_t first = out->size();
    if (MayHoldSymbol(text)) {
      ScanNumbered(li, text, role, out);
      ScanListed(li, text, role, first, out);
    }
    if (MayNameLaw(text)) ScanLaws(li, text, role, out);
    DateFromSentenceStart(li, text, first, out);
  }

  // "Ngày 16/7/2012, Ủy ban Thường vụ Quốc hội đã ban hành Pháp lệnh số
  // 04/2012/UBTVQH13 …": a citation without a date of its own takes the
  // date its sentence opens with, when it is the sentence's first.
  void DateFromSentenceStart(size_t li, std::string_view text, size_t first,
                             std::vector<Reference>* out) const {
    size_t previous_sentence = std::string_view::npos;
    for (size_t k = first; k < out->size(); ++k) {
      Reference& r = (*out)[k];
      const size_t at = r.span.begin - doc_.lines[li].begin;
      const size_t stop = text.substr(0, at).rfind(". ");
      const size_t sentence = stop == std::string_view::npos ? 0 : stop + 2;
      const bool first_in_sentence = sentence != previous_sentence;
      previous_sentence = sentence;
      if (r.issued || !first_in_sentence) continue;
      size_t date_at = 0;
      const auto date = FindDate(text.substr(sentence, at - sentence), &date_at);
      if (date && date_at < 8) r.issued = *date;
    }
  }

 private:
  Span SpanOf(size_t li, size_t begin, size_t end) const {
    return {doc_.lines[li].page, doc_.lines[li].begin + begin, doc_.lines[li].begin + end};
  }

  // After the number: ", ngày 11/10/2024" then "của <issuer>".
  size_t ReadTail(std::string_view text, size_t pos, Reference* r) const {
    re2::StringPiece rest(text.data() + pos, text.size() - pos);
    RE2::Consume(&rest, g_.date_lead);
    size_t used = 0;
    const size_t at = rest.data() - text.data();
    if (auto d = ParseDatePrefix(text.substr(at), &used)) {
      r->issued = *d;
      pos = at + used;
    }
    if (auto issuer = CitedIssuerAt(text, pos)) {
      r->issuer = CleanCitedIssuer(*issuer, lex_);
      pos = static_cast<size_t>(issuer->data() + issuer->size() - text.data());
    }
    return pos;
  }

  // The issuer named by "của …" at `pos`: from after the lead to the first
  // place, at least one character on, where the issuer's end matches.
  std::optional<std::string_view> CitedIssuerAt(std::string_view text, size_t pos) const {
    re2::StringPiece rest(text.data() + pos, text.size() - pos);
    if (!RE2::Consume(&rest, g_.issuer_lead) || rest.empty()) return std::nullopt;
    const re2::StringPiece tail(text.data() + pos, text.size() - pos);
    const size_t begin = static_cast<size_t>(rest.data() - tail.data());
    int32_t second = static_cast<int32_t>(begin);  // the issuer is one character at least
    U8_FWD_1(tail.data(), second, static_cast<int32_t>(tail.size()));
    re2::StringPiece end;
    if (!g_.issuer_end.Match(tail, static_cast<size_t>(second), tail.size(), RE2::UNANCHORED,
                             &end, 1)) {
      return std::nullopt;  // cannot happen: the end matches at the end of the line
    }
    return text.substr(pos + begin, static_cast<size_t>(end.data() - rest.data()));
  }

  void ScanNumbered(size_t li, std::string_view text, ReferenceRole role,
                    std::vector<Reference>* out) const {
    const re2::StringPiece in(text.data(), text.size());
    re2::StringPiece match;
    for (size_t from = 0; g_.numbered.Match(in, from, in.size(), RE2::UNANCHORED, &match, 1);) {
      const size_t begin = static_cast<size_t>(match.data() - in.data());
      from = begin + match.size();
      // Type names and "số" hold no digit; the symbol starts with one.
      size_t digit = begin;
      while (!IsDigit(text[digit])) ++digit;
      Reference r;
      r.number = NormalizeNumberText(text.substr(digit, from - digit));
      const DocumentType* t = lex_.TypeByName(CitedType(text.substr(begin, digit - begin)));
      if (!t) t = TypeFromSymbol(*r.number, lex_);
      r.type = t ? t->code : "cong_van";
      r.role = role;
      size_t end = ReadTail(text, from, &r);
      if (!r.issuer) {
        const size_t slash = r.number->rfind('/');
        const size_t dash = r.number->rfind('-');
        const size_t cut = std::max(slash == std::string::npos ? 0 : slash + 1,
                                    dash == std::string::npos ? 0 : dash + 1);
        if (auto known = lex_.IssuerForCode(r.number->substr(cut))) r.issuer = *known;
      }
      r.span = SpanOf(li, begin, end);
      out->push_back(std::move(r));
    }
  }

  // Numbers after "số" that no type names: an act of a list whose type
  // was named once. Its symbol must tell its type ("QĐ-TTg"); numbers read
  // as a cited act's already (from `first` on) are left alone.
  void ScanListed(size_t li, std::string_view text, ReferenceRole role, size_t first,
                  std::vector<Reference>* out) const {
    const re2::StringPiece in(text.data(), text.size());
    re2::StringPiece match;
    for (size_t from = 0; g_.listed.Match(in, from, in.size(), RE2::UNANCHORED, &match, 1);) {
      const size_t begin = static_cast<size_t>(match.data() - in.data());
      from = begin + match.size();
      const size_t line_begin = doc_.lines[li].begin;
      const bool read = std::any_of(out->begin() + first, out->end(), [&](const Reference& r) {
        return r.span.begin - line_begin < from && begin < r.span.end - line_begin;
      });
      if (read) continue;
      size_t digit = begin;
      while (!IsDigit(text[digit])) ++digit;
      Reference r;
      r.number = NormalizeNumberText(text.substr(digit, from - digit));
      const DocumentType* t = TypeFromSymbol(*r.number, lex_);
      if (!t) t = TypeNamedBefore(text, begin);
      if (!t) continue;
      r.type = t->code;
      r.role = role;
      const size_t end = ReadTail(text, from, &r);
      r.span = SpanOf(li, digit, end);
      out->push_back(std::move(r));
    }
  }

  // The type a list's sentence names before `at` ("các Công văn: Số 1025/
  // UBND-KT; số 547/UBND-KT"), the nearest one.
  const DocumentType* TypeNamedBefore(std::string_view text, size_t at) const {
    const size_t stop = text.substr(0, at).rfind(". ");
    const size_t start = stop == std::string_view::npos ? 0 : stop;
    const std::string_view sentence = text.substr(start, at - start);
    const DocumentType* nearest = nullptr;
    size_t nearest_at = 0;
    for (const DocumentType& t : lex_.types()) {
      const size_t found = sentence.rfind(t.name);
      if (found != std::string_view::npos && (!nearest || found > nearest_at)) {
        nearest = &t;
        nearest_at = found;
      }
    }
    return nearest;
  }

  // Laws are cited by name and date, without a number.
  void ScanLaws(size_t li, std::string_view text, ReferenceRole role,
                std::vector<Reference>* out) const {
    re2::StringPiece in(text.data(), text.size());
    re2::StringPiece word;
    while (RE2::FindAndConsume(&in, g_.law, &word)) {
      const size_t title_begin = in.data() - text.data();
      size_t clause_end = text.find(';', title_begin);
      if (clause_end == std::string_view::npos) clause_end = text.size();
      const std::string_view clause = text.substr(title_begin, clause_end - title_begin);
      size_t at = 0, len = 0;
      auto date = FindDate(clause, &at, &len);
      if (!date || at == 0 || !clause.substr(at).starts_with("ngày")) continue;
      const std::string_view title = Trim(clause.substr(0, at));
      static const RE2 kNumbered(R"(\d+/)");  // a numbered act, read by ScanNumbered
      // "… Luật Đầu tư 2025, trình Chính phủ trước ngày 05/5/2026": a date
      // after a preposition of time is a deadline or a window, not the
      // law's date.
      static const RE2 kTimePreposition(R"((?:trước|sau|từ|đến|vào|trong|nhất)$)");
      if (title.empty() || RE2::PartialMatch(title, kNumbered) ||
          RE2::PartialMatch(title, kTimePreposition)) {
        continue;
      }
      Reference r;
      const DocumentType* t = lex_.TypeByName(std::string_view(word.data(), word.size()));
      r.type = t ? t->code : "luat";
      r.issued = *date;
      r.title = std::string(word.data(), word.size()) + " " + std::string(title);
      r.issuer = r.type == "phap_lenh" ? "Ủy ban Thường vụ Quốc hội" : "Quốc hội";
      r.role = role;
      const size_t begin = word.data() - text.data();
      r.span = SpanOf(li, begin, title_begin + at + len);
      out->push_back(std::move(r));
      in = re2::StringPiece(text.data() + title_begin + at + len,
                            text.size() - (title_begin + at + len));
    }
  }

  const Document& doc_;
  const Lexicon& lex_;
  const Grammar& g_;
};

bool Citable(Role role) {
  switch (role) {
    case Role::kPreamble:
    case Role::kBody:
    case Role::kFootnote:
    case Role::kAddressees:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string CleanCitedIssuer(std::string_view text, const Lexicon& lex) {
  static const RE2 kOfficeBeforeBody(
      R"(^(?:Bộ trưởng|Chủ tịch|Giám đốc|Thủ trưởng|Trưởng ban|Chánh Văn phòng|Tổng Cục trưởng|Cục trưởng|Viện trưởng)\s+(\p{Lu}.*)$)");
  std::string s(Trim(text));
  std::string body;
  if (FullMatchCapturing(s, kOfficeBeforeBody, &body)) s = body;
  return ExpandAbbreviations(s, lex);
}

std::vector<Reference> ExtractReferences(const Document& doc, const Lexicon& lex,
                                         const DocumentContext& cx) {
  const std::optional<std::string>& own_number = cx.number;
  std::vector<Reference> found;
  Scanner scanner(doc, lex);
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    if (Citable(doc.roles[i])) scanner.ScanLine(i, &found);
  }
  const std::string own = own_number ? FoldCode(*own_number) : std::string();
  std::vector<Reference> out;
  std::map<std::string, size_t> seen;
  for (auto& r : found) {
    if (r.number && FoldCode(*r.number) == own) continue;
    const std::string key = DedupKey(r);
    auto it = seen.find(key);
    if (it == seen.end()) {
      seen[key] = out.size();
      out.push_back(std::move(r));
      continue;
    }
    Reference& first = out[it->second];
    if (r.role == ReferenceRole::kBasis) first.role = ReferenceRole::kBasis;
    if (!first.issued && r.issued) first.issued = r.issued;
    if (!first.issuer && r.issuer) first.issuer = r.issuer;
  }
  return out;
}

}  // namespace vanban
