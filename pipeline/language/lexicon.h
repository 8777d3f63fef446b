// Lexicons and grammar data, loaded once from extractors/data/*.tsv.
// Adding a document type, an office or an agency kind is a data change.
#ifndef VANBAN_PIPELINE_LANGUAGE_LEXICON_H_
#define VANBAN_PIPELINE_LANGUAGE_LEXICON_H_

#include <bitset>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/base/string_map.h"
#include "pipeline/language/word_layer.h"
#include "pipeline/model/document.h"
#include "pipeline/model/enums.h"

namespace vanban {

// Lookup keys are computed once at load: the lexicons are consulted for
// every line and word of every document.
struct DocumentType {
  std::string code;                        // "chi_thi"
  std::string name;                        // "Chỉ thị"
  std::vector<std::string> abbreviations;  // "CT"
  std::string upper;                       // "CHỈ THỊ", as a type heading prints it
};

// A phrase matched word by word: the ids of its words' MatchKeys in the
// lexicon's vocabulary (Lexicon::IdOf), so that matching compares integers.
struct Phrase {
  std::string text;               // "Ủy ban nhân dân"
  std::vector<WordId> word_ids;   // ids of {"ủy", "ban", "nhân", "dân"}
  std::string kind;               // a grammar table's second column, if any
  std::vector<bool> capitals;     // which words start with a capital: {1, 0, 0, 0}
  // `kind` as its enum's value where a grammar's kinds are one, checked at
  // load: a DeadlineKind for deadline cues, a Comparator for comparators,
  // a ColumnKind for table headers.
  uint8_t value = 0;
};

// Number of words of `phrase` that the words (their lexicon ids,
// Lexicon::IdsOf) start with at `from`: all of them or 0. Inline, as are
// PhraseList's lookups: they run at every word for every grammar, and
// calls into them were a twentieth of the text → JSON time.
inline size_t MatchPhrase(std::span<const WordId> ids, size_t from, const Phrase& phrase) {
  const std::vector<WordId>& want = phrase.word_ids;
  if (from + want.size() > ids.size()) return 0;
  // A loop: std::equal calls memcmp, a call for one to five ids.
  for (size_t k = 0; k < want.size(); ++k) {
    if (ids[from + k] != want[k]) return 0;
  }
  return want.size();
}

// Phrases tried at a word in file order (a longer phrase is listed before a
// shorter one it begins with), indexed by the id of their first word so
// that a word tries only the phrases that can start there: the grammars
// are consulted at every word of every document, and looking the word up
// by its text was a tenth of the text → JSON time.
class PhraseList {
 public:
  void Add(Phrase p);
  // The first phrase the words (their ids) start with at `from`, or null.
  const Phrase* Find(std::span<const WordId> ids, size_t from) const {
    if (from >= ids.size()) return nullptr;
    for (const Phrase* p : StartingWith(ids[from])) {
      if (MatchPhrase(ids, from, *p)) return p;
    }
    return nullptr;
  }
  // Words of that phrase, or 0.
  size_t Match(std::span<const WordId> ids, size_t from) const {
    const Phrase* p = Find(ids, from);
    return p ? p->word_ids.size() : 0;
  }
  // The phrases whose first word has this id, in file order.
  const std::vector<const Phrase*>& StartingWith(WordId first) const {
    return first < by_first_id_.size() ? by_first_id_[first] : kNoPhrases;
  }
  // Reorders each word's phrases longest first, so that Find gives the
  // longest match (for lists that are not in that order in their file).
  void SortLongestFirst();
  // Words of the longest phrase: how far from a word a match can reach.
  size_t max_words() const { return max_words_; }
  std::deque<Phrase>::const_iterator begin() const { return phrases_.begin(); }
  std::deque<Phrase>::const_iterator end() const { return phrases_.end(); }

