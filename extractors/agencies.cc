#include "extractors/agencies.h"

#include "extractors/context.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "pipeline/base/string_map.h"
#include "pipeline/language/lexicon.h"
#include "pipeline/language/normalize.h"
#include "pipeline/language/text_util.h"

namespace vanban {

namespace {

bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }

// Longest body name we follow; past it the grammar has lost its way.
constexpr size_t kMaxNameWords = 16;

bool EndsWithAny(std::string_view w, std::string_view chars) {
  return !w.empty() && chars.find(w.back()) != std::string_view::npos;
}

// Footnote marks stuck to a word: "tỉnh¹".
std::string_view WithoutSuperscripts(std::string_view w) {
  static const std::string_view kMarks[] = {"¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"};
  // Every mark ends in a byte from B0 to B9; most words end in a letter.
  auto may_end_in_mark = [](std::string_view w) {
    const auto last = w.empty() ? 0 : static_cast<unsigned char>(w.back());
    return last >= 0xB0 && last <= 0xB9;
  };
  for (bool found = true; found && may_end_in_mark(w);) {
    found = false;
    for (auto mark : kMarks) {
      if (w.ends_with(mark)) {
        w.remove_suffix(mark.size());
        found = true;
      }
    }
  }
  return w;
}

// Words of a level closing a name at `j` ("tỉnh", "các huyện"), or 0 (also
// when `j` is past the end). `ids`: the lexicon ids of the words' keys.
size_t LevelWordsAt(std::span<const WordId> ids, size_t j, const Lexicon& lex) {
  if (j >= ids.size()) return 0;
  const Lexicon::FunctionWords& fw = lex.function_words();
  // "Xã hội" (society) in "Lao động - Thương binh và Xã hội" is no commune.
  if (ids[j] == fw.xa && j + 1 < ids.size() && ids[j + 1] == fw.hoi) return 0;
  if (ids[j] == fw.cac && j + 1 < ids.size()) {
    if (const size_t n = MatchAnyPhrase(ids, j + 1, lex.name_levels())) return 1 + n;
  }
  return MatchAnyPhrase(ids, j, lex.name_levels());
}

// One line's words, their ids and the spelling to use for each word in a name.
class NameScanner {
 public:
  // `words`: Words(line), `ids`: Lexicon::IdsOf(words); both must outlive
  // the scanner.
  NameScanner(std::string_view line, const std::vector<std::string_view>& words,
              const std::vector<WordId>& ids, const Lexicon& lex)
      : line_(line), lex_(lex), fw_(lex.function_words()), words_(words), ids_(ids) {}

  std::vector<AgencyMention> Scan() {
    std::vector<AgencyMention> out;
    size_t i = 0;
    while (i < words_.size()) {
      // "Giám đốc các sở: Giáo dục và Đào tạo, Tài chính": the kind in
      // lower case, its list in capitals.
      if (const size_t kind = KindBeforeListAt(i)) {
        i = ListAfterColon(i, kind, &out);
        continue;
      }
      const size_t head = HeadAt(i);
      if (head == 0) {
        ++i;
        continue;
      }
      // "Luật Tổ chức Chính phủ", "Luật Phòng cháy, chữa cháy": a law's
      // title names what it organises or governs, no body the document names.
      if (NamedByALawAt(i)) {
        i = std::max(NameEnd(i, head), i + head);
        continue;
      }
      // "Bộ trưởng Bộ Y tế", "Chi cục trưởng Chi cục Thủy lợi": an office
      // whose title starts like a body is no body; one may follow it.
      if (const size_t office = OfficeAt(i)) {
        i += office;
        continue;
      }
      // "Đoàn Thị Hương": a surname that is also a head.
      if (head == 1 && i + 1 < words_.size() && words_[i + 1] == "Thị") {
        i += 2;
        continue;
      }
      // "các Ban của Đảng", "các Ủy ban của Quốc hội": bodies of a kind that
      // another body has, no body named. After "các" the owner is part of
      // that category, not a body named on its own (ANNOTATION.md: "các
      // Ủy ban của Quốc hội" is a generic category).
      if (i + head < words_.size() && ids_[i + head] == fw_.cua) {
        i += head;
        const size_t owner = i + 1 < words_.size() ? HeadAt(i + 1) : 0;
        if (owner > 0 && i > head && ids_[i - head - 1] == fw_.cac) i = NameEnd(i + 1, owner);
        continue;
      }
      // "ngày thành lập Đoàn 26/3", "Phòng 301": a number after the head
      // is a date or a room, not a body's field.
      if (i + head < words_.size() && std::isdigit(static_cast<unsigned char>(words_[i + head][0]))) {
        i += head;
        continue;
      }
      const size_t prefix = PrefixBefore(i);
      const size_t end = NameEnd(i, head);
      const bool named = end > i + head || MultiWordHead(i);
      if (bare_ && bare_->next != i - prefix) FlushBare(&out);
      if (end == i + head && EndsWithAny(words_[end - 1], ":")) {
        // "VPUB: CVP, PCVP, CBTH": a short form of a whole name is a body
        // itself, whatever its list holds (persons, filing codes, units).
        if (head == 1 && AbbreviatesWholeName(StripPunct(words_[i]))) {
          out.push_back(Mention(i - prefix, prefix, i + head));
          owner_ = Owner{out.back().name, ItemEnd(i + head)};
        }
        // "các Sở: Y tế, Tài chính": one body per field of the list.
        i = ListAfterColon(i, head, &out);
        continue;
      }
      // "Ủy ban nhân dân cùng cấp": a role relative to the reader.
      if (level_begin_ < end && MatchAnyPhrase(ids_, level_begin_, lex_.name_relatives())) {
        i = end;
        continue;
      }
      HeadKind kind = HeadKind::kPlain;
      HeadAt(i, &kind);
      if (end == i + head && end < words_.size() && kind != HeadKind::kWhole &&
          (EndsWithAny(words_[end - 1], ",") || ids_[end] == fw_.va)) {
        // "HĐND, UBND các tỉnh", "Công an và UBND các xã": a head without a
        // field may take the level of the body after it.
        FlushBare(&out);
        bare_ = Bare{i - prefix, prefix, end, end + (EndsWithAny(words_[end - 1], ",") ? 0 : 1),
                     named};
      } else if (named) {
        if (bare_ && level_begin_ < end) {
          AgencyMention shared = Mention(bare_->from, bare_->prefix, bare_->end);
          shared.name += " " + Mention(level_begin_, 0, end).name;
          out.push_back(std::move(shared));
          bare_.reset();
        }
        FlushBare(&out);
        out.push_back(Mention(i - prefix, prefix, end));
        if (level_begin_ >= end) Own(i - prefix, kind, &out.back());
      }
      i = std::max(end, i + 1);
    }
    FlushBare(&out);
    ShareEveryLevel(&out);
    return out;
  }

 private:
  // "Mặt trận Tổ quốc Việt Nam và Hội Cựu chiến binh các cấp", "Ban Công
  // tác đặc biệt, Ban Chuyên trách các cấp": after bodies found at every
  // level (agency_name_grammar.tsv), joined by commas or "và" and with no
  // level of their own, a trailing "các cấp" is each one's.
  void ShareEveryLevel(std::vector<AgencyMention>* out) const {
    static constexpr std::string_view kEveryLevel = " các cấp";
    for (size_t k = out->size(); k-- > 1;) {
      if (!(*out)[k].name.ends_with(kEveryLevel)) continue;
      for (size_t j = k; j-- > 0;) {
        AgencyMention& m = (*out)[j];
        const size_t next = (*out)[j + 1].begin;
        if (next < m.end) break;
        const std::string_view between = Trim(line_.substr(m.end, next - m.end));
        if (between != "," && between != "và" && between != ", và") break;
        const std::vector<std::string_view> words = Words(m.name);
        const std::vector<WordId> ids = lex_.IdsOf(words);
        if (!MatchAnyPhrase(ids, 0, lex_.name_every_level())) break;
        // A level or a reach of its own ("Ban Chỉ đạo quốc gia") keeps it
        // from the list's.
        bool level = false;
        for (size_t w = 1; w < ids.size() && !level; ++w) {
          level = LevelWordsAt(ids, w, lex_) > 0 || MatchAnyPhrase(ids, w, lex_.name_scopes()) > 0;
        }
        if (level) break;
        m.name += kEveryLevel;
      }
    }
  }

