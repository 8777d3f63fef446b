#include "extractors/tasks.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <optional>
#include <span>

#include "extractors/agencies.h"
#include "extractors/context.h"
#include "pipeline/language/dates.h"
#include "pipeline/language/lexicon.h"
#include "pipeline/language/normalize.h"
#include "pipeline/language/text_util.h"
#include "pipeline/structure/blocks.h"

namespace vanban {

namespace {

// The text from `from` to the end of its clause: ";" or a sentence end.
std::string ClauseFrom(std::string_view text, size_t from) {
  std::string_view rest = text.substr(std::min(from, text.size()));
  const size_t end = std::min(rest.find(';'), rest.find(". "));
  rest = rest.substr(0, end);
  // "…theo quy định./." ends a document.
  if (rest.ends_with("./.")) rest.remove_suffix(3);
  while (!rest.empty() && (rest.back() == '.' || rest.back() == ',')) rest.remove_suffix(1);
  while (!rest.empty() && (rest.front() == ',' || rest.front() == ':')) rest.remove_prefix(1);
  return std::string(Trim(rest));
}

// "(được) biết, …" where it opens an action ("thông báo để Cục Thuế được
// biết, báo cáo …") is left out: knowing is no work, what follows may be.
void DropKnowing(std::string* action) {
  static const RE2 kToKnow(R"(^(?:được\s+)?biết\s*(?:,|và|để)\s*)");
  RE2::Replace(action, kToKnow, "");
}


// What the items of a document are read with.
struct ItemContext {
  const Document& doc;
  const Lexicon& lex;
  const LineMentions& mentions;  // FindAllAgencies(doc, lex)
  const ShortNames& defined;
  // The bodies a letter is addressed to ("Kính gửi: …"), which "quý Bộ"
  // names in its body.
  std::vector<std::string> addressees;
  // The document's issuer as the record names it, or empty.
  std::string issuer;
};

class ItemReader {
 public:
  // Not copyable: words_ and ids_ may view the reader's own vectors.
  ItemReader(const ItemReader&) = delete;
  ItemReader& operator=(const ItemReader&) = delete;

  // Line `li` from byte `from` on (past its marker). The line's words,
  // ids and bodies, found when the document was read, are reused when
  // `from` is a word's start: reading them again for every item was a
  // tenth of the text → JSON time.
  ItemReader(const ItemContext& cx, size_t li, size_t from)
      : text_(cx.doc.LineText(li).substr(from)),
        lex_(cx.lex),
        fw_(cx.lex.function_words()),
        addressees_(&cx.addressees),
        issuer_(&cx.issuer) {
    const std::string_view line = cx.doc.LineText(li);
    const bool word_start = from == 0 || line[from - 1] == ' ' || line[from - 1] == '\t';
    if (!word_start || li >= cx.mentions.size()) {
      own_words_ = Words(text_);
      words_ = own_words_;
      own_ids_ = lex_.IdsOf(own_words_);
      ids_ = own_ids_;
      mentions_ = FindAgencies(text_, lex_);
      return;
    }
    const std::vector<std::string_view>& line_words = cx.doc.line_words[li];
    const auto first = std::lower_bound(
        line_words.begin(), line_words.end(), text_.data(),
        [](std::string_view w, const char* at) { return w.data() < at; });
    const auto skipped = first - line_words.begin();
    words_ = std::span(line_words).subspan(skipped);
    ids_ = std::span(cx.doc.line_ids[li]).subspan(skipped);
    for (AgencyMention m : cx.mentions[li]) {
      if (m.begin < from) continue;
      m.begin -= from;
      m.end -= from;
      mentions_.push_back(std::move(m));
    }
  }

  // The bodies the item opens with, and the byte offset after them. An
  // opening clause of purpose or basis ("Căn cứ kế hoạch …, Ban Chỉ đạo
  // thành phố xây dựng …") comes before them.
  // The document's closing paragraph ("Căn cứ Chỉ thị này, Thủ trưởng các
  // sở … xây dựng kế hoạch …") asks for the whole document: no lead, unless
  // it sets a date.
  std::vector<std::string> Lead(size_t* after) const {
    if (ClosesTheDocument()) {
      *after = 0;
      return {};
    }
    return Lead(AfterIntroClause(), after);
  }

  // The same from word `w`.
  std::vector<std::string> Lead(size_t w, size_t* after) const {
    std::vector<std::string> lead;
    *after = 0;
    while (w < words_.size()) {
      // "Thường trực Ban Chỉ đạo": the standing part of a body leads.
      size_t prefix = 0;
      std::string prefix_text;
      for (const auto& p : lex_.name_prefixes()) {
        if ((prefix = MatchPhrase(ids_, w, p)) > 0) {
          prefix_text = lex_.PrefixWrittenOut(std::string(StripPunct(Join(words_, w, w + prefix)))) + " ";
          break;
        }
      }
      // The body's mention starts at its prefix when the name grammar
      // knows the pair ("Thường trực Huyện ủy"), else after it.
      const AgencyMention* m = MentionAt(w);
      if (!m && prefix > 0) m = MentionAt(w + prefix);
      if (m) {
        lead.push_back(m->name.starts_with(prefix_text) ? m->name : prefix_text + m->name);
        *after = m->end;
        while (w < words_.size() && Offset(w) < m->end) ++w;
        // "Thanh tra tỉnh: Thanh tra, kiểm tra …": a colon ends the parties;
        // the work follows it.
        if (w > 0 && words_[w - 1].back() == ':') break;
        continue;
      }
      // "Các thành viên Ban Chỉ huy tỉnh chịu trách nhiệm …": the members
      // of a body named, kept as the party (ANNOTATION.md).
      // Not in a note on the party before ("Công an tỉnh (Cơ quan thành
      // viên Ban Chỉ đạo …)").
      if (const size_t n = MatchAnyPhrase(ids_, w, lex_.task_members());
          n > 0 && words_[w].front() != '(') {
        if (const AgencyMention* body = MentionAt(w + n)) {
          lead.push_back(CapitalizeFirst(std::string(Join(words_, w, w + n))) + " " + body->name);
          *after = body->end;
          while (w < words_.size() && Offset(w) < body->end) ++w;
          continue;
        }
      }
      if (const size_t n = CollectiveAt(w)) {
        const size_t last = w + n - 1;
        if (!IsFiller(w, n)) lead.push_back(CollectiveText(w, n));
        *after = Offset(last) + words_[last].size();
        w += n;
        continue;
      }
      // "Giám đốc Sở chỉ đạo …" in a letter to "Giám đốc Sở Lao động - Thương
      // binh và Xã hội các tỉnh …": a bare head names the addressee of its kind.
      if (const auto named = AddresseesHeaded(w); !named.empty()) {
        for (const std::string& a : named) lead.push_back(a);
        *after = Offset(w) + words_[w].size();
        ++w;
        continue;
      }
      // "đề nghị quý Bộ …": the letter's addressee.
      if (const size_t n = MatchAnyPhrase(ids_, w, lex_.task_addressees())) {
        for (const std::string& a : *addressees_) lead.push_back(a);
        const size_t last = w + n - 1;
        *after = Offset(last) + words_[last].size();
        w += n;
        continue;
      }
      // "Ủy ban nhân dân huyện yêu cầu các xã …": who asks does not lead.
      if (const size_t n = MatchAnyPhrase(ids_, w, lex_.task_requests())) {
        lead.clear();
        w += n;
        continue;
      }
      if (const size_t n = MatchAnyPhrase(ids_, w, lex_.task_openers())) {
        w += n;
        continue;
      }
      break;
    }
    return lead;
  }

