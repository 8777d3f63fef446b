#include "extractors/issuer.h"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <vector>

#include "pipeline/language/lexicon.h"
#include "pipeline/language/normalize.h"
#include "pipeline/language/text_util.h"

namespace vanban {

namespace {

// Verbs with which the issuing body, as subject, introduces its document.
constexpr const char* kIssuingVerbs[] = {
    "xây dựng", "ban hành", "hướng dẫn", "thông báo", "đề nghị", "yêu cầu", "quyết định",
    "chỉ thị", "triển khai", "kế hoạch", "trân trọng", "giao", "chỉ đạo", "báo cáo"};

// Words that make the phrase after them someone else than the issuer.
constexpr const char* kForeignMarkers[] = {"của", "với", "cho", "tại", "về", "gửi", "qua"};

std::string_view FirstCodePoint(std::string_view w) {
  const unsigned char c = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return w.substr(0, n);
}

bool EndsClause(std::string_view w) {
  return !w.empty() && std::string_view(",;.:)").find(w.back()) != std::string_view::npos;
}


// Words of an agency head (or one abbreviation such as "UBND") at i, or 0.
// `ids`: the words' keys' lexicon ids.
size_t HeadAt(const std::vector<std::string_view>& words, std::span<const WordId> ids, size_t i,
              const Lexicon& lex) {
  if (lex.Expand(StripPunct(words[i]))) return 1;
  for (const Phrase* head : lex.HeadsFrom(ids[i])) {
    if (const size_t n = MatchPhrase(ids, i, *head)) return n;
  }
  return 0;
}

// Words from `i` whose initials spell `code` ("Sở Khoa học và Công nghệ"
// spells SKHCN: "và" is skipped). 0 when they do not.
size_t SpellsCode(const std::vector<std::string_view>& words, size_t i, const std::string& code,
                  const Lexicon& lex) {
  std::string acc;
  for (size_t j = i; j < words.size() && j < i + 12; ++j) {
    const std::string_view w = StripPunct(words[j]);
    if (w.empty()) return 0;
    if (w == "và" || w == "-" || w == "&") continue;
    if (lex.Expand(w)) acc += FoldCode(w);
    else acc += FoldCode(FirstCodePoint(w));
    if (acc == code) return j - i + 1;
    if (code.compare(0, acc.size(), acc) != 0) return 0;
    if (EndsClause(words[j])) return 0;
  }
  return 0;
}

// False only where SpellsCode(words, i, code, …) is 0 for sure, cheaply: a
// word that starts with an ASCII letter other than the code's first (its
// initial, or an abbreviation starting with it, opens what it spells).
// Asked before HeadAt of every word of a document without a header.
bool MaySpellCode(std::string_view word, const std::string& code) {
  const std::string_view w = StripPunct(word);
  if (w.empty() || code.empty() || w == "và") return true;
  const char upper = static_cast<char>(w[0] & ~0x20);  // of an ASCII letter
  if (upper < 'A' || upper > 'Z') return true;
  return upper == code[0];
}

struct Candidate {
  std::string name;
  bool has_unit = false;
  int score = 0;
  size_t words = 0;
  Span span;
};

// Extends a matched head ("Ban Chỉ đạo") over its lower-case qualifiers up
// to an administrative unit ("… vận động hiến máu tình nguyện tỉnh").
size_t ExtendToUnit(const std::vector<std::string_view>& words, const std::vector<WordId>& ids,
                    size_t end, const Lexicon& lex, bool* has_unit) {
  const Lexicon::FunctionWords& fw = lex.function_words();
  if (end > 0 && EndsClause(words[end - 1])) return end;
  for (size_t j = end; j < words.size() && j < end + 10; ++j) {
    if (const size_t n = AdminUnitAt(ids, j, lex)) {
      *has_unit = true;
      return j + n;
    }
    // Known abbreviations ("HMTN") belong to the name; other capitals
    // start a new one.
    if ((StartsWithCapital(words[j]) && !lex.Expand(StripPunct(words[j]))) || EndsClause(words[j]))
      break;
    if (j > end && (ids[j] == fw.ve || ids[j] == fw.cua)) break;
  }
  return end;
}

bool FollowedByVerb(const std::vector<std::string_view>& words, size_t end) {
  // Keyed once: the check runs for every candidate of every document.
  struct Verbs {
    std::vector<std::vector<std::string>> keys;
    size_t max_words = 0;
  };
  static const auto* const kVerbs = [] {
    auto* out = new Verbs;
    for (const char* v : kIssuingVerbs) {
      out->keys.push_back(WordKeys(Words(v)));
      out->max_words = std::max(out->max_words, out->keys.back().size());
    }
    return out;
  }();
  // Skip a parenthesis such as "(sau đây gọi tắt là Ban Chỉ đạo)".
  if (end < words.size() && words[end].starts_with("(")) {
    while (end < words.size() && words[end].find(')') == std::string_view::npos) ++end;
    ++end;
  }
  std::vector<std::string> next;  // keys of the words a verb can take
  for (size_t k = end; k < words.size() && k < end + kVerbs->max_words; ++k) {
    next.push_back(WordKey(words[k]));
  }
  for (const auto& verb : kVerbs->keys) {
    if (verb.size() <= next.size() && std::equal(verb.begin(), verb.end(), next.begin()))
      return true;
  }
  return false;
}

std::optional<Candidate> BestBodyCandidate(const Document& doc, const std::string& code,
                                           const Lexicon& lex) {
  std::optional<Candidate> best;
  for (size_t li = 0; li < doc.lines.size(); ++li) {
    // The preamble counts too: its closing clause names the issuer
    // ("…, Ban Chỉ đạo … tỉnh hướng dẫn"); bodies it cites follow "của".
    const Role role = doc.roles[li];
    if (role != Role::kBody && role != Role::kAuthorityLine && role != Role::kPreamble) continue;
    const std::string_view line = doc.LineText(li);
    const auto& words = doc.line_words[li];
    const auto& ids = doc.line_ids[li];
    for (size_t i = 0; i < words.size(); ++i) {
      if (!MaySpellCode(words[i], code) || HeadAt(words, ids, i, lex) == 0) continue;
      const size_t n = SpellsCode(words, i, code, lex);
      if (n == 0) continue;
      Candidate c;
      const size_t end = ExtendToUnit(words, ids, i + n, lex, &c.has_unit);
      c.words = end - i;
      c.score = 1 + (c.has_unit ? 1 : 0) + (FollowedByVerb(words, end) ? 2 : 0);
      if (i > 0) {
        const std::string before = WordKey(words[i - 1]);
        for (const char* m : kForeignMarkers) {
          if (before == m) c.score -= 3;
        }
      }
      // Higher score first; between equals the fuller name.
      if (best && (c.score < best->score || (c.score == best->score && c.words <= best->words)))
        continue;
      c.name = ExpandAbbreviations(StripPunct(Join(words, i, end)), lex);
      const size_t begin = words[i].data() - line.data();
      const size_t stop = words[end - 1].data() + words[end - 1].size() - line.data();
      c.span = {doc.lines[li].page, doc.lines[li].begin + begin, doc.lines[li].begin + stop};
      best = std::move(c);
    }
  }
  return best;
}

// Occurrences of `word` in `text` with no letter on either side.
int CountWord(std::string_view text, std::string_view word) {
  const auto n = static_cast<int32_t>(text.size());
  int count = 0;
  for (size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + word.size())) {
    UChar32 before = U_SENTINEL, after = U_SENTINEL;
    if (auto begin = static_cast<int32_t>(at); begin > 0) U8_PREV(text.data(), 0, begin, before);
    if (auto end = static_cast<int32_t>(at + word.size()); end < n) {
      U8_NEXT(text.data(), end, n, after);
    }
    if (!u_isalpha(before) && !u_isalpha(after)) ++count;
  }
  return count;
}

// The level a document's own body speaks of: a Hải Phòng plan says "thành
// phố" where a Lạng Sơn one says "tỉnh".
std::string DominantLevel(const Document& doc) {
  int city = 0, province = 0;
  for (const Page& p : doc.pages) {
    city += CountWord(p.text, "thành phố");
    province += CountWord(p.text, "tỉnh");
  }
  return city > province ? "thành phố" : "tỉnh";
}

bool EndsWithUnit(std::string_view name, const Lexicon& lex) {
  const auto ids = lex.IdsOf(Words(name));
  for (size_t i = 0; i < ids.size(); ++i) {
    if (const size_t n = AdminUnitAt(ids, i, lex); n > 0 && i + n == ids.size()) return true;
  }
  return false;
}

// The administrative part of a name: "Ủy ban nhân dân tỉnh Tuyên Quang" →
// "tỉnh Tuyên Quang".
std::string UnitPart(std::string_view name, const Lexicon& lex) {
  const auto words = Words(name);
  const auto ids = lex.IdsOf(words);
  for (size_t i = 1; i < words.size(); ++i) {
    if (AdminUnitAt(ids, i, lex)) return Join(words, i, words.size());
  }
  return {};
}

// Whether the first word of `next` ends a word of the word layer that the
// last word of `text` begins.
bool EndsAWordBegun(const std::string& text, const std::string& next, const Lexicon& lex) {
  const auto before = Words(text);
  const auto after = Words(next, 1);
  if (before.empty() || after.empty()) return false;
  const std::vector<std::string_view> pair{before.back(), after.front()};
  return lex.LongestWordAt(lex.IdsOf(pair), 0).length == 2;
}

// A header line that holds two bodies, as a portal's one-cell header gives
// them ("BỘ TÀI CHÍNH TỔNG CỤC THUẾ"), cut before each head in capitals
// that starts a new body after a whole one — a head and what it is for:
// not the owner of a bare head ("VĂN PHÒNG CHÍNH PHỦ", "THỦ TƯỚNG CHÍNH
// PHỦ"), not a head inside a longer word ("KHOA HỌC"), and not a word's
// end ("MÔI TRƯỜNG").
std::vector<std::string> BodiesInLine(const std::string& text, const Lexicon& lex) {
  const auto words = Words(text);
  const auto ids = lex.IdsOf(words);
  std::vector<std::string> out;
  size_t from = 0;
  for (size_t k = 2; k < words.size(); ++k) {
    if (!IsUpperText(words[k])) continue;
    const size_t own_head = HeadAt(words, ids, from, lex);
    if (own_head == 0 || k - from <= own_head) continue;
    const size_t head = HeadAt(words, ids, k, lex);
    if (head == 0 || lex.LongestWordAt(ids, k).length > head) continue;
    if (lex.LongestWordAt(ids, k - 1).length > 1) continue;  // "MÔI TRƯỜNG", "XÃ HỘI"
    out.push_back(Join(words, from, k));
    from = k;
  }
  out.push_back(Join(words, from, words.size()));
  return out;
}

// An issuer line as OCR read it, with the diacritics it dropped from the
// place put back ("TĨNH QUANG NGAI" → "TỈNH QUẢNG NGÃI"): the words that
// are the place's but for diacritics take the place's spelling, and the
// word before them, when it is a level but for diacritics, the level's.
// The place comes from the date line, where OCR read the same name right.
std::string WithPlaceSpelled(std::string_view line, std::string_view place, const Lexicon& lex) {
  const std::vector<std::string_view> words = Words(line);
  const std::vector<std::string_view> place_words = Words(place);
  const size_t k = place_words.size();
  if (k == 0 || words.size() < k) return std::string(line);
  const std::string folded_place = FoldCode(place);
  for (size_t i = 0; i + k <= words.size(); ++i) {
    if (FoldCode(Join(words, i, i + k)) != folded_place) continue;
    std::vector<std::string> out(words.begin(), words.end());
    for (size_t j = 1; j < k; ++j) out[i + j].clear();
    out[i] = ToUpper(place);
    if (i > 0) {
      for (const AdminUnit& unit : lex.admin_units()) {
        if (FoldCode(out[i - 1]) != FoldCode(unit.name.text)) continue;
        out[i - 1] = ToUpper(unit.name.text);
        break;
      }
    }
    std::string joined;
    for (const std::string& w : out) {
      if (w.empty()) continue;
      if (!joined.empty()) joined += ' ';
      joined += w;
    }
    return joined;
  }
  return std::string(line);
}

// An issuer line as OCR read it, with the diacritics it dropped from the
// agency head that opens it put back ("VAN PHONG" → "VĂN PHÒNG"): the
// longest head whose letters the first words are, when those words have
// no diacritic at all (a head OCR read with some is left as read).
std::string WithHeadSpelled(const std::string& line, const Lexicon& lex) {
  const std::vector<std::string_view> words = Words(line);
  size_t best = 0;
  const std::string* spelling = nullptr;
  for (const Phrase& head : lex.agency_heads()) {
    const size_t k = head.word_ids.size();
    if (k <= best || k > words.size()) continue;
    const std::string lead = Join(words, 0, k);
    const bool bare = std::all_of(lead.begin(), lead.end(),
                                  [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (bare && FoldCode(lead) == FoldCode(head.text)) {
      best = k;
      spelling = &head.text;
    }
  }
  if (!spelling) return line;
  std::string out = ToUpper(*spelling);
  if (best < words.size()) out += ' ' + Join(words, best, words.size());
  return out;
}

IssuerResult FromHeader(const Document& doc, const Lexicon& lex, std::string_view place) {
  // Header lines group into bodies: a line that opens with an agency head
  // starts a body, any other line continues the one above — as does a
  // line of a head alone that ends a word the line above began ("SỞ NÔNG
  // NGHIỆP VÀ MÔI / TRƯỜNG": "Trường" opens a school's name, but here it
  // ends "môi trường"; "… CÔNG THƯƠNG / TRƯỜNG ĐẠI HỌC …" names a school).
  std::vector<std::pair<std::string, Span>> bodies;
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    if (doc.roles[i] != Role::kHeaderIssuer) continue;
    std::string line = ExpandAbbreviations(Trim(doc.LineText(i)), lex);
    if (doc.Scanned(i)) {
      line = WithPlaceSpelled(WithHeadSpelled(line, lex), place, lex);
    }
    for (const std::string& text : BodiesInLine(line, lex)) {
      const auto words = Words(text);
      const size_t head = bodies.empty() ? 0 : HeadAt(words, lex.IdsOf(words), 0, lex);
      const bool wrapped = head == words.size() && EndsAWordBegun(bodies.back().first, text, lex);
      if (bodies.empty() || (head > 0 && !wrapped)) {
        bodies.push_back({text, doc.LineSpan(i)});
      } else {
        bodies.back().first += ' ' + text;
        bodies.back().second.end = doc.lines[i].end;
      }
    }
  }
  IssuerResult r;
  if (bodies.empty()) return r;
  std::string issuer = AgencyCase(bodies.back().first, lex);
  if (bodies.size() >= 2) {
    const std::string parent = AgencyCase(bodies[bodies.size() - 2].first, lex);
    r.parent = parent;
    if (UnitPart(issuer, lex).empty()) {
      const std::string unit = UnitPart(parent, lex);
      if (!unit.empty()) issuer += ' ' + unit;
    }
  }
  r.issuer = Field{issuer, bodies.back().second};
  return r;
}

}  // namespace

std::string SymbolIssuerCode(std::string_view symbol, const Lexicon& lex) {
  static const RE2 kSegment(R"(([^-/\s]+))");
  re2::StringPiece in(symbol.data(), symbol.size());
  std::string part;
  while (RE2::FindAndConsume(&in, kSegment, &part)) {
    const bool year = part.size() == 4 && part.find_first_not_of("0123456789") == std::string::npos;
    if (!year && !lex.TypeByAbbreviation(part)) return FoldCode(part);
  }
  return {};
}

std::string ExpandAbbreviations(std::string_view text, const Lexicon& lex) {
  std::string out;
  for (auto w : Words(text)) {
    if (!out.empty()) out += ' ';
    if (auto full = lex.Expand(w)) out += *full;
    else out += w;
  }
  return out;
}

IssuerResult ExtractIssuer(const Document& doc, const Lexicon& lex, std::string_view symbol,
                           std::string_view place) {
  IssuerResult r = FromHeader(doc, lex, place);
  if (r.issuer) return r;
  const std::string code = SymbolIssuerCode(symbol, lex);
  if (code.empty()) return r;
  std::optional<Candidate> c = BestBodyCandidate(doc, code, lex);
  if (!c) return r;
  std::string name = c->name;
  if (!place.empty() && MatchKey(name).find(MatchKey(place)) == std::string::npos) {
    if (EndsWithUnit(name, lex)) name += " " + std::string(place);
    else if (UnitPart(name, lex).empty()) name += " " + DominantLevel(doc) + " " + std::string(place);
  }
  r.issuer = Field{name, c->span};
  r.inferred = true;
  return r;
}

}  // namespace vanban