  // The word after the list item that word `k` stands in: past the first
  // word ending in ";" or ".", or the line's end.
  size_t ItemEnd(size_t k) const {
    while (k < words_.size() && !EndsWithAny(words_[k], ";.")) ++k;
    return std::min(k + 1, words_.size());
  }

  // A bare head that took no level: a body if its head is a whole name.
  void FlushBare(std::vector<AgencyMention>* out) {
    if (bare_ && bare_->named) {
      out->push_back(Mention(bare_->from, bare_->prefix, bare_->end));
      HeadKind kind = HeadKind::kPlain;
      HeadAt(bare_->from + bare_->prefix, &kind);
      Own(bare_->from, kind, &out->back());
    }
    bare_.reset();
  }

  // "VPCP: BTCN, các PCN, Cổng TTĐT, …": a unit without a level of its own
  // in its owner's list, the name starting at word `from`, is that owner's
  // ("Cổng Thông tin điện tử Văn phòng Chính phủ"); a whole name
  // ("Công báo") stays as it is.
  void Own(size_t from, HeadKind kind, AgencyMention* m) const {
    if (owner_ && from < owner_->until && kind != HeadKind::kWhole) m->name += " " + owner_->name;
  }

  // Words of a head written with its capital ("Sở", "Ban Chỉ đạo") or an
  // abbreviation standing for one ("UBND", "BCĐ"); `kind` receives how
  // that kind of body names itself.
  // A name may open a parenthesis: "Bộ Lao động - Thương binh và Xã hội
  // (Cục Người có công, Vụ Kế hoạch - Tài chính)".
  size_t HeadAt(size_t i, HeadKind* kind = nullptr) const {
    // Most words start in lower case: no head, at once.
    if (const char c = words_[i][0]; c >= 'a' && c <= 'z') return 0;
    const std::string_view bare = StripPunct(words_[i]);
    if (!StartsWithCapital(bare) || MatchAnyPhrase(ids_, i, lex_.name_not_heads())) return 0;
    if (kind) *kind = HeadKind::kPlain;
    if (lex_.AbbreviatesBody(bare)) {
      if (kind) *kind = lex_.AbbreviatedHeadKind(bare);
      return 1;
    }
    if (lex_.Expand(bare)) return 0;
    for (const Phrase* head : lex_.HeadsFrom(ids_[i])) {
      const size_t n = MatchPhrase(ids_, i, *head);
      if (n > 0 && SameCapitals(i, *head)) {
        const HeadKind found = Lexicon::KindOf(*head);
        if (found == HeadKind::kBranch && i > 0 && words_[i - 1] == "-") return 0;
        if (kind) *kind = found == HeadKind::kBranch ? HeadKind::kPlain : found;
        return n;
      }
    }
    return 0;
  }

  // Whether the word-layer word at `j` opens a predicate rather than going
  // on with a name: written in lower case, with no noun reading, and a
  // verb, adjective or adverb ("đồng ý", "xác nhận", "khẩn trương", "chưa");
  // function words ("và", "của") are the grammar's own business.
  // Only after a name is complete — its head and a field, or a head that is
  // a whole name — and never in a committee's purpose, which is a verb
  // phrase ("Ban Chỉ đạo vận động hiến máu tình nguyện").
  bool OpensPredicate(size_t j, const WordAt& word, bool complete, HeadKind kind) const {
    if (kind == HeadKind::kCommittee || word.length == 0 || StartsWithCapital(words_[j])) {
      return false;
    }
    // Right after a head a field may be a verb ("Ban quản lý", "Đài truyền
    // thanh"), but no adverb or bare adjective is ("Bộ khẩn trương").
    if (!complete) {
      return !(word.classes & (kNoun | kVerb)) && (word.classes & (kAdjective | kAdverb));
    }
    if (word.classes & (kPreposition | kConjunction | kPronoun | kNumeral)) return false;
    // A document's type in lower case after a whole name opens the next
    // phrase ("… của Chính phủ nghị định về xử lý kỷ luật …").
    if (kind == HeadKind::kWhole && NamesDocumentType(j)) return true;
    // Nothing of a noun goes on with a whole name ("Thủ tướng Chính phủ
    // yêu cầu", "Chính phủ quyết định"), nor a verb that a longer noun
    // begins ("Chính phủ quản lý nhà nước về …": quản lý | nhà nước).
    if (kind == HeadKind::kWhole) {
      if (word.classes & kVerb) return true;
      const WordAt shorter = lex_.LongestWordAt(std::span(ids_).first(std::min(ids_.size(), j + 2)), j);
      if ((shorter.classes & kVerb) && !(shorter.classes & kNoun)) return true;
    }
    return !(word.classes & kNoun) && (word.classes & (kVerb | kAdjective | kAdverb)) != 0;
  }

  // "Hội" but not "hội": the head's words keep the lexicon's capitals.
  bool SameCapitals(size_t i, const Phrase& head) const {
    bool same = true;
    for (size_t k = 0; k < head.capitals.size() && same; ++k) {
      same = head.capitals[k] == StartsWithCapital(StripPunct(words_[i + k]));
    }
    if (same) return true;
    // A head in capitals is a head ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:").
    return head.capitals.size() >= 2 && i + head.capitals.size() <= words_.size() &&
           std::all_of(words_.begin() + i, words_.begin() + i + head.capitals.size(),
                       [](std::string_view w) { return IsUpperText(StripPunct(w)); });
  }

  // "Chính phủ", "Quốc hội": a head that is a whole name.
  bool MultiWordHead(size_t i) const {
    for (const Phrase* head : lex_.HeadsFrom(ids_[i])) {
      if (head->word_ids.size() >= 2 && MatchPhrase(ids_, i, *head) == head->word_ids.size()) {
        return true;
      }
    }
    return false;
  }

  // The bodies of a list after a head and its colon ("các Sở: Y tế, Tài
  // chính, Nội vụ", "Liên Bộ: LĐTBXH, Tài chính"): each field, written out,
  // after the head. A field ends at a comma; the last one also at "và"
  // unless the field is one word of the word layer with it ("Kế hoạch và
  // Đầu tư"). The list ends at ";", "." or a field in lower case. Returns
  // the word after the list.
  size_t ListAfterColon(size_t i, size_t head, std::vector<AgencyMention>* out) const {
    const std::string name = CapitalizeFirst(Mention(i, 0, i + head).name);
    size_t k = i + head;
    while (k < words_.size() && IsListedField(k)) {
      size_t end = k;
      // The end of the last word of the word layer the field has begun: a
      // "và" inside one is the field's ("Lao động - Thương binh và Xã hội").
      size_t field_word_end = k + std::max<size_t>(lex_.LongestWordAt(ids_, k).length, 1);
      while (end < words_.size() && !EndsWithAny(words_[end], ",;.") &&
             !(ids_[end] == fw_.va && end >= field_word_end && end > k)) {
        field_word_end = std::max(field_word_end, end + lex_.LongestWordAt(ids_, end).length);
        ++end;
      }
      const bool joined = end < words_.size() && ids_[end] == fw_.va;
      if (end < words_.size() && !joined) ++end;  // the word with the comma
      // The last field ends where the sentence goes on ("Nội vụ phối hợp"),
      // at the start of a word of the word layer.
      for (size_t m = k, word_end = k; m < end; ++m) {
        if (m < word_end) continue;
        const WordAt word = lex_.LongestWordAt(ids_, m);
        word_end = m + std::max<size_t>(word.length, 1);
        if (m > k && (MatchAnyPhrase(ids_, m, lex_.name_ends()) ||
                      OpensPredicate(m, word, true, HeadKind::kPlain))) {
          end = m;
          break;
        }
      }
      if (end == k) break;
      AgencyMention m = Mention(k, 0, end);
      m.name = name + " " + m.name;
      m.abbreviation.reset();
      out->push_back(std::move(m));
      if (end >= words_.size() || EndsWithAny(words_[end - 1], ";.")) return end;
      k = joined ? end + 1 : end;
    }
    return std::max(k, i + head);
  }