  // The parties a request of the text asks ("Bộ Xây dựng đề nghị Ủy ban
  // nhân dân các tỉnh … chỉ đạo …"), read as an item's lead is from the
  // request on; `after` receives the byte offset after them. None when the
  // request recounts what was asked before: its sentence opens with a date
  // ("Ngày 19/9/2013, Văn phòng Chính phủ có văn bản … yêu cầu quý Bộ …"),
  // or when the text is the document's closing paragraph.
  std::vector<std::string> Requested(size_t* after) const {
    // "Trên đây là kế hoạch …, yêu cầu các cấp triển khai thực hiện": the
    // closing asks for the whole document, unless it sets a date.
    if (ClosesTheDocument()) return {};
    for (size_t w = 0; w < words_.size(); ++w) {
      if (MatchAnyPhrase(ids_, w, lex_.task_requests()) == 0) continue;
      const std::string_view before = text_.substr(SentenceStart(w), Offset(w) - SentenceStart(w));
      size_t date_at = 0;
      if (FindDate(before, &date_at) && date_at < 20) return {};
      std::vector<std::string> lead = Lead(w, after);
      if (!lead.empty()) return lead;
    }
    return GuidedByTheIssuer(after);
  }

  // "Bộ Lao động - Thương binh và Xã hội tạm thời hướng dẫn Sở Lao động -
  // Thương binh và Xã hội các tỉnh … thực hiện … như sau:": the issuer
  // guiding a body asks it for the work (task_grammar kind guide); another
  // body guiding one is that body's own work.
  std::vector<std::string> GuidedByTheIssuer(size_t* after) const {
    if (issuer_->empty()) return {};
    for (size_t w = 1; w < words_.size(); ++w) {
      const size_t n = MatchAnyPhrase(ids_, w, lex_.task_guides());
      if (n == 0) continue;
      const auto by = std::find_if(mentions_.begin(), mentions_.end(), [&](const AgencyMention& m) {
        return m.end <= Offset(w) && m.name == *issuer_ && Offset(w) - m.end < 40;
      });
      if (by == mentions_.end()) continue;
      std::vector<std::string> lead = Lead(w + n, after);
      if (!lead.empty()) return lead;
    }
    return {};
  }

  // "Các sở, ban, ngành": the collective of `n` words at `w` as a party.
  std::string CollectiveText(size_t w, size_t n) const {
    const size_t last = w + n - 1;
    const size_t from = Offset(w);
    return CapitalizeFirst(StripPunct(text_.substr(from, Offset(last) + words_[last].size() - from)));
  }

  // The collective of `n` words at `w` names no party: a filler phrase
  // ("các cơ quan, đơn vị"), perhaps placed ("trên địa bàn tỉnh"), with no
  // other kind of body after it ("…, trường học").
  bool IsFiller(size_t w, size_t n) const {
    const size_t filler = MatchAnyPhrase(ids_, w, lex_.task_fillers());
    if (filler == 0 || filler > n) return false;
    for (size_t k = w + filler; k < w + n; ++k) {
      // A kind in lower case; "Ban" of "các thành viên Ban Chỉ huy" names one.
      if (MatchAnyPhrase(ids_, k, lex_.task_collectives()) && !StartsWithCapital(words_[k])) {
        return false;
      }
    }
    return true;
  }

  // The text opens the document's closing paragraph and sets no date.
  bool ClosesTheDocument() const {
    return !ids_.empty() && MatchAnyPhrase(ids_, 0, lex_.task_summaries()) && !FindDate(text_);
  }

  // The first word after an opening clause of task_grammar.tsv's "intro"
  // kind that a comma closes, or 0.
  size_t AfterIntroClause() const {
    if (words_.empty() || MatchAnyPhrase(ids_, 0, lex_.task_intros()) == 0) return 0;
    for (size_t w = 0; w + 1 < words_.size(); ++w) {
      if (words_[w].back() == ',') return w + 1;
      if (words_[w].back() == ';' || words_[w].back() == '.' || words_[w].back() == ':') break;
    }
    return 0;
  }

  // Words of a collective party at `w`: "các" and a kind of body of
  // task_grammar.tsv, running on like a body's name ("các sở, ban, ngành",
  // "các tổ chức chính trị - xã hội tỉnh") until a qualifier ("có liên
  // quan", its last words), a word that ends names, a verb that opens the
  // predicate, a new party, or the clause's end.
  size_t CollectiveAt(size_t w) const {
    if (ids_[w] != fw_.cac || w + 1 >= words_.size()) return 0;
    const size_t kind = MatchAnyPhrase(ids_, w + 1, lex_.task_collectives());
    if (kind == 0) return 0;
    // The kind itself may be a verb elsewhere ("tổ chức").
    size_t j = w + 1 + kind;
    if (words_[j - 1].back() == ';' || words_[j - 1].back() == '.') return j - w;
    while (j < words_.size() && j - w < 12) {
      // "các Bộ, ngành có liên quan": the qualifier is the collective's
      // last words, kept as written (ANNOTATION.md).
      if (const size_t q = MatchAnyPhrase(ids_, j, lex_.task_qualifiers())) {
        j += q;
        break;
      }
      // Inside a word of the word layer nothing ends the collective: the
      // "và" of a field's own name ("các phòng Giáo dục và Đào tạo").
      const bool inside = InsideAWord(j, w + 1 + kind);
      if (!inside && (MatchAnyPhrase(ids_, j, lex_.name_ends()) ||
                      MatchAnyPhrase(ids_, j, lex_.task_openers()))) {
        break;
      }
      if (OpensPredicate(j, w + 1 + kind)) break;
      // "… có liên quan và Ủy ban nhân dân các huyện": another party.
      if (!inside && ids_[j] == fw_.va && j + 1 < words_.size() &&
          (StartsWithCapital(words_[j + 1]) || ids_[j + 1] == fw_.cac)) {
        break;
      }
      const std::string_view word = words_[j];
      ++j;
      if (word.back() == ';' || word.back() == '.' || word.back() == ':') break;
      if (word.back() == ',' && j < words_.size() &&
          (ids_[j] == fw_.cac || StartsWithCapital(words_[j]))) {
        break;
      }
    }
    return j - w;
  }