 private:
  std::deque<Phrase> phrases_;  // a deque: the index points into it
  size_t max_words_ = 0;
  std::vector<std::vector<const Phrase*>> by_first_id_;  // index: WordId
  static inline const std::vector<const Phrase*> kNoPhrases;
};

// Words of the first phrase of `list` that the words start with at
// `from`, or 0. Inline: asked at every word for every grammar.
inline size_t MatchAnyPhrase(std::span<const WordId> ids, size_t from, const PhraseList& list) {
  return list.Match(ids, from);
}

// The classes of the letters "NVAREPCM" in `letters`; nullopt when a
// letter is none of them.
std::optional<uint8_t> WordClassesNamed(std::string_view letters);

// How a kind of body names itself (agency_kinds.tsv's second column).
enum class HeadKind : uint8_t {
  kPlain,      // "Sở", "Cục": the field that follows is a noun phrase
  kCommittee,  // "Ban Chỉ đạo", "Hội đồng": its field is a purpose, often a verb phrase
  kWhole,      // "Chính phủ", "Tỉnh ủy": a whole name, complete without a field
  // "Chi nhánh": a plain head, but after a dash a unit of the body named
  // before it ("Ngân hàng Nhà nước - Chi nhánh Quảng Ngãi"), not a body.
  kBranch,
};

struct AdminUnit {
  Phrase name;        // "thành phố"
  std::string level;  // "city"
};

class Lexicon {
 public:
  // Reads every table from `dir`; fails naming the file that is missing or
  // malformed.
  static Result<Lexicon> Load(const std::string& dir);

  Lexicon() = default;
  Lexicon(const Lexicon&) = delete;  // holds pointers into itself
  Lexicon& operator=(const Lexicon&) = delete;
  Lexicon(Lexicon&&) = default;
  Lexicon& operator=(Lexicon&&) = default;

  // The data directory: $VANBAN_DATA_DIR if set; else share/vanban/data
  // beside the running binary's bin/ when it is installed there; else the
  // source tree's (a binary run from its build directory).
  static std::string DefaultDir();

  // SHA-256 of the data files read (names and contents, in name order):
  // which lexicon and grammars a record was read with.
  const std::string& data_sha256() const { return data_sha256_; }

  const std::vector<DocumentType>& types() const { return types_; }
  // By name, compared with MatchKey ("CHỈ THỊ" finds chi_thi).
  const DocumentType* TypeByName(std::string_view name) const;
  // By name but for diacritics and spaces (FoldCode): what OCR makes of a
  // heading's tone marks ("CHÍ THỊ" finds chi_thi). The first type when two
  // fold alike.
  const DocumentType* TypeByFoldedName(std::string_view name) const;
  // By symbol abbreviation, case-insensitive, Đ and D alike ("QD" finds QĐ).
  const DocumentType* TypeByAbbreviation(std::string_view abbreviation) const;
  const DocumentType* TypeByCode(std::string_view code) const;

  // "TTg" → "Thủ tướng Chính phủ".
  std::optional<std::string> IssuerForCode(std::string_view code) const;

  // "UBND" → "Ủy ban nhân dân"; exact spelling of the short form. Null
  // for any other word (asked of most words of a document).
  const std::string* Expand(std::string_view short_form) const;

  // The id of a word's MatchKey: from 1 for a word of any phrase of the
  // lexicon or of function_words(), 0 for any other word (it can match no
  // phrase).
  WordId IdOf(std::string_view key) const;
  // The ids of the function words the extractors' code tests by itself:
  // "các" before a kind of body, "và" and "với" joining a list, "về" and
  // "của" ending a name, "xã hội" (society, not a commune), "về việc"
  // (a subject, not a committee's purpose). Ids rather
  // than keys: a document's words are looked up once, to their ids, and
  // keeping every word's key as well cost 2-3% of the text → JSON time.
  struct FunctionWords {
    WordId cac = 0, va = 0, voi = 0, ve = 0, cua = 0, xa = 0, hoi = 0, viec = 0, so = 0;
  };
  const FunctionWords& function_words() const { return function_words_; }
  // A word of running text keyed as WordKeys keys it, with the key's id:
  // remembered per thread and lexicon, so that a word met again costs one
  // lookup instead of keying it and then looking its key up.
  struct KeyedWord {
    std::string key;
    WordId id = 0;
  };
  KeyedWord KeyWord(std::string_view word) const;
  // The ids of words of running text (KeyWord's).
  std::vector<WordId> IdsOf(std::span<const std::string_view> words) const;
  // Their keys and ids both, appended to `keys` and `ids`.
  void KeyWords(std::span<const std::string_view> words, std::vector<std::string>* keys,
                std::vector<WordId>* ids) const;