  // Whether the words before word `i` are a law's or an ordinance's title
  // up to the head: "Luật Tổ chức | Chính phủ", "Luật | Phòng cháy, chữa
  // cháy …", "Luật | Công an nhân dân", "Pháp lệnh | Phòng, chống lụt bão".
  bool NamedByALawAt(size_t i) const {
    if (i == 0) return false;
    // The word before is "Luật", "lệnh" or "chức" in any case; most heads
    // have another.
    const std::string_view before = words_[i - 1];
    const bool law_word = before.starts_with("L") || before.starts_with("l");
    if (law_word && MatchKey(before) == "luật") return true;
    // "Pháp lệnh", not "Tư lệnh Bộ Tư lệnh …".
    if (law_word && i >= 2 && MatchKey(before) == "lệnh" && MatchKey(words_[i - 2]) == "pháp") {
      return true;
    }
    if (i < 3 || (before != "chức" && before != "CHỨC")) return false;
    return MatchKey(words_[i - 3]) == "luật" && MatchKey(words_[i - 2]) == "tổ";
  }

  // The words of a head written in lower case after "các" and before a
  // colon and a capitalised field ("các sở: Giáo dục và Đào tạo, …"): a
  // kind of body listed by its fields, as "các Sở:" is; 0 for none.
  size_t KindBeforeListAt(size_t i) const {
    if (i == 0 || ids_[i - 1] != fw_.cac || !IsLowerAscii(words_[i][0])) return 0;
    for (const Phrase* head : lex_.HeadsFrom(ids_[i])) {
      const size_t n = MatchPhrase(ids_, i, *head);
      if (n == 0 || i + n >= words_.size() || !EndsWithAny(words_[i + n - 1], ":")) continue;
      if (StartsWithCapital(words_[i + n]) && IsListedField(i + n)) return n;
    }
    return 0;
  }

  // A field of such a list: written with its capital, not a body of its
  // own, and not a code ("Các Phòng: VX, NC" lists filing codes) — a word
  // in capitals only is a field when it is a known short form. A head that
  // is the whole item is the field ("Các Bộ: Quốc phòng, Công an, …").
  bool IsListedField(size_t k) const {
    if (!StartsWithCapital(words_[k])) return false;
    if (const size_t head = HeadAt(k)) {
      const size_t end = k + head;
      return end == words_.size() || EndsWithAny(words_[end - 1], ",;.") || ids_[end] == fw_.va;
    }
    const std::string_view bare = StripPunct(words_[k]);
    return !IsUpperText(bare) || lex_.Expand(bare) != nullptr;
  }

  // "Quyết định", "Chỉ thị": a document's type, which no name holds after
  // a comma ("Bộ Chính trị, Quyết định của Thủ tướng …").
  bool NamesDocumentType(size_t j) const {
    for (size_t n = 1; n <= 2 && j + n <= words_.size(); ++n) {
      if (lex_.TypeByName(StripPunct(Join(words_, j, j + n)))) return true;
    }
    return false;
  }

  // Whether an office's title ("Phó Chủ tịch", "PCT") ends right before
  // word `k`.
  bool OfficeEndsAt(size_t k) const {
    constexpr size_t kLongestOffice = 4;  // words: "Phó Chủ tịch Thường trực"
    for (size_t n = 1; n <= kLongestOffice && n <= k; ++n) {
      if (MatchAnyPhrase(ids_, k - n, lex_.position_phrases()) == n) return true;
    }
    const std::string* written_out = k > 0 ? lex_.Expand(StripPunct(words_[k - 1])) : nullptr;
    return written_out && lex_.FindPosition(*written_out);
  }

  // Words of an office's title at `i` ("Bộ trưởng", "Chủ tịch"), which is
  // no body, unless it begins a longer head ("Thủ tướng Chính phủ").
  size_t OfficeAt(size_t i) const {
    const size_t n = MatchAnyPhrase(ids_, i, lex_.position_phrases());
    return n > 0 && HeadAt(i) <= n ? n : 0;
  }

  // Words before the head at `i` that belong to the name: "Thường trực"
  // of a party committee or a council.
  size_t PrefixBefore(size_t i) const {
    if (MatchAnyPhrase(ids_, i, lex_.name_prefixed_heads()) == 0) return 0;
    for (const auto& p : lex_.name_prefixes()) {
      const size_t n = p.word_ids.size();
      if (i >= n && MatchPhrase(ids_, i - n, p) == n && StartsWithCapital(words_[i - n])) return n;
    }
    return 0;
  }

  // Whether `word` is the short form of a body's whole name, its head and
  // more ("VPUB": Văn phòng Ủy ban nhân dân, "VPCP"), not of a head alone
  // ("UBND", "BCĐ"), which a level or a field must complete.
  bool AbbreviatesWholeName(std::string_view word) const {
    const std::string* full = lex_.Expand(word);
    if (!full) return false;
    const std::vector<std::string_view> words = Words(*full);
    const std::vector<WordId> ids = lex_.IdsOf(words);
    for (const Phrase* head : lex_.HeadsFrom(ids[0])) {
      const size_t n = MatchPhrase(ids, 0, *head);
      if (n > 0) return n < words.size();
    }
    return false;
  }

  // Whether a head that takes a prefix follows a prefix at `j` ("Trung
  // ương Hội Cựu chiến binh", "Thường trực Huyện ủy"): another body.
  bool PrefixedHeadAt(size_t j) const {
    for (const auto& p : lex_.name_prefixes()) {
      const size_t n = p.word_ids.size();
      if (MatchPhrase(ids_, j, p) == n && j + n < words_.size() && HeadAt(j + n) &&
          MatchAnyPhrase(ids_, j + n, lex_.name_prefixed_heads())) {
        return true;
      }
    }
    return false;
  }

  // "về" and the committee's purpose after it ("Ban Chỉ đạo Trung ương về
  // phòng, chống tham nhũng"), not "về việc …" nor "về" at a name's end.
  bool PurposeAt(size_t j) const {
    return ids_[j] == fw_.ve && j + 1 < words_.size() && ids_[j + 1] != fw_.viec &&
           !EndsWithAny(words_[j - 1], ",;.:)\"") && !HeadAt(j + 1);
  }

  // One past the last word of the name whose head starts at `i`; sets
  // level_begin_ to the first word of its level (its end when it has none).
  // Whether a table cell ends between word `j - 1` and word `j`: a row is
  // one line of tab-separated cells, and no name runs from one cell into
  // the next ("Sở Nội vụ | Các sở, ban, ngành").
  bool CellEndsBefore(size_t j) const {
    if (j == 0) return false;
    const char* from = words_[j - 1].data() + words_[j - 1].size();
    return std::string_view(from, static_cast<size_t>(words_[j].data() - from)).find('\t') !=
           std::string_view::npos;
  }