  // Whether word `j` lies inside a word of the word layer begun after
  // `from` and before `j`, reading the word layer from `from`.
  bool InsideAWord(size_t j, size_t from) const {
    for (size_t k = from; k < j;) {
      const size_t length = lex_.LongestWordAt(ids_, k).length;
      if (k + length > j) return true;
      k += std::max<size_t>(length, 1);
    }
    return false;
  }

  // Whether the word-layer word at `j` in a collective whose kind ends at
  // `kind_end` is the predicate's verb: lower case, a verb with no noun
  // reading, after a word that qualifies the kind ("các tổ chức chính trị -
  // xã hội vận động nhân dân"). Right after the kind a verb qualifies it
  // ("các doanh nghiệp kinh doanh xăng dầu"), and so do the verbs of
  // task_grammar.tsv's "relation" kind ("các phòng chuyên môn thuộc Sở").
  bool OpensPredicate(size_t j, size_t kind_end) const {
    if (j <= kind_end || StartsWithCapital(words_[j])) return false;
    // Inside a word begun before `j` ("xã hội" of "chính trị - xã hội").
    if (InsideAWord(j, kind_end)) return false;
    // After a comma or a dash it is one of a list ("các cơ sở sản xuất,
    // kinh doanh").
    if (words_[j - 1].back() == ',' || words_[j - 1] == "-" ||
        MatchAnyPhrase(ids_, j, lex_.task_relations())) {
      return false;
    }
    const WordAt word = lex_.LongestWordAt(ids_, j);
    return (word.classes & kVerb) && !(word.classes & kNoun);
  }

  // Bodies and collective parties listed after "phối hợp với": the list
  // runs while parties follow one another, joined by commas or "và", and
  // ends at the first other word ("… với Ban Chỉ đạo xã kiểm tra, xử lý
  // …": what follows is the work, and the bodies named in it are not
  // partners).
  // Only cues before byte `until` of the text count: the partners of the
  // sentence that ends there.
  std::vector<std::string> Support(size_t until = std::string_view::npos) const {
    std::vector<std::string> out;
    for (size_t w = 0; w < words_.size() && Offset(w) < until; ++w) {
      const size_t n = MatchAnyPhrase(ids_, w, lex_.task_support_cues());
      if (n == 0) continue;
      w = ReadParties(w + n, /*semicolons=*/false, &out);
    }
    return out;
  }

  // The parties a label's list gives from the text's start: "Ban Chỉ đạo
  // các quân khu; Ban Chỉ đạo các tỉnh.", "Bộ Quốc phòng; các Bộ, ngành
  // liên quan."
  std::vector<std::string> Listed() const {
    std::vector<std::string> out;
    ReadParties(0, /*semicolons=*/true, &out);
    return out;
  }

  // Bodies and collective parties from word `k` on, joined by commas or
  // "và" (and semicolons when `semicolons`), added to `out` once each;
  // returns the word after the last.
  size_t ReadParties(size_t k, bool semicolons, std::vector<std::string>* out) const {
    auto add = [&](std::string name) {
      if (std::find(out->begin(), out->end(), name) == out->end()) out->push_back(std::move(name));
    };
    while (k < words_.size()) {
      // "các" before a body's name names each body of that kind ("phối hợp
      // với các Ngân hàng thương mại", "các Phòng Giao dịch của …"); before
      // a kind alone ("các phòng, ban") it is the collective's.
      const bool plural = ids_[k] == fw_.cac && MentionAt(k + 1);
      const size_t at = plural ? k + 1 : k;
      const AgencyMention* m = MentionAt(at);
      size_t next = at;
      if (m) {
        add(plural ? "Các " + m->name : m->name);
        while (next < words_.size() && Offset(next) < m->end) ++next;
      } else if (ids_[k] == fw_.va || ids_[k] == fw_.voi) {
        ++k;
        continue;
      } else if (const size_t c = CollectiveAt(k)) {
        if (!IsFiller(k, c)) add(CollectiveText(k, c));
        next = k + c;
      } else if (const size_t office = MatchAnyPhrase(ids_, k, lex_.task_openers())) {
        k += office;  // "Giám đốc Sở …": the office stands for its body
        continue;
      } else if (const size_t generic = MatchAnyPhrase(ids_, k, lex_.task_unnamed());
                 generic > 0 && k + generic < words_.size() &&
                 (words_[k + generic - 1].back() == ',' || ids_[k + generic] == fw_.va)) {
        k += generic;  // "chính quyền địa phương, Sở Giao thông vận tải": names none
        continue;
      } else {
        break;
      }
      next += MatchAnyPhrase(ids_, next, lex_.task_qualifiers());
      // "Hội Chữ thập đỏ tỉnh (Cơ quan thường trực …), Viện …": a note
      // on the party.
      if (next < words_.size() && words_[next].front() == '(') {
        while (next < words_.size() && words_[next].find(')') == std::string_view::npos) ++next;
        if (next < words_.size()) ++next;
      }
      const std::string_view last = words_[next - 1];
      const bool listed = last.back() == ',' || (semicolons && last.back() == ';') ||
                          (next < words_.size() && ids_[next] == fw_.va);
      if (!listed || (!semicolons && last.back() == ';') || last.back() == '.') break;
      k = next;
    }
    return k;
  }

  // The line is nothing but one body's name: a heading over its duties.
  std::optional<std::string> HeadingBody() const {
    if (mentions_.size() != 1) return std::nullopt;
    const auto& m = mentions_.front();
    const std::string_view rest = Trim(text_.substr(m.end));
    if (m.begin > 4 || rest.size() > 2) return std::nullopt;
    return m.name;
  }

 private:
  size_t Offset(size_t w) const { return static_cast<size_t>(words_[w].data() - text_.data()); }

  // The body whose name starts at word `w`, if any.
  const AgencyMention* MentionAt(size_t w) const {
    if (w >= words_.size()) return nullptr;
    const auto m = std::find_if(mentions_.begin(), mentions_.end(),
                                [&](const AgencyMention& x) { return x.begin == Offset(w); });
    return m == mentions_.end() ? nullptr : &*m;
  }

  // The addressees whose name opens with word `w`, a head written alone
  // ("Sở", not "Sở Y tế").
  std::vector<std::string> AddresseesHeaded(size_t w) const {
    if (!StartsWithCapital(words_[w]) || addressees_->empty()) return {};
    const bool alone = w + 1 >= words_.size() || !StartsWithCapital(words_[w + 1]);
    if (!alone) return {};
    const std::string head = std::string(StripPunct(words_[w])) + " ";
    std::vector<std::string> out;
    for (const std::string& a : *addressees_) {
      if (a.starts_with(head)) out.push_back(a);
    }
    return out;
  }

  // Where the sentence holding word `w` starts (bytes into the text).
  size_t SentenceStart(size_t w) const {
    while (w > 0 && words_[w - 1].back() != '.' && words_[w - 1].back() != ';') --w;
    return Offset(w);
  }