  // agency_kinds.tsv. Its StartingWith(id) gives the heads whose first
  // word has this id, longer heads first: what can open a body at a word,
  // without trying them all.
  const PhraseList& agency_heads() const { return agency_heads_; }
  const std::vector<const Phrase*>& HeadsFrom(WordId first) const {
    return agency_heads_.StartingWith(first);
  }
  // A head's kind (its phrase's value).
  static HeadKind KindOf(const Phrase& head) { return static_cast<HeadKind>(head.value); }
  // The word layer: the longest word of words.tsv (classes from
  // @vntk/dictionary) or admin_words.tsv (administrative words it lacks or
  // classes otherwise, which win) that the words (their ids) start with at
  // `from`.
  WordAt LongestWordAt(std::span<const WordId> ids, size_t from) const;
  // True for a short form that stands for a body's head ("UBND", "BCĐ").
  bool AbbreviatesBody(std::string_view short_form) const {
    return MayAbbreviate(short_form) && body_abbreviations_.contains(short_form);
  }
  // The kind of the head such a short form stands for ("BCĐ": committee).
  HeadKind AbbreviatedHeadKind(std::string_view short_form) const {
    const auto it = body_abbreviations_.find(short_form);
    return it == body_abbreviations_.end() ? HeadKind::kPlain : it->second;
  }
  // agency_name_grammar.tsv: what ends a body's name, the levels that
  // close it, the words that may precede its head and the heads they may
  // precede, the word pairs a comma inside a name joins ("phòng, chống").
  const PhraseList& name_ends() const { return name_ends_; }
  const PhraseList& name_levels() const { return name_levels_; }
  const PhraseList& name_prefixes() const { return name_prefixes_; }
  const PhraseList& name_prefixed_heads() const { return name_prefixed_heads_; }
  const PhraseList& name_joined() const { return name_joined_; }
  const PhraseList& name_not_heads() const { return name_not_heads_; }
  // Words that say a body's reach rather than its field ("quốc gia").
  const PhraseList& name_scopes() const { return name_scopes_; }
  // Levels said relative to the reader ("cùng cấp"): the name is a role,
  // no body.
  const PhraseList& name_relatives() const { return name_relatives_; }
  // Heads of bodies found at every level, over which "các cấp" distributes.
  const PhraseList& name_every_level() const { return name_every_level_; }
  // Its "province" phrases: the provinces a "tỉnh" level names.
  const PhraseList& name_provinces() const { return name_provinces_; }
  // A prefix as the name writes it out ("TT" → "Thường trực").
  std::string PrefixWrittenOut(const std::string& prefix) const {
    auto it = prefix_written_out_.find(prefix);
    return it == prefix_written_out_.end() ? prefix : it->second;
  }
  // task_grammar.tsv: words that may open an item before its lead bodies,
  // and those that introduce supporting bodies.
  const PhraseList& task_openers() const { return task_openers_; }
  const PhraseList& task_support_cues() const { return task_support_cues_; }
  const PhraseList& task_collectives() const { return task_collectives_; }
  // Words opening a clause of purpose or basis before the subject.
  const PhraseList& task_intros() const { return task_intros_; }
  const PhraseList& task_requests() const { return task_requests_; }
  const PhraseList& task_fillers() const { return task_fillers_; }
  const PhraseList& task_closings() const { return task_closings_; }
  const PhraseList& task_qualifiers() const { return task_qualifiers_; }
  // Verbs of a clause that qualifies a collective party ("các phòng
  // chuyên môn thuộc Sở", "các doanh nghiệp hoạt động trên địa bàn"); any
  // other verb after the collective's kind opens the predicate.
  const PhraseList& task_relations() const { return task_relations_; }
  // Types of documents sent up to their addressee ("báo cáo", "tờ trình"),
  // which assign it no work, and headings of a section of requests to a
  // higher body ("Kiến nghị", "Đề xuất"), whose items are no tasks.
  const PhraseList& task_upward_types() const { return task_upward_types_; }
  // Words naming the members of the body named right after them ("các
  // thành viên", "cơ quan thành viên").
  const PhraseList& task_members() const { return task_members_; }
  // Verbs by which the issuer, their subject, asks a body for the work
  // ("Bộ … hướng dẫn Sở … thực hiện …").
  const PhraseList& task_guides() const { return task_guides_; }
  // Words in a list of parties that name no body, passed over ("phối hợp,
  // hỗ trợ chính quyền địa phương, Sở Giao thông vận tải").
  const PhraseList& task_unnamed() const { return task_unnamed_; }
  // Words opening a predicate about what has been done ("đã", "vừa") or
  // a standing granted ("sử dụng con dấu"): no work assigned.
  const PhraseList& task_done() const { return task_done_; }
  const PhraseList& task_proposal_headings() const { return task_proposal_headings_; }
  // Labels of a section's parties ("Cơ quan chủ trì", "Cơ quan phối hợp",
  // "Cơ quan chủ trì, phối hợp") and a letter's words for its addressee
  // ("quý Bộ").
  const PhraseList& task_lead_labels() const { return task_lead_labels_; }
  const PhraseList& task_support_labels() const { return task_support_labels_; }
  const PhraseList& task_party_labels() const { return task_party_labels_; }
  const PhraseList& task_addressees() const { return task_addressees_; }
  // Words opening a document's closing paragraph ("Trên đây là …").
  const PhraseList& task_summaries() const { return task_summaries_; }
  // Words that ask for work inside an item ("khẩn trương", "phải").
  const PhraseList& task_obligations() const { return task_obligations_; }
  // Words after a body that charge it with the work after them ("chịu
  // trách nhiệm", "chủ trì").
  const PhraseList& task_charges() const { return task_charges_; }
  // Words by which a lead-in states the issuer's own view or decision
  // ("có ý kiến", "kết luận").
  const PhraseList& task_statements() const { return task_statements_; }
  // Verbs by which a subject judges or agrees rather than acts ("đồng ý
  // với", "nhận thấy"): a clause they open assigns no work.
  const PhraseList& task_judgements() const { return task_judgements_; }
  // target_grammar.tsv, one list per kind: "cue", "section", "unit",
  // "scale", "past", "threshold", "closing" (an empty list for another kind).
  const PhraseList& target_phrases(std::string_view kind) const;
  // Its other kinds name comparators ("at_least", …): their phrases in one
  // list, each with its Comparator as its value.
  const PhraseList& target_comparators() const { return target_comparators_; }
  // event_grammar.tsv: labels before a date that name only its time, a
  // due date, or a date that is no happening.
  const PhraseList& event_time_labels() const { return event_time_labels_; }
  const PhraseList& event_due_labels() const { return event_due_labels_; }
  const PhraseList& event_not_labels() const { return event_not_labels_; }
  // Words that name a happening a sentence dates ("Lễ hội", "Hội thi").
  const PhraseList& event_happenings() const { return event_happenings_; }
  // Verbs that put a happening on ("tổ chức Lễ ra quân …").
  const PhraseList& event_organisers() const { return event_organisers_; }
  // Steps of a school or work calendar, dated inside a sentence ("lớp 1
  // tựu trường ngày 19/8").
  const PhraseList& event_calendar_steps() const { return event_calendar_steps_; }
  // Suspensions the document orders, dated later in their clause ("Cấm
  // biển từ 12 giờ ngày 26/10", "nghỉ học ngày 27/10").
  const PhraseList& event_suspensions() const { return event_suspensions_; }
  // table_columns.tsv: header phrases in file order, each with the
  // ColumnKind it names as its value.
  const std::vector<Phrase>& table_columns() const { return table_columns_; }
  // deadline_grammar.tsv: cue phrases, each with the deadline kind it sets
  // (its value, a DeadlineKind).
  const PhraseList& deadline_cues() const { return deadline_cues_; }
  // Its "report" verbs ("báo cáo", "gửi") and the "to" words pointing from
  // what is sent to the body receiving it ("về", "cho").
  const PhraseList& report_verbs() const { return report_verbs_; }
  const PhraseList& report_pointers() const { return report_pointers_; }
  // Its "label" cues, which may head a label whose colon comes after the
  // work ("Hạn chót nộp hồ sơ: …").
  const PhraseList& deadline_labels() const { return deadline_labels_; }
  const std::vector<AdminUnit>& admin_units() const { return admin_units_; }
  const std::vector<std::string>& positions() const { return positions_; }
  // The same, as phrases to find in running text ("Bộ trưởng Bộ Y tế").
  const PhraseList& position_phrases() const { return position_phrases_; }
  // The office as the lexicon spells it, for any case or tone placement.
  const std::string* PositionByKey(std::string_view match_key) const;
  // The same for any text; when nothing matches exactly, a position that
  // differs only in diacritics is taken if it is the only one (OCR drops
  // and confuses tone marks: "THƯỜNG TRƯC", "CHỦ TICH").
  const std::string* FindPosition(std::string_view text) const;