  size_t NameEnd(size_t i, size_t head) const {
    name_begin_ = i;
    HeadKind kind = HeadKind::kPlain;
    HeadAt(i, &kind);
    level_begin_ = words_.size();
    size_t j = i + head;
    if (EndsWithAny(words_[j - 1], ",;.:)\"")) return j;
    size_t word_end = j;  // the end of the word-layer word the name is in
    bool in_purpose = false;  // past a committee's "về"
    // Where the field of the last head begins: the name's own, or that of
    // a head inside it ("Cục Chính sách - Tổng cục | Xây dựng lực lượng").
    size_t field_at = i + head;
    while (j < words_.size() && j - i < kMaxNameWords) {
      const std::string_view w = words_[j];
      if (w.front() == '(' || w.front() == '"' || CellEndsBefore(j)) break;
      // A committee named inside the name is what it names: "Văn phòng Ban
      // Chỉ đạo …" states a purpose too.
      // Its head's words are the head's, whatever else they may be ("Văn
      // phòng Ban Chỉ đạo": not the verb "chỉ đạo").
      if (HeadKind inner; j > i) {
        if (const size_t n = HeadAt(j, &inner)) {
          if (inner == HeadKind::kCommittee) kind = HeadKind::kCommittee;
          word_end = std::max(word_end, j + n);
          field_at = j + n;
        }
      }
      if (kind == HeadKind::kCommittee && PurposeAt(j)) {
        j += 1;
        word_end = j;
        in_purpose = true;
        continue;
      }
      // "các" opens a level ("các huyện"), bodies of a kind ("các ban của
      // Đảng") or, in a purpose, its object; otherwise the sentence goes on
      // ("Ban Chỉ đạo quốc gia các chủ trương"). Right after a committee's
      // head it opens the committee's field ("Ủy ban các vấn đề xã hội");
      // inside a field, the object of the field's work when nouns run from
      // it to the body's level ("Ban Quản lý dự án đầu tư xây dựng các công
      // trình giao thông tỉnh").
      if (ids_[j] == fw_.cac && !in_purpose && !LevelAt(j) &&
          !MatchAnyPhrase(ids_, j + 1, lex_.task_collectives()) &&
          !(kind == HeadKind::kCommittee && j == i + head) && !NounsToALevel(j + 1)) {
        break;
      }
      // Inside a word of the word layer begun before ("giao" of "an toàn
      // giao thông"), nothing ends the name.
      const bool inside = j < word_end;
      WordAt word;  // the word starting here
      if (!inside) {
        word = WordInNameAt(i + head, j);
        word_end = j + std::max<size_t>(word.length, 1);
      }
      // "Phòng Tổ chức cán bộ", "Sở Xây dựng", "Tổng cục Xây dựng lực lượng
      // Công an nhân dân", "Ủy ban Kiểm tra": right after a head, an end
      // word written with its capital opens the field instead (not after a
      // whole name: "… của Chính phủ Quy định chi tiết …"). Nor does one
      // end it that begins a longer noun ("giao thông").
      const bool opens_field = kind != HeadKind::kWhole && j == field_at &&
                               StartsWithCapital(w);
      // Nor does one written with its capital inside a proper name of two
      // syllables or more ("Công ty Điện lực Cần Thơ": "cần" ends names).
      const bool proper_name = j > i + head && StartsWithCapital(w) && j + 1 < words_.size() &&
                               StartsWithCapital(words_[j + 1]) && !EndsWithAny(w, ",;.:");
      if (const size_t end = MatchAnyPhrase(ids_, j, lex_.name_ends());
          end > 0 && !inside && !opens_field && !proper_name &&
          !(word.length > end && (word.classes & kNoun))) {
        break;
      }
      const bool complete = j > i + head || kind == HeadKind::kWhole;
      if (OpensPredicate(j, word, complete, kind)) break;
      // "Sở Nông nghiệp và Phát triển nông thôn - Phó Trưởng ban": a
      // member list gives the body, a dash, the member's office.
      if (w == "-" && MatchAnyPhrase(ids_, j + 1, lex_.position_phrases())) break;
      // "và" joins what follows in lower case, or a document ("… của Chính
      // phủ và Luật Ngân sách"), to the sentence, not to the name — but for
      // a pair of the name's own ("phòng cháy, chữa cháy và cứu nạn, cứu hộ").
      if (ids_[j] == fw_.va &&
          (j + 1 >= words_.size() || !StartsWithCapital(words_[j + 1]) || NamesDocumentType(j + 1)) &&
          !(j + 1 < words_.size() && MatchAnyPhrase(ids_, j + 1, lex_.name_joined()) > 0)) {
        break;
      }
      // "Thanh tra Chính phủ và Chủ tịch Ủy ban nhân dân tỉnh": an office
      // after "và" is a person's, joined to the sentence, not to the name.
      if (ids_[j] == fw_.va && j + 1 < words_.size() &&
          MatchAnyPhrase(ids_, j + 1, lex_.position_phrases())) {
        break;
      }
      // "của Thủ tướng Chính phủ số 142/2008/QĐ-TTg": the document's number.
      if (ids_[j] == fw_.so && j + 1 < words_.size() &&
          words_[j + 1].find_first_of("/") != std::string_view::npos && HasDigit(words_[j + 1])) {
        break;
      }
      // "Cục Thi hành án dân sự và Ủy ban nhân dân …": "và" joins two bodies.
      if (HeadAt(j) && j > i + head && StartsWithCapital(w) && ids_[j - 1] == fw_.va) return j - 1;
      // "Ban Tuyên giáo Tỉnh ủy", "Văn phòng Tỉnh ủy": a whole name after
      // the head is the body's owner and closes its name ("Tỉnh" there is
      // no level).
      if (HeadKind inner; j >= i + head && StartsWithCapital(w)) {
        if (const size_t n = HeadAt(j, &inner); n > 0 && inner == HeadKind::kWhole) return j + n;
      }
      // "Đài Phát thanh - Truyền hình Ninh Thuận tăng thời lượng …": a
      // province's name closes the body's name unless a level, a capital or
      // punctuation goes on from it; the lower-case word after it is the
      // sentence's.
      if (j > i && StartsWithCapital(w)) {
        if (const size_t p = MatchAnyPhrase(ids_, j, lex_.name_provinces());
            p > 0 && j + p < words_.size() && !EndsWithAny(words_[j + p - 1], ",;.:)\"") &&
            !StartsWithCapital(words_[j + p]) && !LevelAt(j + p) && ids_[j + p] != fw_.va &&
            !std::string_view("-–(").starts_with(words_[j + p].substr(0, 1))) {
          return j + p;
        }
      }
      if (const size_t level = LevelAt(j)) {
        level_begin_ = j;
        const size_t after = AfterLevel(j, level);
        if (kind != HeadKind::kCommittee || after >= words_.size() || !PurposeAt(after)) return after;
        j = after + 1;
        word_end = j;
        level_begin_ = words_.size();
        continue;
      }
      ++j;
      // "Trung tâm Văn hóa, Thể thao và Truyền thông": a comma inside a
      // name, before the next field of it rather than another body or an
      // office ("Giám đốc Sở Y tế, Giám đốc Sở Tài chính").
      // In a committee's purpose, a comma lists its work ("về tìm kiếm, quy
      // tập hài cốt liệt sĩ").
      const bool inner_comma =
          EndsWithAny(w, ",") && j < words_.size() &&
          ((StartsWithCapital(words_[j]) && !HeadAt(j) && !PrefixedHeadAt(j) &&
            !lex_.Expand(StripPunct(words_[j])) && !NamesDocumentType(j) &&
            !MatchAnyPhrase(ids_, j, lex_.position_phrases())) ||
           JoinedAcross(j - 1) ||
           (in_purpose && !StartsWithCapital(words_[j]) &&
            (lex_.LongestWordAt(ids_, j).classes & kVerb)));
      if (EndsWithAny(w, ",;.:)\"") && !inner_comma) break;
    }
    // "Phòng Giao dịch của | các Ngân hàng …": a name does not end on the
    // word that joins it to what follows.
    // Nor on "việc", which the verb after it would have made a noun ("Đoàn
    // kiểm tra việc | chấp hành …": the name is the team's head).
    while (j > i + head && (ids_[j - 1] == fw_.cua || ids_[j - 1] == fw_.va ||
                            ids_[j - 1] == fw_.voi || words_[j - 1] == "việc")) {
      --j;
    }
    return j;
  }

  // The word of the word layer at `j` in a name whose field begins at
  // `field`. A proper name's syllables ("Quảng Bình") make a word with each
  // other, not with the lower-case syllable after them: "Báo Quảng Bình
  // thường xuyên đưa tin" is "Quảng Bình | thường xuyên", though "bình
  // thường" is a word. Only where the lower-case syllables begin a word of
  // their own; otherwise the lexicon's word stands ("Hội Chữ Thập đỏ").
  WordAt WordInNameAt(size_t field, size_t j) const {
    const WordAt word = lex_.LongestWordAt(ids_, j);
    if (word.length < 2 || j <= field || !ProperSyllable(j) || !ProperSyllable(j - 1) ||
        EndsWithAny(words_[j - 1], ",;.:)\"")) {
      return word;
    }
    size_t run = j;
    while (run < j + word.length && StartsWithCapital(words_[run])) ++run;
    if (run == j + word.length || lex_.LongestWordAt(ids_, run).length < 2) return word;
    return lex_.LongestWordAt(std::span(ids_).first(run), j);
  }

  // "Bình" of "Quảng Bình": a syllable of a proper name, not a short form.
  bool ProperSyllable(size_t k) const {
    return StartsWithCapital(words_[k]) && !IsUpperText(StripPunct(words_[k]));
  }

  size_t LevelAt(size_t j) const { return LevelWordsAt(ids_, j, lex_); }