  std::string_view text_;
  const Lexicon& lex_;
  const Lexicon::FunctionWords& fw_;
  const std::vector<std::string>* addressees_;
  const std::string* issuer_;
  std::vector<std::string_view> own_words_;
  std::span<const std::string_view> words_;
  // The words' lexicon ids: the document's, or of the reader's own words
  // when the item starts inside a word.
  std::vector<WordId> own_ids_;
  std::span<const WordId> ids_;
  std::vector<AgencyMention> mentions_;
};

void AddUnique(std::vector<std::string>* to, const std::vector<std::string>& names) {
  for (const auto& n : names) {
    if (std::find(to->begin(), to->end(), n) == to->end()) to->push_back(n);
  }
}

// One task per row of a schedule table that names a party in a lead or
// support column. Without a lead column the row's work falls to the
// issuer, whose schedule it is.
void AddTableTasks(const Document& doc, const Lexicon& lex, const std::optional<std::string>& issuer,
                   std::vector<Task>* out) {
  for (const Table& table : doc.tables) {
    const std::vector<ColumnKind>& columns = table.columns;
    for (size_t r = table.has_header ? 1 : table.rows.size(); r < table.rows.size(); ++r) {
      const TableRow& row = table.rows[r];
      Task t;
      for (size_t c = 0; c < row.cells.size() && c < columns.size(); ++c) {
        const std::string_view cell = doc.CellText(row, c);
        if (columns[c] == ColumnKind::kContent) t.action = std::string(Trim(cell));
        if (columns[c] != ColumnKind::kLead && columns[c] != ColumnKind::kSupport) {
          if (t.action.empty() && cell.size() > 20) t.action = std::string(Trim(cell));
          continue;
        }
        std::vector<std::string> names;
        for (const auto& m : FindAgencies(cell, lex)) names.push_back(m.name);
        AddUnique(columns[c] == ColumnKind::kLead ? &t.lead : &t.support, names);
      }
      if (t.lead.empty() && !t.support.empty() && issuer) t.lead = {*issuer};
      if (t.lead.empty()) continue;
      if (t.action.empty()) t.action = std::string(Trim(doc.LineText(row.line)));
      t.span = doc.LineSpan(row.line);
      out->push_back(std::move(t));
    }
  }
}

// "… tổ chức thực hiện tốt Chỉ thị này", "… biết, thực hiện": the
// formula that closes a document assigns nothing, unless it sets a date.
// "… chịu trách nhiệm thi hành Nghị định này", "… thực hiện Thông tư
// này": carrying out the document itself, whatever type the lexicon gives
// it (document_types.tsv).
bool CarriesOutThisDocument(std::span<const std::string_view> words, const Lexicon& lex) {
  static const std::string kThis = MatchKey("này");
  static const std::string kCarryOut = MatchKey("thi hành"), kDo = MatchKey("thực hiện");
  const size_t n = words.size();
  if (n < 4 || MatchKey(words[n - 1]) != kThis) return false;
  for (size_t type_words = 1; type_words <= 3 && type_words + 3 <= n; ++type_words) {
    const size_t type_at = n - 1 - type_words;
    std::string type(words[type_at]);
    for (size_t k = type_at + 1; k < n - 1; ++k) type += " " + std::string(words[k]);
    if (!lex.TypeByName(type)) continue;
    const std::string verb = MatchKey(std::string(words[type_at - 2]) + " " +
                                      std::string(words[type_at - 1]));
    return verb == kCarryOut || verb == kDo;
  }
  return false;
}

bool IsClosingFormula(std::string_view action, const Lexicon& lex) {
  static const RE2 kDate(R"(\d{1,2}/\d{1,2}|ngày \d)");
  const bool may_date = action.find('/') != std::string_view::npos ||
                        action.find("ngày ") != std::string_view::npos;
  if (may_date && RE2::PartialMatch(action, kDate)) return false;
  std::string_view text = Trim(action);
  while (!text.empty() && std::string_view("./ ").find(text.back()) != std::string_view::npos) {
    text.remove_suffix(1);
  }
  // The formula ends the action: only its last words can hold it.
  const std::vector<std::string_view> words = Words(text);
  if (CarriesOutThisDocument(words, lex)) return true;
  const size_t reach = std::min(words.size(), lex.task_closings().max_words());
  const auto ids = lex.IdsOf(std::span(words).last(reach));
  for (size_t w = 0; w < ids.size(); ++w) {
    const size_t n = MatchAnyPhrase(ids, w, lex.task_closings());
    if (n > 0 && w + n == ids.size()) return true;
  }
  return false;
}

// "đồng ý với ý kiến …", "nhận thấy …": an action that opens with a verb
// of judging or agreeing is the subject's view, no work.
bool IsJudgement(std::string_view action, const Lexicon& lex) {
  const std::vector<std::string_view> words =
      Words(action, std::max(lex.task_judgements().max_words(), lex.task_done().max_words()));
  const std::vector<WordId> ids = lex.IdsOf(words);
  return MatchAnyPhrase(ids, 0, lex.task_judgements()) > 0 ||
         MatchAnyPhrase(ids, 0, lex.task_done()) > 0;
}

// "… thông báo để Ủy ban nhân dân huyện biết./.": an action of knowing
// alone, a closing formula (see IsClosingFormula), a judgement or what has
// been done ("đã giải ngân 245 tỷ đồng") gives no task.
bool AssignsNothing(std::string_view action, const Lexicon& lex) {
  static const RE2 kKnowingOnly(R"(^(?:được\s+)?biết[\s./]*$)");
  return IsClosingFormula(action, lex) || IsJudgement(action, lex) ||
         RE2::FullMatch(action, kKnowingOnly);
}

// The letter's addressee that `name` begins, cut short of its place ("Cục
// Thuế tỉnh" in a letter to "Cục Thuế tỉnh Hà Tĩnh"), when one does; else
// `name`.
std::string AsAddressee(const std::string& name, const std::vector<std::string>& addressees) {
  const std::string* match = nullptr;
  for (const std::string& a : addressees) {
    if (a.size() > name.size() && a.starts_with(name) && a[name.size()] == ' ') {
      if (match) return name;  // two: which is not known
      match = &a;
    }
  }
  return match ? *match : name;
}

// Writes out the short names the document defines ("Ban Chỉ huy tỉnh") and
// the letter's addressees cut short, and drops a supporting body that also
// leads.
void Finish(const ItemContext& cx, Task* t) {
  DropKnowing(&t->action);
  for (auto* names : {&t->lead, &t->support}) {
    for (std::string& name : *names) name = AsAddressee(Resolve(name, cx.defined), cx.addressees);
  }
  std::erase_if(t->support, [&](const std::string& s) {
    return std::find(t->lead.begin(), t->lead.end(), s) != t->lead.end();
  });
}

// Whether an item's text gives work to whoever the introduction or the
// letter addresses: a sentence, not a heading ("Tổ chức thực hiện") nor a
// labelled fact ("Đối tượng: khoảng 2.846 trẻ"), that opens with what to
// do ("Tiếp tục xác nhận …", "Khẩn trương …") or asks it on the way ("Đối
// với …, thì khẩn trương chỉ đạo …") — not a quoted rule or a list of
// people ("Người hoạt động cách mạng …", "Tại khoản 5 …").
bool IsAssignable(const ItemContext& cx, size_t li) {
  const std::string_view text = Trim(cx.doc.TextAfterMarker(li));
  const size_t colon = text.find(':');
  const bool labelled = colon != std::string_view::npos && Words(text.substr(0, colon)).size() <= 5;
  const bool sentence = text.ends_with(".") || text.ends_with(";") || Words(text, 13).size() > 12;
  if (!sentence || labelled || text.starts_with("\"")) return false;
  const auto& words = cx.doc.line_words[li];
  const auto& ids = cx.doc.line_ids[li];
  size_t first = 0;
  while (first < words.size() && words[first].data() < text.data()) ++first;
  const WordAt opening = cx.lex.LongestWordAt(ids, first);
  if ((opening.classes & kVerb) || (opening.classes & kAdverb)) return true;
  // "Sau Tết, báo cáo …", "Trong quá trình thực hiện, kịp thời báo cáo …",
  // "Định kỳ hằng quý, tổng hợp …": a clause of time or condition before
  // the work; the word after its comma opens the work.
  static constexpr std::string_view kTimeOpeners[] = {"sau", "trước", "trong", "định", "hằng",
                                                      "hàng", "khi", "nếu"};
  const bool time_clause =
      first < words.size() &&
      ((opening.classes & kPreposition) ||
       std::find(std::begin(kTimeOpeners), std::end(kTimeOpeners), MatchKey(words[first])) !=
           std::end(kTimeOpeners));
  for (size_t w = first; time_clause && w + 1 < words.size() && w < first + 12; ++w) {
    if (words[w].back() != ',') continue;
    const WordAt after = cx.lex.LongestWordAt(ids, w + 1);
    if (!StartsWithCapital(words[w + 1]) && ((after.classes & kVerb) || (after.classes & kAdverb))) {
      return true;
    }
  }
  for (size_t w = first; w < ids.size(); ++w) {
    if (MatchAnyPhrase(ids, w, cx.lex.task_obligations())) return true;
  }
  return false;
}

// A lead-in's words without the phrase that introduces the items after it
// ("… và khẩn trương triển khai các nội dung sau:", "thực hiện một số nội
// dung sau đây:", "tập trung triển khai thực hiện có hiệu quả các nhiệm
// vụ, biện pháp trọng tâm như sau:"): what is left is work it asks itself.
std::string WorkBeforeTheItems(std::string action) {
  static const RE2 kIntroduction(
      R"((?:^|,?\s*(?:và\s+)?)(?:(?:khẩn trương|tập trung|tiếp tục)\s+)?)"
      R"((?:(?:triển khai|thực hiện|chỉ đạo|làm tốt|tổ chức|quán triệt)\s+){0,3})"
      R"((?:(?:tốt|nghiêm túc|có hiệu quả|hiệu quả)\s+)?)"
      R"((?:(?:một số|các|những)\s+)?)"
      R"((?:(?:nội dung|nhiệm vụ|việc|giải pháp|biện pháp|yêu cầu)(?:,\s*|\s+và\s+|\s+))*)"
      R"((?:(?:chủ yếu|trọng tâm|cụ thể)\s+)?(?:sau đây|sau|như sau)\s*:?\s*$)");
  RE2::Replace(&action, kIntroduction, "");
  return std::string(Trim(action));
}

// "có trách nhiệm:", "chịu trách nhiệm thực hiện các nhiệm vụ sau:",
// "thực hiện một số nội dung sau:": what follows a party only to lead into
// the items below it — a charge of task_grammar.tsv or none, then nothing
// but the introduction's phrase, ending in a colon.
bool LeadsIntoItems(std::string_view rest, const Lexicon& lex) {
  rest = Trim(rest);
  if (!rest.ends_with(":")) return false;
  const std::vector<std::string_view> words = Words(rest);
  const std::vector<WordId> ids = lex.IdsOf(words);
  const size_t charge = ids.empty() ? 0 : MatchAnyPhrase(ids, 0, lex.task_charges());
  if (charge > 0) {
    rest = charge < words.size() ? rest.substr(words[charge].data() - rest.data()) : ":";
  }
  const std::string work = WorkBeforeTheItems(std::string(rest));
  return work.empty() || work == ":";
}

// The bodies an item names as its whole text ("1. Sở Y tế"), or with only
// words that lead into its sub-items ("1. Bộ Quốc phòng có trách nhiệm:"),
// when no line of its own follows: its duties are the sub-items below it.
std::vector<std::string> PartyOnlyHeading(const ItemContext& cx, size_t i, size_t end) {
  for (size_t j = i + 1; j < end; ++j) {
    if (!Trim(cx.doc.LineText(j)).empty()) return {};
  }
  const std::string_view text = cx.doc.TextAfterMarker(i);
  const ItemReader item(cx, i, cx.doc.markers[i].text_begin);
  size_t after = 0;
  std::vector<std::string> lead = item.Lead(&after);
  if (lead.empty()) return {};
  const std::string_view rest = text.substr(std::min(after, text.size()));
  if (!Trim(ClauseFrom(text, after)).empty() && !LeadsIntoItems(rest, cx.lex)) return {};
  return lead;
}

// Where the sentences of `text` after the one holding byte `from` begin: a
// capital after ". " ("… thuộc thẩm quyền. Bộ Tư lệnh Thủ đô …") or after
// "; " ("… trọng điểm; Sở Tài chính cân đối …": a clause with a subject of
// its own, as a later sentence), in order.
std::vector<size_t> LaterSentences(std::string_view text, size_t from) {
  std::vector<size_t> out;
  for (size_t at = text.find_first_of(".;", from); at != std::string_view::npos;
       at = text.find_first_of(".;", at + 1)) {
    if (at + 1 < text.size() && text[at + 1] == ' ' && StartsWithCapital(text.substr(at + 2))) {
      out.push_back(at + 2);
    }
  }
  return out;
}

// Where the sentence or clause that begins at byte `s` of `text` ends: at
// the next ". ", and for one opened by "; " also at the next "; ".
size_t SentenceStop(std::string_view text, size_t s) {
  const size_t stop = text.find(". ", s);
  if (s < 2 || text[s - 2] != ';') return stop;
  return std::min(stop, text.find("; ", s));
}

// The tasks of the later sentences of line `li` (from byte `from`, its
// text `text`) whose subject is a body other than the one before it
// (ANNOTATION.md: "separately for a sentence inside an item that names a
// different lead"): "e) Bộ Tư lệnh quân khu ra quyết định …. Bộ Tư lệnh
// Thủ đô Hà Nội ra quyết định …". `lead` is the lead before them.
// Returns where the first such sentence begins (bytes into `text`), or
// npos: the sentences before it are the first task's.
size_t AddSentenceTasks(const ItemContext& cx, size_t li, size_t from, size_t after,
                        std::vector<std::string> lead, std::vector<Task>* out) {
  const std::string_view text = cx.doc.LineText(li).substr(from);
  const Span line = cx.doc.LineSpan(li);
  size_t first = std::string_view::npos;
  for (size_t s : LaterSentences(text, after)) {
    const ItemReader sentence(cx, li, from + s);
    size_t lead_end = 0;
    std::vector<std::string> subject = sentence.Lead(&lead_end);
    if (subject.empty() || subject == lead) continue;
    Task t;
    t.lead = subject;
    t.action = ClauseFrom(text.substr(s), lead_end);
    // A clause after "; " is a task of its own only with a predicate of its
    // own: not a list of bodies that share the sentence's ("Chánh Văn
    // phòng; Giám đốc các Sở: …, Tài chính, Y tế; … chịu trách nhiệm thi
    // hành Quyết định này").
    if (text[s - 2] == ';') {
      // Inside a parenthesis a semicolon lists partners ("(Giao Công an
      // tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh; Sở Tư pháp …)").
      const std::string_view before = text.substr(0, s);
      if (std::count(before.begin(), before.end(), '(') >
          std::count(before.begin(), before.end(), ')')) {
        continue;
      }
      const size_t end = text.find(". ", s);
      const std::string_view action = Trim(t.action);
      const std::string_view rest = text.substr(s, end == std::string_view::npos ? end : end - s);
      if (action.empty() || action.starts_with("và ") || action.starts_with(",") ||
          AssignsNothing(rest, cx.lex)) {
        continue;
      }
    }
    const size_t stop = SentenceStop(text, s);
    AddUnique(&t.support, sentence.Support(stop == std::string_view::npos ? stop : stop - s));
    t.span = {line.page, line.begin + from + s,
              stop == std::string_view::npos ? line.end : line.begin + from + stop + 1};
    lead = std::move(subject);
    out->push_back(std::move(t));
    first = std::min(first, s);
  }
  return first;
}

// The tasks of the item whose lines are [i, end): the item's own, led by
// the bodies its text opens with (or that a heading line names, or that
// the first paragraph under a heading opens with), and one more for each
// paragraph under it that opens with other bodies.
// `heading_lead`: the party of the heading the item stands under, for an
// item that names none of its own.
void AddItemTasks(const ItemContext& cx, size_t i, size_t end,
                  const std::vector<std::string>& heading_lead, bool inherits,
                  std::vector<Task>* out) {
  const Document& doc = cx.doc;
  const std::string_view text = doc.TextAfterMarker(i);
  const size_t offset = doc.markers[i].text_begin;
  const ItemReader item(cx, i, offset);
  Task own;
  size_t after = 0;
  own.lead = item.Lead(&after);
  if (own.lead.empty() && inherits) own.lead = heading_lead;
  // "2. Đối với hộ gia đình bà A, đề nghị Cục Thuế tỉnh căn cứ hồ sơ …":
  // an item that asks a party itself, where no lead-in names one.
  if (own.lead.empty()) own.lead = item.Requested(&after);
  if (!own.lead.empty()) {
    own.action = ClauseFrom(text, after);
  } else if (auto body = item.HeadingBody(); body && end > i + 1) {
    own.lead = {*body};
    own.action = ClauseFrom(doc.LineText(i + 1), 0);
  }
  const Span first = doc.LineSpan(i);
  own.span = {first.page, first.begin + offset, first.end};
  std::vector<Task> later;  // of sentences after an item's or paragraph's first
  const size_t others = AddSentenceTasks(cx, i, offset, after, own.lead, &later);
  AddUnique(&own.support, item.Support(others));
  std::vector<Task> tasks{std::move(own)};
  for (size_t j = i + 1; j < end; ++j) {
    const ItemReader paragraph(cx, j, 0);
    // The document's closing paragraph, though the last item's block holds
    // it, is none of the item's.
    if (paragraph.ClosesTheDocument()) break;
    std::vector<std::string> lead;
    // A bullet ("- …", "+ …") stays in its item's task, whoever it names.
    if (doc.markers[j].kind != MarkerKind::kBullet) {
      lead = paragraph.Lead(&after);
      if (lead.empty()) lead = paragraph.Requested(&after);
    }
    if (!lead.empty() && lead != tasks.back().lead) {
      // Under a heading without a party, the first paragraph's bodies lead
      // the item itself.
      if (!tasks.back().lead.empty()) tasks.emplace_back();
      tasks.back().lead = lead;
      tasks.back().action = ClauseFrom(doc.LineText(j), after);
      tasks.back().span = doc.LineSpan(j);
    }
    const size_t others = doc.markers[j].kind == MarkerKind::kBullet
                              ? std::string_view::npos
                              : AddSentenceTasks(cx, j, 0, lead.empty() ? 0 : after,
                                                 tasks.back().lead, &later);
    AddUnique(&tasks.back().support, paragraph.Support(others));
    // "Sở Y tế:" with its duties in the lines below.
    if (tasks.back().action.empty()) tasks.back().action = ClauseFrom(doc.LineText(j), 0);
    // The item's own task spans its lines up to the first other lead.
    if (tasks.size() == 1 && doc.lines[j].page == first.page) tasks[0].span.end = doc.lines[j].end;
  }
  for (Task& t : later) tasks.push_back(std::move(t));
  for (Task& t : tasks) {
    if (t.lead.empty() || AssignsNothing(t.action, cx.lex)) continue;
    Finish(cx, &t);
    if (t.action.empty()) t.action = std::string(Trim(text));
    out->push_back(std::move(t));
  }
}

// "1. Sở Giáo dục và Đào tạo chịu trách nhiệm …, trực tiếp thực hiện các
// khâu: … g) Chủ trì, phối hợp với UBND các huyện, các sở, ngành có liên
// quan …": a sub-item [i, end) that names no party of its own is part of
// the task of the nearest item above it that has one, and its partners
// are that task's.
void AddSupportToTheItemAbove(const ItemContext& cx, size_t i, size_t end,
                              const std::map<int, size_t>& item_task, std::vector<Task>* out) {
  const Document& doc = cx.doc;
  int b = doc.blocks[doc.line_block[i]].parent;
  while (b >= 0 && !item_task.contains(b)) b = doc.blocks[b].parent;
  if (b < 0) return;
  Task& task = (*out)[item_task.at(b)];
  for (size_t j = i; j < end; ++j) {
    const ItemReader line(cx, j, j == i ? doc.markers[i].text_begin : 0);
    for (const std::string& name : line.Support()) {
      if (std::find(task.lead.begin(), task.lead.end(), name) == task.lead.end()) {
        AddUnique(&task.support, {name});
      }
    }
  }
}

// A line that labels its section's parties: which kind, and where the
// parties after its colon begin (bytes into the line).
struct PartyLabel {
  bool lead = false;
  bool support = false;
  size_t after = 0;
};

// The label line `li` opens with after its marker: a label of
// task_grammar.tsv that is the whole line or ends at a colon ("Cơ quan
// chủ trì:", "b) Cơ quan phối hợp"), not a sentence that starts alike
// ("Phối hợp với Sở Y tế …").
std::optional<PartyLabel> LabelOf(const Document& doc, const Lexicon& lex, size_t li) {
  const auto& words = doc.line_words[li];
  const size_t from = doc.markers[li].text_begin;
  const std::string_view line = doc.LineText(li);
  size_t w = 0;
  while (w < words.size() && static_cast<size_t>(words[w].data() - line.data()) < from) ++w;
  const std::span<const WordId> ids = std::span(doc.line_ids[li]).subspan(w);
  PartyLabel label;
  size_t n = 0;
  if ((n = MatchAnyPhrase(ids, 0, lex.task_party_labels()))) {
    label.lead = label.support = true;
  } else if ((n = MatchAnyPhrase(ids, 0, lex.task_lead_labels()))) {
    label.lead = true;
  } else if ((n = MatchAnyPhrase(ids, 0, lex.task_support_labels()))) {
    label.support = true;
  } else {
    return std::nullopt;
  }
  const std::string_view last = words[w + n - 1];
  const bool whole = w + n == words.size();
  if (!whole && last.back() != ':') return std::nullopt;
  label.after = static_cast<size_t>(last.data() - line.data()) + last.size();
  return label;
}

// The parties a label names: after its colon, else in the lines under it
// (an item's own lines, or the bullets after a label paragraph).
std::vector<std::string> LabelledParties(const ItemContext& cx, size_t li, size_t after) {
  const Document& doc = cx.doc;
  std::vector<std::string> parties = ItemReader(cx, li, after).Listed();
  if (!parties.empty()) return parties;
  const Block& block = doc.blocks[doc.line_block[li]];
  const bool item = block.kind == Block::Kind::kItem && block.begin == li;
  const size_t end = item ? doc.OwnEnd(block) : doc.lines.size();
  for (size_t j = li + 1; j < end; ++j) {
    if (doc.roles[j] == Role::kBlank) continue;
    if (doc.roles[j] != Role::kBody || (!item && doc.markers[j].kind != MarkerKind::kBullet)) break;
    AddUnique(&parties, ItemReader(cx, j, doc.markers[j].text_begin).Listed());
  }
  return parties;
}

// "I. CÔNG TÁC QUÁN TRIỆT … / 2. Cơ quan chủ trì, phối hợp / a) Cơ quan chủ
// trì / - Ban Chỉ đạo quốc gia. / b) Cơ quan phối hợp / - …": one task per
// section whose parties its labels name, the section's heading its action.
// A label belongs to the nearest item above it that is no label itself.
void AddLabelledTasks(const ItemContext& cx, std::vector<Task>* out) {
  const Document& doc = cx.doc;
  std::map<int, Task> by_section;  // block index of the section → its task
  for (size_t li = 0; li < doc.lines.size(); ++li) {
    if (doc.roles[li] != Role::kBody) continue;
    const auto label = LabelOf(doc, cx.lex, li);
    if (!label) continue;
    int section = doc.line_block[li];
    while (section > 0 && (doc.blocks[section].kind != Block::Kind::kItem ||
                           LabelOf(doc, cx.lex, doc.blocks[section].begin))) {
      section = doc.blocks[section].parent;
    }
    if (section <= 0) continue;
    const std::vector<std::string> parties = LabelledParties(cx, li, label->after);
    Task& t = by_section[section];
    if (label->lead) AddUnique(&t.lead, parties);
    else AddUnique(&t.support, parties);
  }
  for (auto& [section, t] : by_section) {
    if (t.lead.empty()) continue;
    const size_t first = doc.blocks[section].begin;
    t.action = std::string(Trim(doc.TextAfterMarker(first)));
    t.span = doc.LineSpan(first);
    Finish(cx, &t);
    out->push_back(std::move(t));
  }
}


// The bodies of the "Kính gửi" lines, written out, and the collective
// parties listed there.
std::vector<std::string> Addressees(const Document& doc, const Lexicon& lex,
                                    const DocumentContext& context) {
  static const KeyedPrefix kHead("kính gửi");
  const ItemContext cx{doc, lex, context.mentions, context.short_names, {}, {}};
  std::vector<std::string> out;
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    if (doc.roles[i] != Role::kAddressees) continue;
    const std::string_view line = doc.LineText(i);
    size_t from = ReadMarker(line).text_begin;
    if (StartsWithWords(line, kHead)) from = std::min(line.find(':') + 1, line.size());
    while (from < line.size() && line[from] == ' ') ++from;
    std::vector<std::string> parties = ItemReader(cx, i, from).Listed();
    for (std::string& p : parties) p = Resolve(p, context.short_names);
    AddUnique(&out, parties);
  }
  return out;
}

// A paragraph of the body outside every item that asks a party for work
// ("Văn phòng Chính phủ đề nghị quý Bộ khẩn trương báo cáo …"): a task of
// its own, or, when it ends in a colon, the lead of the items after it
// ("… yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố …:" then 1.–5.).
// Returns that lead for the items; adds the task to `out`.
std::vector<std::string> ReadRequest(const ItemContext& cx, size_t li, std::vector<Task>* out) {
  const std::string_view text = cx.doc.LineText(li);
  const ItemReader paragraph(cx, li, 0);
  size_t after = 0;
  std::vector<std::string> lead = paragraph.Requested(&after);
  if (lead.empty()) return {};
  Task t;
  t.lead = lead;
  if (Trim(text).ends_with(":")) {
    // "… yêu cầu các sở, ban, ngành tiếp tục quán triệt Chỉ thị số 08 …
    // và khẩn trương triển khai các nội dung sau:": the lead-in asks work
    // of its own before it introduces the items.
    t.action = WorkBeforeTheItems(ClauseFrom(text, after));
    if (Words(t.action, 3).size() >= 3) {
      t.span = cx.doc.LineSpan(li);
      Finish(cx, &t);
      out->push_back(std::move(t));
    }
    return lead;
  }
  t.action = ClauseFrom(text, after);
  t.span = cx.doc.LineSpan(li);
  AddUnique(&t.support, paragraph.Support());
  if (!AssignsNothing(t.action, cx.lex)) {
    Finish(cx, &t);
    out->push_back(std::move(t));
  }
  return {};
}

// A lead-in by which the issuer states its own view or decision ("Xét đề
// nghị của Bộ Quốc phòng …, Thủ tướng Chính phủ có ý kiến như sau:"): its
// items are what the issuer decides, not a letter's requests.
bool StatesTheIssuersView(const ItemContext& cx, size_t li) {
  if (!Trim(cx.doc.LineText(li)).ends_with(":")) return false;
  const auto& ids = cx.doc.line_ids[li];
  bool states = false;
  for (size_t w = 0; w < ids.size(); ++w) {
    // "… đề nghị các Bộ cho ý kiến như sau:" asks; "Xét đề nghị của Bộ …"
    // names a proposal.
    const size_t n = MatchAnyPhrase(ids, w, cx.lex.task_requests());
    if (n > 0 && (w + n >= ids.size() || ids[w + n] != cx.lex.function_words().cua)) return false;
    states = states || MatchAnyPhrase(ids, w, cx.lex.task_statements());
  }
  return states;
}

}  // namespace