 private:
  // KeyWord's memory of `word`, per thread and lexicon; the entry is good
  // until the next call (the memory is bounded and may be cleared).
  const KeyedWord& Remembered(std::string_view word) const;

  // Every word key of every phrase and the function words, numbered from 1.
  StringMap<WordId> vocabulary_;
  FunctionWords function_words_;
  // Tells this lexicon's entries in KeyWord's per-thread memory from those
  // of a lexicon loaded before (whose address this one may reuse).
  uint64_t serial_ = 0;
  std::string data_sha256_;
  std::vector<DocumentType> types_;
  std::map<std::string, std::string> issuer_codes_;  // key: folded code
  StringMap<std::string> abbreviations_;
  // The first two bytes of every abbreviation ("UB", "BC", "HĐ"'s "H" and
  // the lead byte of "Đ"): most words asked of Expand or AbbreviatesBody
  // start otherwise and need no lookup. One byte was not enough: capitalised
  // words share it ("Ban", "BCĐ").
  static size_t StartOf(std::string_view word) {
    return static_cast<size_t>(static_cast<unsigned char>(word[0])) << 8 |
           (word.size() > 1 ? static_cast<unsigned char>(word[1]) : 0);
  }
  bool MayAbbreviate(std::string_view word) const {
    return !word.empty() && abbreviation_starts_[StartOf(word)];
  }
  std::bitset<1 << 16> abbreviation_starts_;
  std::map<std::string, const DocumentType*, std::less<>> types_by_key_;
  std::map<std::string, const DocumentType*, std::less<>> types_by_fold_;
  StringMap<const DocumentType*> types_by_abbreviation_;  // key: FoldCode
  PhraseList agency_heads_;
  std::vector<AdminUnit> admin_units_;
  StringMap<HeadKind> body_abbreviations_;  // short form → its head's kind
  PhraseList name_ends_;
  PhraseList name_levels_;
  PhraseList name_prefixes_;
  PhraseList name_prefixed_heads_;
  PhraseList name_joined_;
  PhraseList name_not_heads_;
  PhraseList name_scopes_;
  PhraseList name_relatives_;
  PhraseList name_every_level_;
  PhraseList name_provinces_;
  std::map<std::string, std::string> prefix_written_out_;
  PhraseList task_openers_;
  PhraseList task_support_cues_;
  PhraseList task_collectives_;
  PhraseList task_intros_;
  PhraseList task_requests_;
  PhraseList task_fillers_;
  PhraseList task_closings_;
  PhraseList task_qualifiers_;
  PhraseList task_relations_;
  PhraseList task_upward_types_;
  PhraseList task_done_;
  PhraseList task_members_;
  PhraseList task_guides_;
  PhraseList task_unnamed_;
  PhraseList task_proposal_headings_;
  PhraseList task_lead_labels_;
  PhraseList task_support_labels_;
  PhraseList task_party_labels_;
  PhraseList task_addressees_;
  PhraseList task_summaries_;
  PhraseList task_obligations_;
  PhraseList task_charges_;
  PhraseList task_statements_;
  PhraseList task_judgements_;
  WordLayer words_;
  PhraseList deadline_cues_;
  PhraseList deadline_labels_;
  PhraseList event_time_labels_;
  PhraseList event_due_labels_;
  PhraseList event_not_labels_;
  PhraseList event_happenings_;
  PhraseList event_organisers_;
  PhraseList event_calendar_steps_;
  PhraseList event_suspensions_;
  PhraseList report_verbs_;
  PhraseList report_pointers_;
  std::vector<Phrase> table_columns_;
  std::map<std::string, PhraseList, std::less<>> target_phrases_;
  PhraseList target_comparators_;
  std::vector<std::string> positions_;
  PhraseList position_phrases_;
  std::map<std::string, std::string, std::less<>> positions_by_key_;
  std::map<std::string, std::optional<std::string>, std::less<>> positions_by_fold_;  // nullopt: ambiguous
};

// Folds a symbol code for comparison: upper-case, no diacritics, Đ → D,
// no spaces ("BCĐ" and "BCD" meet; "Ủy" gives "UY").
std::string FoldCode(std::string_view code);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_LANGUAGE_LEXICON_H_