  // Whether the words from `j` are nouns of the word layer, in lower case
  // and without punctuation, up to a level within a few words.
  bool NounsToALevel(size_t j) const {
    constexpr size_t kReach = 6;
    for (size_t k = j; k < words_.size() && k < j + kReach;) {
      if (k > j && LevelAt(k)) return true;
      if (StartsWithCapital(words_[k]) || EndsWithAny(words_[k], ",;.:)\"")) return false;
      const WordAt word = lex_.LongestWordAt(ids_, k);
      if (word.length == 0 || !(word.classes & kNoun)) return false;
      k += word.length;
    }
    return false;
  }

  // Whether the comma after word `k` stands inside a pair of words the
  // name grammar joins ("Phòng, chống", "phòng cháy, chữa cháy", "cứu nạn,
  // cứu hộ"): a phrase of its "joined" kind that begins at or before `k`
  // and goes on past it.
  bool JoinedAcross(size_t k) const {
    const size_t reach = std::min(k, lex_.name_joined().max_words() - 1);
    for (size_t from = k - reach; from <= k; ++from) {
      if (MatchAnyPhrase(ids_, from, lex_.name_joined()) > k - from + 1) return true;
    }
    return false;
  }

  // After a level: "các huyện, thành phố" (a list of levels, with "các" or
  // without: "tỉnh, thành phố trực thuộc Trung ương" is every province),
  // then the place's proper name ("tỉnh Lạng Sơn"); an abbreviation after
  // the level goes on with the name ("BCĐ Quốc gia VĐ HMTN").
  size_t AfterLevel(size_t j, size_t level) const {
    size_t end = j + level;
    while (end < words_.size() && EndsWithAny(words_[end - 1], ",")) {
      // Without "các", a capital after the comma starts another name
      // ("Hội Liên hiệp Phụ nữ huyện, Huyện đoàn"); a short form goes on
      // ("tỉnh, TP trực thuộc TW").
      if (ids_[j] != fw_.cac && StartsWithCapital(words_[end]) && !IsUpperText(words_[end])) break;
      const size_t more = MatchAnyPhrase(ids_, end, lex_.name_levels());
      if (more == 0) break;
      end += more;
    }
    // "các tỉnh, thành phố trực thuộc Trung ương": a level that qualifies
    // the one before it.
    if (!EndsWithAny(words_[end - 1], ",;.:)\"")) {
      if (const size_t more = MatchAnyPhrase(ids_, end, lex_.name_levels()); more > 1) end += more;
    }
    if (EndsWithAny(words_[end - 1], ",;.:)\"") && !ShortLevelBeforePlace(end - 1)) return end;
    const bool plural = ids_[j] == fw_.cac;
    const size_t place = end;
    // Right after an office ("Phó Chủ tịch | UBND tỉnh Lâm Hải Giang") the
    // words after "tỉnh" are a province or the office holder's name.
    if (level == 1 && place < words_.size() && PlaceWordAt(place, false) &&
        MatchKey(StripPunct(words_[j])) == "tỉnh" && OfficeEndsAt(name_begin_)) {
      return place + MatchAnyPhrase(ids_, place, lex_.name_provinces());
    }
    while (end < words_.size() && PlaceWordAt(end, end > place)) {
      const bool abbreviation = lex_.Expand(StripPunct(words_[end])) != nullptr;
      if (abbreviation) return NameEnd(end - 1, 1);
      ++end;
      // "các huyện Văn Quan, Văn Lãng, Tràng Định": one place after another.
      if (plural && EndsWithAny(words_[end - 1], ",") && end < words_.size() &&
          PlaceWordAt(end, false)) {
        continue;
      }
      if (EndsWithAny(words_[end - 1], ",;.:)\"")) break;
    }
    return end;
  }

  // "TP. Đà Lạt", "TX. Sơn Tây": a level written short with its full stop,
  // the place's name after it; the stop ends no sentence.
  bool ShortLevelBeforePlace(size_t k) const {
    const std::string_view w = words_[k];
    const std::string_view bare = StripPunct(w);
    return w.back() == '.' && bare.size() <= 3 && StartsWithCapital(bare) &&
           lex_.Expand(bare) != nullptr && k + 1 < words_.size() && PlaceWordAt(k + 1, false);
  }

  // A capitalised word of a place's proper name. Inside the name, a head
  // word not followed by a capitalised one is part of the place ("Hải
  // Phòng - Cơ quan …"), not a new body ("Phòng Y tế").
  bool PlaceWordAt(size_t k, bool inside) const {
    if (!StartsWithCapital(words_[k]) || CellEndsBefore(k)) return false;
    if (!HeadAt(k)) return true;
    return inside && (k + 1 >= words_.size() || !StartsWithCapital(words_[k + 1]));
  }

  // The name of words [from, to), the first `prefix` of them a prefix.
  AgencyMention Mention(size_t from, size_t prefix, size_t to) const {
    AgencyMention m;
    bool shortened = false;
    for (size_t k = from; k < to; ++k) {
      std::string w(WithoutSuperscripts(StripPunct(words_[k])));
      if (k < from + prefix) {
        const std::string full = lex_.PrefixWrittenOut(w);
        shortened |= full != w;
        w = full;
      }
      // Commas inside the name stay: "các huyện, thành phố".
      const bool comma = k + 1 < to && EndsWithAny(words_[k], ",");
      if (w.empty() || (w == "-" && k + 1 == to)) continue;
      if (!m.name.empty()) m.name += ' ';
      if (auto full = lex_.Expand(w)) {
        m.name += *full;
        shortened = true;
      } else {
        m.name += w;
      }
      if (comma) m.name += ',';
    }
    // A name in capitals is written as names are ("ỦY BAN NHÂN DÂN TỈNH"
    // → "Ủy ban nhân dân tỉnh").
    // (A small ASCII letter tells most names apart without ICU.)
    if (to - from >= 2 && std::none_of(m.name.begin(), m.name.end(), IsLowerAscii) &&
        IsUpperText(m.name)) {
      m.name = AgencyCase(m.name, lex_);
    }
    m.begin = static_cast<size_t>(StripPunct(words_[from]).data() - line_.data());
    const std::string_view last = words_[to - 1];
    m.end = static_cast<size_t>(last.data() - line_.data()) + last.size();
    while (m.end > m.begin && EndsWithAny(line_.substr(m.begin, m.end - m.begin), ",;.:)\"")) --m.end;
    if (shortened) m.abbreviation = std::string(line_.substr(m.begin, m.end - m.begin));
    return m;
  }

  // A head named without a field, before a comma or "và" ("HĐND, UBND các
  // tỉnh"), and the word where the body that may lend it a level starts.
  struct Bare {
    size_t from;    // its first word (its prefix's, if any)
    size_t prefix;  // words of prefix
    size_t end;     // one past its head
    size_t next;    // where the body that may lend it a level starts
    bool named;     // a body by itself (MultiWordHead), if no level comes
  };

  std::string_view line_;
  const Lexicon& lex_;
  const Lexicon::FunctionWords& fw_;
  const std::vector<std::string_view>& words_;
  const std::vector<WordId>& ids_;
  // A whole name's short form before a colon ("VPCP:"), whose list runs to
  // word `until`: the units it lists are its own.
  struct Owner {
    std::string name;
    size_t until;
  };