// Whether words of a charge ("chịu trách nhiệm", task_grammar.tsv) stand
// among `ids`.
bool HasCharge(std::span<const WordId> ids, const Lexicon& lex) {
  for (size_t w = 0; w < ids.size(); ++w) {
    if (MatchAnyPhrase(ids, w, lex.task_charges())) return true;
  }
  return false;
}

// "Rà soát hạ tầng số (Sở Khoa học và Công nghệ chịu trách nhiệm tổng hợp,
// báo cáo …)": a body charged in a parenthesis with work of its own, a task
// beside the item's. Added unless a task of that lead already covers it.
void AddChargesInParentheses(const ItemContext& cx, std::vector<Task>* out) {
  const Document& doc = cx.doc;
  for (size_t li = 0; li < doc.lines.size(); ++li) {
    if (doc.roles[li] != Role::kBody) continue;
    const std::string_view line = doc.LineText(li);
    // Reading a parenthesis costs its own words and bodies: only where the
    // line charges someone at all.
    if (line.find('(') == std::string_view::npos || !HasCharge(doc.line_ids[li], cx.lex)) continue;
    for (size_t open = line.find('('); open != std::string_view::npos;
         open = line.find('(', open + 1)) {
      const size_t close = line.find(')', open);
      if (close == std::string_view::npos) break;
      const ItemReader inside(cx, li, open + 1);
      size_t after = 0;
      const std::vector<std::string> lead = inside.Lead(0, &after);
      if (lead.empty()) continue;
      const std::string_view rest = line.substr(open + 1 + after, close - open - 1 - after);
      const std::vector<std::string_view> words = Words(rest, 3);
      if (words.empty() || !MatchAnyPhrase(cx.lex.IdsOf(words), 0, cx.lex.task_charges())) {
        continue;
      }
      const Span span = doc.LineSpan(li);
      Task t;
      t.lead = lead;
      t.action = std::string(Trim(rest));
      t.span = {span.page, span.begin + open + 1, span.begin + close};
      const bool known = std::any_of(out->begin(), out->end(), [&](const Task& o) {
        return o.lead == t.lead && o.span.page == t.span.page && o.span.begin <= t.span.begin &&
               t.span.end <= o.span.end;
      });
      if (known || AssignsNothing(t.action, cx.lex)) continue;
      Finish(cx, &t);
      out->push_back(std::move(t));
    }
  }
}