  std::optional<Bare> bare_;
  std::optional<Owner> owner_;
  mutable size_t level_begin_ = 0;  // NameEnd's: where the last name's level began
  mutable size_t name_begin_ = 0;  // NameEnd's: where the last name began
};

// A name's MatchKey without the document's own place at its end: the key
// agencies are told apart by. A list of levels says the same with "các"
// or without ("Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương" and
// "… các tỉnh, thành phố …"): the key leaves it out.
std::string BodyKey(std::string key, const std::string& place_key) {
  if (!place_key.empty() && key.size() > place_key.size() &&
      key.compare(key.size() - place_key.size(), place_key.size(), place_key) == 0) {
    key.resize(key.size() - place_key.size());
    while (!key.empty() && key.back() == ' ') key.pop_back();
  }
  if (key.find(',') != std::string::npos) {
    static const std::string kCac = " " + MatchKey("các") + " ";
    for (size_t at = key.find(kCac); at != std::string::npos; at = key.find(kCac, at)) {
      key.erase(at, kCac.size() - 1);
    }
  }
  return key;
}

// Whether `key` continues `short_key` by a word.
bool ExtendsByAWord(const std::string& key, const std::string& short_key) {
  return key.size() > short_key.size() && key[short_key.size()] == ' ' &&
         key.starts_with(short_key);
}

// Whether a name says its level ("… tỉnh", "… các cấp").
bool NamesLevel(const std::string& name, const Lexicon& lex) {
  const std::vector<WordId> ids = lex.IdsOf(Words(name));
  for (size_t k = 0; k < ids.size(); ++k) {
    if (MatchAnyPhrase(ids, k, lex.name_levels())) return true;
  }
  return false;
}

// A name cut short of the full one the document also gives ("Ủy ban Mặt
// trận Tổ quốc" beside "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ban Chỉ
// đạo" beside "Ban Chỉ đạo vận động hiến máu tình nguyện thành phố") is
// that body named briefly: its mentions go to the first full name. A short
// name with a level of its own is a body of its own ("Ban Chỉ đạo tỉnh").
// Agencies before `first` (the issuer) stay as they are.
void FoldShortNames(std::vector<Agency>* agencies, const std::vector<std::string>& keys,
                    size_t first, const Lexicon& lex) {
  std::vector<bool> folded(agencies->size(), false);
  for (size_t a = first; a < agencies->size(); ++a) {
    if (NamesLevel((*agencies)[a].name, lex)) continue;
    const std::string& short_key = keys[a];
    for (size_t b = 0; b < agencies->size(); ++b) {
      if (b == a || folded[b] || !ExtendsByAWord(keys[b], short_key)) continue;
      auto& into = (*agencies)[b].mentions;
      into.insert(into.end(), (*agencies)[a].mentions.begin(), (*agencies)[a].mentions.end());
      folded[a] = true;
      break;
    }
  }
  size_t k = 0;
  std::erase_if(*agencies, [&](const Agency&) { return folded[k++]; });
}

}  // namespace

void UseFullNames(const std::vector<Agency>& agencies, const Lexicon& lex,
                  std::vector<Task>* tasks, std::vector<Deadline>* deadlines) {
  std::vector<std::string> keys;
  keys.reserve(agencies.size());
  for (const Agency& a : agencies) keys.push_back(MatchKey(a.name));
  // The agency a short name was folded into, as FoldShortNames folds it.
  auto full = [&](std::string& name) {
    const std::string key = MatchKey(name);
    if (std::find(keys.begin(), keys.end(), key) != keys.end() || NamesLevel(name, lex)) return;
    for (size_t b = 0; b < agencies.size(); ++b) {
      if (ExtendsByAWord(keys[b], key)) {
        name = agencies[b].name;
        return;
      }
    }
  };
  for (Task& t : *tasks) {
    for (std::string& name : t.lead) full(name);
    for (std::string& name : t.support) full(name);
  }
  for (Deadline& d : *deadlines) {
    for (std::string& name : d.responsible) full(name);
  }
}

std::vector<AgencyMention> FindAgencies(std::string_view line, const Lexicon& lex) {
  const std::vector<std::string_view> words = Words(line);
  return NameScanner(line, words, lex.IdsOf(words), lex).Scan();
}

namespace {

// A written-out name cut into its parts: "Thường trực | Ban Chỉ đạo |
// vận động hiến máu tình nguyện | thành phố".
struct NameShape {
  size_t head = 0;   // first word of the head
  size_t field = 0;  // first word after the head
  size_t level = 0;  // first word of the level; the word count when none
};

std::optional<NameShape> ShapeOf(const std::vector<WordId>& ids, const Lexicon& lex) {
  // The head comes first or after a prefix of at most two words.
  for (size_t h = 0; h < ids.size() && h <= 2; ++h) {
    for (const Phrase* head : lex.HeadsFrom(ids[h])) {
      const size_t n = MatchPhrase(ids, h, *head);
      if (n == 0) continue;
      NameShape shape{h, h + n, ids.size()};
      for (size_t j = h + n; j < ids.size(); ++j) {
        if (LevelWordsAt(ids, j, lex)) {
          shape.level = j;
          break;
        }
      }
      return shape;
    }
  }
  return std::nullopt;
}

// The words between a name's head and its level say what the body is for:
// not a number or date, nor another body ("Ủy ban nhân dân ngày 17/9/2024
// của Ủy ban nhân dân tỉnh" is a misread citation), nor bodies of a kind
// ("Ban Chỉ đạo các địa phương").
bool IsField(const std::vector<std::string_view>& words, const std::vector<WordId>& ids,
             const NameShape& shape, const Lexicon& lex) {
  if (ids[shape.field] == lex.function_words().cac) return false;
  // "Ban Chỉ đạo quốc gia": a reach, no field.
  if (MatchAnyPhrase(ids, shape.field, lex.name_scopes()) == shape.level - shape.field) return false;
  for (size_t k = shape.field; k < shape.level; ++k) {
    if (HasDigit(words[k])) return false;
    if (lex.AbbreviatesBody(StripPunct(words[k]))) return false;
    // A body's head keeps its capital ("… của Ủy ban"; not "phòng, chống").
    if (!StartsWithCapital(words[k]) || MatchAnyPhrase(ids, k, lex.name_not_heads())) continue;
    for (const Phrase* head : lex.HeadsFrom(ids[k])) {
      if (MatchPhrase(ids, k, *head)) return false;
    }
  }
  return true;
}

struct FieldUse {
  std::string text;  // as first written
  int count = 0;
};

// One field holds the other word for word ("vận động hiến máu tình nguyện"
// in "quốc gia vận động hiến máu tình nguyện").
bool Nested(const std::string& a, const std::string& b) {
  const std::string wa = " " + a + " ", wb = " " + b + " ";
  return wa.find(wb) != std::string::npos || wb.find(wa) != std::string::npos;
}

// The field most names with this head give, when it is clearly the
// document's one ("vận động hiến máu tình nguyện" for "Ban Chỉ đạo"): used
// the most often and more than once, and names that give it or a field
// holding it or held by it (a misspelt shorter one) outnumber those giving
// another field more than twice.
std::optional<std::string> DominantField(const std::map<std::string, FieldUse>& uses) {
  const std::pair<const std::string, FieldUse>* top = nullptr;
  for (const auto& use : uses) {
    if (!top || use.second.count > top->second.count ||
        (use.second.count == top->second.count && use.first.size() > top->first.size())) {
      top = &use;
    }
  }
  // A field named once is no habit of the document's ("Văn phòng Trung
  // ương" beside one "Văn phòng Chủ tịch nước" is not that office).
  if (!top || top->second.count < 2) return std::nullopt;
  int nested = 0, differing = 0;
  for (const auto& [key, use] : uses) {
    (Nested(key, top->first) ? nested : differing) += use.count;
  }
  if (nested <= 2 * differing) return std::nullopt;
  return top->second.text;
}

// What a short form of a field spells, folded ("NCC", "LDTB&XH" →
// "LDTBXH"): "&" and dashes stand for joining words, which spell nothing.
std::string SpelledCode(std::string_view code) {
  std::string out;
  for (char c : FoldCode(code)) {
    if (c != '&' && c != '-') out += c;
  }
  return out;
}

// The initials of a written-out field, folded as SpelledCode folds a
// code: "Người có công" → "NCC", "Lao động - Thương binh và Xã hội" →
// "LDTBXH"; a short form inside the field spells itself.
std::string InitialsOf(std::span<const std::string_view> words, const Lexicon& lex) {
  std::string out;
  for (std::string_view w : words) {
    w = StripPunct(w);
    if (w.empty() || w == "-" || w == "–" || w == "&" || w == "và") continue;
    if (lex.Expand(w)) {
      out += SpelledCode(w);
      continue;
    }
    size_t first = 1;
    while (first < w.size() && (static_cast<unsigned char>(w[first]) & 0xC0) == 0x80) ++first;
    out += FoldCode(w.substr(0, first));
  }
  return out;
}

// A name whose field is one short form the lexicon does not know ("Cục
// NCC", "Vụ KHTC", "Bộ LĐTB&XH") is the body with the same head, the same
// level and a field of those initials that the document writes out ("Cục
// Người có công"): its mentions go there, and it becomes that body's
// abbreviation. Failing that, a field of three initials or more that the
// document writes out under another head is spelled out ("Bộ KH-ĐT" beside
// "Sở Kế hoạch và Đầu tư": Bộ Kế hoạch và Đầu tư), the short name kept as
// its abbreviation. Otherwise it stays as written.
void FoldInitialisms(std::vector<Agency>* agencies, const Lexicon& lex) {
  // Most documents write no field in initials: nothing to do, and the
  // shapes below cost a keying of every name.
  auto has_code = [&lex](const Agency& a) {
    for (std::string_view w : Words(a.name)) {
      w = StripPunct(w);
      // A code's second letter is a capital too ("NCC", "ĐT"): a cheap
      // test before the full one.
      const bool second_capital = w.size() >= 2 && (w[1] & 0x80 || (w[1] >= 'A' && w[1] <= 'Z'));
      if (second_capital && IsUpperText(w) && !lex.Expand(w)) return true;
    }
    return false;
  };
  if (std::none_of(agencies->begin(), agencies->end(), has_code)) return;
  struct Parts {
    std::string head, field, level;  // as written
    std::string code;                // a field of one short form, spelled
    std::string initials;            // a field of two words or more, spelled
  };
  std::vector<std::optional<Parts>> parts;
  for (const Agency& a : *agencies) {
    const std::vector<std::string_view> words = Words(a.name);
    const std::vector<WordId> ids = lex.IdsOf(words);
    const auto shape = ShapeOf(ids, lex);
    if (!shape || shape->head != 0 || shape->level <= shape->field) {
      parts.emplace_back();
      continue;
    }
    Parts p;
    p.head = Join(words, 0, shape->field);
    p.field = Join(words, shape->field, shape->level);
    p.level = Join(words, shape->level, words.size());
    const auto field = std::span(words).subspan(shape->field, shape->level - shape->field);
    const std::string_view bare = StripPunct(field[0]);
    if (field.size() == 1 && bare.size() >= 2 && IsUpperText(bare) && !lex.Expand(bare)) {
      p.code = SpelledCode(bare);
    } else if (field.size() >= 2) {
      p.initials = InitialsOf(field, lex);
    }
    parts.push_back(std::move(p));
  }
  auto same = [](const std::string& x, const std::string& y) { return MatchKey(x) == MatchKey(y); };
  std::vector<bool> folded(agencies->size(), false);
  for (size_t a = 0; a < agencies->size(); ++a) {
    if (!parts[a] || parts[a]->code.empty()) continue;
    const Parts& short_form = *parts[a];
    std::optional<size_t> other_head;
    for (size_t b = 0; b < agencies->size(); ++b) {
      if (b == a || folded[b] || !parts[b] || parts[b]->initials != short_form.code) continue;
      if (!same(parts[b]->head, short_form.head)) {
        if (!other_head) other_head = b;
        continue;
      }
      if (!same(parts[b]->level, short_form.level)) continue;
      Agency& into = (*agencies)[b];
      const Agency& from = (*agencies)[a];
      into.mentions.insert(into.mentions.end(), from.mentions.begin(), from.mentions.end());
      if (!into.abbreviation) into.abbreviation = from.abbreviation ? from.abbreviation : from.name;
      folded[a] = true;
      break;
    }
    if (!folded[a] && other_head && short_form.code.size() >= 3) {
      Agency& named = (*agencies)[a];
      if (!named.abbreviation) named.abbreviation = named.name;
      named.name = short_form.head + " " + parts[*other_head]->field +
                   (short_form.level.empty() ? "" : " " + short_form.level);
    }
  }
  size_t k = 0;
  std::erase_if(*agencies, [&](const Agency&) { return folded[k++]; });
}

// Names whose list of levels stops at its first ("Ban Chỉ đạo các tỉnh")
// where the document also gives the list in full ("Ban Chỉ đạo các tỉnh,
// thành phố trực thuộc Trung ương"): the same bodies. MatchKey of the short
// name → the full one, when the document gives one such list.
ShortNames NamesWithLevelsLeftOut(const LineMentions& mentions, const Lexicon& lex) {
  // Each distinct name once, sorted: a list's fuller forms follow it.
  std::vector<std::string_view> names;
  {
    absl::flat_hash_set<std::string_view> seen;
    for (const auto& line : mentions) {
      for (const AgencyMention& m : line) {
        if (seen.insert(m.name).second) names.push_back(m.name);
      }
    }
  }
  std::sort(names.begin(), names.end());
  ShortNames out;
  std::string listed;  // the name and a comma, as its fuller forms begin
  for (std::string_view name : names) {
    listed.assign(name);
    listed += ',';
    auto it = std::lower_bound(names.begin(), names.end(), std::string_view(listed));
    if (it == names.end() || !it->starts_with(listed)) continue;  // the common case
    const std::vector<std::string_view> words = Words(name);
    if (words.size() < 2 || LevelWordsAt(lex.IdsOf(words), words.size() - 1, lex) == 0) continue;
    std::optional<std::string_view> longer;
    int found = 0;
    for (; it != names.end() && it->starts_with(listed); ++it) {
      const std::vector<std::string_view> more = Words(*it);
      if (more.size() > words.size() && LevelWordsAt(lex.IdsOf(more), words.size(), lex) > 0) {
        longer = *it;
        ++found;
      }
    }
    if (found == 1) out.emplace(MatchKey(name), std::string(*longer));
  }
  return out;
}

// A committee's name cut before its purpose: its head and the reach or
// level that follows it ("Ban Chỉ đạo quốc gia" of "Ban Chỉ đạo quốc gia về
// tìm kiếm, quy tập hài cốt liệt sĩ", "Ban Chỉ đạo Trung ương" of "Ban Chỉ
// đạo Trung ương về phòng, chống tham nhũng"), which a document uses for
// its own issuer; nullopt when the name goes on with no purpose in lower
// case (a place: "Ủy ban nhân dân tỉnh Lạng Sơn").
std::optional<std::string> WithoutPurpose(const std::string& name, const Lexicon& lex) {
  const std::vector<std::string_view> words = Words(name);
  const std::vector<WordId> ids = lex.IdsOf(words);
  const auto shape = ShapeOf(ids, lex);
  // A head alone ("Ban Chỉ đạo") has no purpose to cut.
  if (!shape || shape->head != 0 || shape->field >= ids.size()) return std::nullopt;
  const size_t at = shape->field;
  size_t reach = MatchAnyPhrase(ids, at, lex.name_scopes());
  if (reach == 0) reach = LevelWordsAt(ids, at, lex);
  if (reach == 0 || at + reach >= words.size() || StartsWithCapital(words[at + reach])) {
    return std::nullopt;
  }
  return Join(words, 0, at + reach);
}

// Names that leave out the field the document gives their head elsewhere:
// "Ban Chỉ đạo các huyện, thành phố" after "Ban Chỉ đạo vận động hiến máu
// tình nguyện tỉnh", "Thường trực Ban Chỉ đạo thành phố" — the same kind
// of body at another level, or the body itself. MatchKey of the short name
// → the name with the field put back.
// A name read into its words, their keys and ids, and its shape.
struct ParsedName {
  std::vector<std::string_view> words;  // into the name, which must outlive this
  std::vector<std::string> keys;
  std::vector<WordId> ids;
  std::optional<NameShape> shape;
};

ParsedName Parse(const std::string& name, const Lexicon& lex) {
  ParsedName n;
  n.words = Words(name);
  lex.KeyWords(n.words, &n.keys, &n.ids);
  n.shape = ShapeOf(n.ids, lex);
  return n;
}

// The keys of the place a name gives after its level ("quảng ngãi" of "Ủy
// ban nhân dân tỉnh Quảng Ngãi"); empty when it gives none.
std::string PlaceKey(const ParsedName& n, const Lexicon& lex) {
  if (!n.shape || n.shape->level >= n.ids.size()) return "";
  const size_t place = n.shape->level + LevelWordsAt(n.ids, n.shape->level, lex);
  return place < n.keys.size() ? Join(n.keys, place, n.keys.size()) : "";
}

ShortNames NamesWithFieldLeftOut(const LineMentions& mentions,
                                 const std::optional<std::string>& issuer, const Lexicon& lex) {
  std::map<std::string, std::map<std::string, FieldUse>> fields;  // head key → field key → use
  struct Bare {
    NameShape shape;
    std::string head;  // key
  };
  std::map<std::string, Bare> bare;  // each short name once, however often named
  // Each name is read once, in the order first named; how often it is
  // named is what weighs its field. Bodies are named again and again.
  std::vector<std::pair<const std::string*, int>> distinct;
  absl::flat_hash_map<std::string_view, size_t, StringHash, std::equal_to<>> index;
  for (const auto& line : mentions) {
    for (const AgencyMention& m : line) {
      const auto [it, fresh] = index.try_emplace(m.name, distinct.size());
      if (fresh) distinct.push_back({&m.name, 0});
      ++distinct[it->second].second;
    }
  }
  std::vector<ParsedName> parsed;
  parsed.reserve(distinct.size());
  for (const auto& [named, times] : distinct) parsed.push_back(Parse(*named, lex));
  // Places the document and its issuer name after a level ("tỉnh Quảng
  // Ngãi"): after a head, such a place says where the body is ("Kho bạc
  // Nhà nước Quảng Ngãi"), not what it is for, and lends no field to a
  // short name.
  std::set<std::string> places;
  for (const ParsedName& n : parsed) places.insert(PlaceKey(n, lex));
  if (issuer) places.insert(PlaceKey(Parse(*issuer, lex), lex));
  places.erase("");
  for (size_t d = 0; d < distinct.size(); ++d) {
    const std::string& name = *distinct[d].first;
    const int times = distinct[d].second;
    const auto& [words, keys, ids, shape] = parsed[d];
    if (!shape) continue;
    std::string head = Join(keys, shape->head, shape->field);
    // A head and its level, perhaps with the place a level in lower case
    // names ("Ban Chỉ đạo tỉnh Lạng Sơn"); after "Trung ương" what follows is
    // the body the head belongs to ("Văn phòng Trung ương Đảng"), no place.
    const bool placed_level = shape->level < words.size() &&
                              (!StartsWithCapital(words[shape->level]) || IsUpperText(words[shape->level]) ||
                               shape->level + LevelWordsAt(ids, shape->level, lex) >= words.size());
    if (shape->level == shape->field && shape->level < keys.size() && placed_level) {
      bare.try_emplace(name, Bare{*shape, std::move(head)});
    } else if (shape->level > shape->field && IsField(words, ids, *shape, lex) &&
               !places.contains(Join(keys, shape->field, shape->level))) {
      FieldUse& use = fields[head][Join(keys, shape->field, shape->level)];
      if (use.count == 0) use.text = Join(words, shape->field, shape->level);
      use.count += times;
    }
  }
  ShortNames out;
  for (const auto& [name, b] : bare) {
    const auto it = fields.find(b.head);
    if (it == fields.end()) continue;
    const auto field = DominantField(it->second);
    if (!field) continue;
    const auto words = Words(name);
    out.emplace(MatchKey(name), Join(words, 0, b.shape.field) + " " + *field + " " +
                                    Join(words, b.shape.field, words.size()));
  }
  return out;
}

}  // namespace