// Whether the document is of a type sent up to its addressee.
bool SentUp(const Lexicon& lex, const DocumentContext& context) {
  const std::vector<std::string_view> words = Words(context.type_name);
  return !words.empty() &&
         MatchAnyPhrase(lex.IdsOf(words), 0, lex.task_upward_types()) == words.size();
}

// Whether item line `i` is a short heading that opens with the words of a
// section of requests to a higher body ("III. KIẾN NGHỊ", "4. Đề xuất").
bool IsProposalsHeading(const ItemContext& cx, size_t i) {
  const std::string_view text = cx.doc.TextAfterMarker(i);
  if (text.size() > 60) return false;
  const std::vector<std::string_view> words = Words(text, 3);
  return MatchAnyPhrase(cx.lex.IdsOf(words), 0, cx.lex.task_proposal_headings()) > 0;
}

std::vector<Task> ExtractTasks(const Document& doc, const Lexicon& lex,
                               const DocumentContext& context) {
  const ItemContext cx{doc, lex, context.mentions, context.short_names,
                       Addressees(doc, lex, context), context.issuer.value_or("")};
  std::vector<Task> out;
  AddTableTasks(doc, lex, context.issuer, &out);
  // The party of a heading item that names only it, and the heading's depth.
  std::vector<std::string> heading_lead;
  int heading_depth = 0;
  // The parties an introduction asks, for the items after it; a letter's
  // addressees when no introduction names any — unless the document is
  // sent up to them (a báo cáo, a tờ trình).
  std::vector<std::string> intro_lead = SentUp(lex, context) ? std::vector<std::string>{}
                                                             : cx.addressees;
  // The depth of a heading of requests to a higher body ("III. KIẾN
  // NGHỊ"), whose items are no tasks.
  std::optional<int> proposals;
  // The item blocks that gave a task of their own, and where it is in `out`.
  std::map<int, size_t> item_task;
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    // "Xét đề nghị của …, Thủ tướng Chính phủ có ý kiến như sau:" ends the
    // preamble and leads into the items.
    if (doc.roles[i] == Role::kPreamble && StatesTheIssuersView(cx, i)) intro_lead.clear();
    // A letter's "Theo đề nghị của Bộ … , Chủ tịch UBND tỉnh giao Sở …
    // chủ trì …": its opening citation goes on to the work it assigns.
    if (doc.roles[i] == Role::kPreamble && !cx.addressees.empty()) ReadRequest(cx, i, &out);
    if (doc.roles[i] != Role::kBody) continue;
    const Block& block = doc.blocks[doc.line_block[i]];
    if (block.kind == Block::Kind::kParagraph && doc.ItemOf(i).kind == Block::Kind::kDocument &&
        doc.markers[i].kind == MarkerKind::kNone) {
      if (auto lead = ReadRequest(cx, i, &out); !lead.empty()) {
        intro_lead = std::move(lead);
      } else if (StatesTheIssuersView(cx, i)) {
        intro_lead.clear();
      }
      continue;
    }
    if (block.kind != Block::Kind::kItem || block.begin != i) continue;
    if (LabelOf(doc, lex, i)) continue;  // its parties are its section's (AddLabelledTasks)
    const int depth = doc.markers[i].depth;
    if (proposals && depth <= *proposals) proposals.reset();
    if (IsProposalsHeading(cx, i)) proposals = depth;
    if (proposals) continue;
    if (depth <= heading_depth) heading_lead.clear();
    const size_t end = doc.OwnEnd(block);
    if (auto lead = PartyOnlyHeading(cx, i, end); !lead.empty()) {
      heading_lead = std::move(lead);
      heading_depth = depth;
      continue;
    }
    const bool inherits = !heading_lead.empty() || IsAssignable(cx, i);
    const size_t before = out.size();
    AddItemTasks(cx, i, end, heading_lead.empty() ? intro_lead : heading_lead,
                 inherits, &out);
    if (out.size() > before) {
      item_task[doc.line_block[i]] = before;
    } else {
      AddSupportToTheItemAbove(cx, i, end, item_task, &out);
    }
  }
  AddLabelledTasks(cx, &out);
  AddChargesInParentheses(cx, &out);
  // A lead with no work after it (a clause that ends where the party list
  // does, seen in word salad cut at a line limit) assigns nothing.
  std::erase_if(out, [](const Task& t) { return Trim(t.action).empty(); });
  return out;
}

}  // namespace vanban