LineMentions FindAllAgencies(const Document& doc, const Lexicon& lex) {
  LineMentions out(doc.lines.size());
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    // Around the document, not of it: a portal's title line (often another
    // document's), a signing service's stamp.
    if (!doc.roles.empty() && doc.roles[i] == Role::kAside) continue;
    out[i] = NameScanner(doc.LineText(i), doc.line_words[i], doc.line_ids[i], lex)
                 .Scan();
  }
  return out;
}

ShortNames DefinedShortNames(const Document& doc, const Lexicon& lex,
                             const LineMentions& mentions,
                             const std::optional<std::string>& issuer) {
  static const RE2 kDefinition(R"(\((?:sau đây )?gọi tắt là ([^()]+)\))");
  ShortNames out;
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    const std::string_view text = doc.LineText(i);
    if (text.find("gọi tắt") == std::string_view::npos) continue;
    re2::StringPiece in(text.data(), text.size());
    re2::StringPiece short_name;
    while (RE2::FindAndConsume(&in, kDefinition, &short_name)) {
      const size_t paren = text.rfind('(', short_name.data() - text.data());
      // The body is the last one named before the parenthesis.
      std::optional<std::string> body;
      for (const AgencyMention& m : mentions[i]) {
        if (m.end <= paren) body = m.name;
      }
      const std::string key = MatchKey(Trim(std::string_view(short_name.data(), short_name.size())));
      if (body && MatchKey(*body) != key) out.emplace(key, *body);
    }
  }
  // A name the document defines explicitly wins over one implied.
  out.merge(NamesWithFieldLeftOut(mentions, issuer, lex));
  out.merge(NamesWithLevelsLeftOut(mentions, lex));
  if (issuer) {
    if (auto short_name = WithoutPurpose(*issuer, lex)) out.emplace(MatchKey(*short_name), *issuer);
  }
  return out;
}

namespace {

// Resolve, given the name's MatchKey.
std::string ResolveKeyed(const std::string& name, std::string_view key,
                         const ShortNames& defined) {
  for (const auto& [short_key, full] : defined) {
    if (key == short_key) return full;
    // At the end of a longer name, after a word boundary.
    if (key.size() > short_key.size() + 1 && key.ends_with(short_key) &&
        key[key.size() - short_key.size() - 1] == ' ') {
      const size_t words_before = std::count(key.begin(), key.end() - short_key.size(), ' ');
      // Keep the longer name's own words, spelled as written.
      size_t cut = 0;
      for (size_t w = 0; w < words_before; ++w) cut = name.find(' ', cut) + 1;
      return name.substr(0, cut) + full;
    }
  }
  return name;
}

}  // namespace

std::string Resolve(const std::string& name, const ShortNames& defined) {
  return defined.empty() ? name : ResolveKeyed(name, MatchKey(name), defined);
}

std::vector<Agency> ExtractAgencies(const Document& doc, const Lexicon& lex,
                                    const DocumentMeta& meta, const DocumentContext& cx) {
  const ShortNames& defined = cx.short_names;
  const LineMentions& mentions = cx.mentions;
  const std::string place_key = meta.place ? MatchKey(meta.place->value) : "";
  std::vector<Agency> out;
  std::vector<std::string> keys;  // of `out`
  StringMap<size_t> by_key;
  // Where each spelling went, and whether it was a short name resolved:
  // a body is named many times, and resolving and keying the name at each
  // mention was 3% of the text → JSON time.
  struct Placed {
    size_t index = 0;
    bool resolved = false;
  };
  StringMap<Placed> placed;
  auto add = [&](const std::string& as_written, std::optional<std::string> abbreviation,
                 const Span& span) {
    auto [memo, first] = placed.try_emplace(as_written);
    if (first) {
      std::string key = MatchKey(as_written);
      std::string name = ResolveKeyed(as_written, key, defined);
      memo->second.resolved = name != as_written;
      if (memo->second.resolved) key = MatchKey(name);
      key = BodyKey(std::move(key), place_key);
      auto [it, fresh] = by_key.try_emplace(key, out.size());
      if (fresh) {
        out.push_back({std::move(name), std::nullopt, {}});
        keys.push_back(std::move(key));
      }
      memo->second.index = it->second;
    }
    if (memo->second.resolved && !abbreviation) abbreviation = as_written;
    Agency& a = out[memo->second.index];
    if (!a.abbreviation) a.abbreviation = abbreviation;
    a.mentions.push_back(span);
  };
  if (meta.issuer) add(meta.issuer->value, std::nullopt, meta.issuer->span);
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    const Role role = doc.roles[i];
    // The header names the issuer (already in) in capitals; the signature
    // block names offices, not bodies.
    if (role == Role::kHeaderIssuer || role == Role::kSignature || role == Role::kNationalMotto ||
        role == Role::kTypeHeading || role == Role::kHeaderNumber) {
      continue;
    }
    const std::string_view text = doc.LineText(i);
    // A line in capitals is a heading or stamp text ("TRUNG TÂM CÔNG BÁO
    // VÀ TIN HỌC" of a digital signature), where the case that tells a
    // body's head from a word is lost. Not a recipient line: one of short
    // forms is in capitals too ("- VPUB: CVP, PCVP, CBTH;").
    if (role != Role::kRecipients && IsUpperText(text)) continue;
    const Span line = doc.LineSpan(i);
    for (const AgencyMention& m : mentions[i]) {
      add(m.name, m.abbreviation, {line.page, line.begin + m.begin, line.begin + m.end});
    }
  }
  FoldShortNames(&out, keys, meta.issuer ? 1 : 0, lex);
  FoldInitialisms(&out, lex);
  return out;
}

}  // namespace vanban
