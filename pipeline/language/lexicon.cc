#include "pipeline/language/lexicon.h"

#include "pipeline/language/text_util.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "pipeline/base/sha256.h"
#include "pipeline/language/normalize.h"

namespace vanban {

namespace {

using Rows = std::vector<std::vector<std::string>>;

// Rows of a TSV file; '#' lines and blank lines are comments.
Result<Rows> ReadTsv(const std::string& path, size_t min_columns) {
  std::ifstream in(path);
  if (!in) return Error{"cannot read lexicon " + path};
  Rows rows;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(NormalizeLine(col));
    if (cols.size() < min_columns) {
      return Error{path + ":" + std::to_string(number) + ": expected " +
                   std::to_string(min_columns) + " tab-separated columns"};
    }
    rows.push_back(std::move(cols));
  }
  return rows;
}

std::vector<std::string> SplitComma(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string part;
  while (std::getline(ss, part, ',')) {
    if (!part.empty() && part != "-") out.push_back(part);
  }
  return out;
}

// The id of a word key: the next one the first time the vocabulary sees it.
WordId Intern(const std::string& key, StringMap<WordId>* vocabulary) {
  const auto next = static_cast<WordId>(vocabulary->size() + 1);
  return vocabulary->try_emplace(key, next).first->second;
}

// Keyed as WordKeys keys running text, so that a phrase may be written
// with its commas ("các cơ quan, đơn vị").
Phrase MakePhrase(const std::string& text, StringMap<WordId>* vocabulary,
                  const std::string& kind = "") {
  Phrase p{text, {}, kind, {}};
  const auto words = Words(text);
  for (const std::string& key : WordKeys(words)) p.word_ids.push_back(Intern(key, vocabulary));
  for (std::string_view w : words) p.capitals.push_back(StartsWithCapital(w));
  return p;
}

// A "phrase<TAB>kind" table whose kinds each fill one phrase list. Returns
// the error, if any.
// Rows "phrase<TAB>kind[<TAB>written out]"; the optional third column, the
// phrase written out, goes to `written_out` when given.
std::optional<Error> ReadPhraseKinds(const std::string& dir, const std::string& file,
                                     const std::map<std::string, PhraseList*>& lists,
                                     StringMap<WordId>* vocabulary,
                                     std::map<std::string, std::string>* written_out = nullptr) {
  auto rows = ReadTsv(dir + "/" + file, 2);
  if (!rows.ok()) return Error{rows.error()};
  for (const auto& r : rows.value()) {
    auto it = lists.find(r[1]);
    if (it == lists.end()) return Error{file + ": unknown kind '" + r[1] + "'"};
    it->second->Add(MakePhrase(r[0], vocabulary, r[1]));
    if (written_out && r.size() > 2) (*written_out)[r[0]] = r[2];
  }
  return std::nullopt;
}

}  // namespace

std::string FoldCode(std::string_view code) {
  // Symbols are mostly ASCII ("UBND", "KH"), for which the ICU path below
  // comes to upper-casing without spaces; it was most of a symbol lookup.
  if (std::all_of(code.begin(), code.end(), [](char c) { return (c & 0x80) == 0; })) {
    std::string out;
    for (char c : code) {
      if (c != ' ') out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(code.data(), static_cast<int32_t>(code.size())));
  static const icu::Locale kVietnamese("vi");
  u.toUpper(kVietnamese);
  if (U_SUCCESS(status)) u = nfd->normalize(u, status);
  icu::UnicodeString out;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (c == ' ' || u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x0110) c = 'D';  // Đ has no decomposition
    out.append(c);
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

void PhraseList::Add(Phrase p) {
  if (p.word_ids.empty()) return;
  max_words_ = std::max(max_words_, p.word_ids.size());
  phrases_.push_back(std::move(p));
  const WordId first = phrases_.back().word_ids.front();
  if (first >= by_first_id_.size()) by_first_id_.resize(first + 1);
  by_first_id_[first].push_back(&phrases_.back());
}

void PhraseList::SortLongestFirst() {
  for (auto& phrases : by_first_id_) {
    std::stable_sort(phrases.begin(), phrases.end(), [](const Phrase* a, const Phrase* b) {
      return a->word_ids.size() > b->word_ids.size();
    });
  }
}

std::string Lexicon::DefaultDir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("VANBAN_DATA_DIR"); env && *env) return env;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = exe.parent_path().parent_path() / "share" / "vanban" / "data";
    if (fs::exists(installed / "document_types.tsv", ec)) return installed.string();
  }
  return VANBAN_DATA_DIR;
}

std::optional<uint8_t> WordClassesNamed(std::string_view letters) {
  static constexpr std::string_view kLetters = "NVAREPCM";
  uint8_t classes = 0;
  for (char c : letters) {
    const size_t bit = kLetters.find(c);
    if (bit == std::string_view::npos) return std::nullopt;
    classes |= static_cast<uint8_t>(1u << bit);
  }
  return classes;
}

WordAt Lexicon::LongestWordAt(std::span<const WordId> ids, size_t from) const {
  return words_.LongestAt(ids, from);
}

namespace {

// Every regular file's name and bytes, in name order, into one digest.
std::string DigestOfDataFiles(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file()) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::string all;
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    all += f.filename().string() + '\0' + std::to_string(bytes.str().size()) + '\0' + bytes.str();
  }
  return Sha256Hex(all);
}

// words.tsv, then admin_words.tsv over it: each word once, with the classes
// of the last file that gives it.
std::optional<Error> ReadWords(const std::string& dir, StringMap<WordId>* vocabulary,
                               WordLayer* words) {
  std::map<std::string, std::pair<std::string, uint8_t>> by_key;  // key → text, classes
  for (const char* file : {"words.tsv", "admin_words.tsv"}) {
    auto rows = ReadTsv(dir + "/" + file, 2);
    if (!rows.ok()) return Error{rows.error()};
    for (const auto& r : rows.value()) {
      const auto classes = WordClassesNamed(r[1]);
      if (!classes || *classes == 0) {
        return Error{dir + "/" + file + ": unknown word classes '" + r[1] + "' of '" + r[0] + "'"};
      }
      by_key[MatchKey(r[0])] = {r[0], *classes};
    }
  }
  for (auto& [key, word] : by_key) {
    words->Add(MakePhrase(word.first, vocabulary).word_ids, word.second);
  }
  words->Finish();
  return std::nullopt;
}

}  // namespace

Result<Lexicon> Lexicon::Load(const std::string& dir) {
  static std::atomic<uint64_t> loaded{0};
  Lexicon lex;
  lex.serial_ = ++loaded;
  auto types = ReadTsv(dir + "/document_types.tsv", 3);
  if (!types.ok()) return Error{types.error()};
  for (const auto& r : types.value()) {
    lex.types_.push_back({r[0], r[1], SplitComma(r[2]), ToUpper(r[1])});
  }
  for (const auto& t : lex.types_) {
    lex.types_by_key_[MatchKey(t.name)] = &t;
    lex.types_by_fold_.try_emplace(FoldCode(t.name), &t);
    for (const auto& a : t.abbreviations) lex.types_by_abbreviation_.try_emplace(FoldCode(a), &t);
  }
  auto codes = ReadTsv(dir + "/issuer_codes.tsv", 2);
  if (!codes.ok()) return Error{codes.error()};
  for (const auto& r : codes.value()) lex.issuer_codes_[FoldCode(r[0])] = r[1];
  auto abbreviations = ReadTsv(dir + "/abbreviations.tsv", 2);
  if (!abbreviations.ok()) return Error{abbreviations.error()};
  for (const auto& r : abbreviations.value()) {
    if (r[0].empty()) return Error{dir + "/abbreviations.tsv: a row without its short form"};
    lex.abbreviations_[r[0]] = r[1];
    lex.abbreviation_starts_.set(StartOf(r[0]));
  }
  auto heads = ReadTsv(dir + "/agency_kinds.tsv", 1);
  if (!heads.ok()) return Error{heads.error()};
  for (const auto& r : heads.value()) {
    Phrase head = MakePhrase(r[0], &lex.vocabulary_);
    const std::string kind = r.size() > 1 ? r[1] : "";
    if (kind == "committee") {
      head.value = static_cast<uint8_t>(HeadKind::kCommittee);
    } else if (kind == "whole") {
      head.value = static_cast<uint8_t>(HeadKind::kWhole);
    } else if (kind == "branch") {
      head.value = static_cast<uint8_t>(HeadKind::kBranch);
    } else if (!kind.empty()) {
      return Error{dir + "/agency_kinds.tsv: unknown kind '" + kind + "' of '" + r[0] + "'"};
    }
    // The first head that matches is taken: one that another begins with
    // must come after it.
    for (const Phrase& earlier : lex.agency_heads_) {
      if (earlier.word_ids.size() < head.word_ids.size() && MatchPhrase(head.word_ids, 0, earlier)) {
        return Error{dir + "/agency_kinds.tsv: '" + r[0] + "' must come before '" + earlier.text +
                     "', which it begins with"};
      }
    }
    lex.agency_heads_.Add(std::move(head));
  }
  for (const auto& [short_form, full] : lex.abbreviations_) {
    // A body's name starts with its head's capital: "PCTT" (phòng, chống
    // thiên tai) is work, though "phòng" spells the head "Phòng".
    if (!StartsWithCapital(full)) continue;
    const Phrase expanded = MakePhrase(full, &lex.vocabulary_);
    for (const auto& head : lex.agency_heads_) {
      if (MatchPhrase(expanded.word_ids, 0, head)) {
        lex.body_abbreviations_.try_emplace(short_form, KindOf(head));
        break;
      }
    }
  }
  if (auto e = ReadPhraseKinds(dir, "agency_name_grammar.tsv",
                               {{"end", &lex.name_ends_},
                                {"level", &lex.name_levels_},
                                {"prefix", &lex.name_prefixes_},
                                {"prefixed", &lex.name_prefixed_heads_},
                                {"joined", &lex.name_joined_},
                                {"not_head", &lex.name_not_heads_},
                                {"scope", &lex.name_scopes_},
                                {"relative", &lex.name_relatives_},
                                {"every_level", &lex.name_every_level_},
                                {"province", &lex.name_provinces_}},
                               &lex.vocabulary_, &lex.prefix_written_out_)) {
    return *e;
  }
  if (auto e = ReadPhraseKinds(dir, "event_grammar.tsv",
                               {{"time", &lex.event_time_labels_},
                                {"due", &lex.event_due_labels_},
                                {"not", &lex.event_not_labels_},
                                {"happening", &lex.event_happenings_},
                                {"organise", &lex.event_organisers_},
                                {"calendar", &lex.event_calendar_steps_},
                                {"suspension", &lex.event_suspensions_}},
                               &lex.vocabulary_)) {
    return *e;
  }
  if (auto e = ReadPhraseKinds(dir, "task_grammar.tsv",
                               {{"opener", &lex.task_openers_},
                                {"support", &lex.task_support_cues_},
                                {"collective", &lex.task_collectives_},
                                {"intro", &lex.task_intros_},
                                {"request", &lex.task_requests_},
                                {"lead_label", &lex.task_lead_labels_},
                                {"support_label", &lex.task_support_labels_},
                                {"party_label", &lex.task_party_labels_},
                                {"addressee", &lex.task_addressees_},
                                {"summary", &lex.task_summaries_},
                                {"obligation", &lex.task_obligations_},
                                {"statement", &lex.task_statements_},
                                {"judgement", &lex.task_judgements_},
                                {"filler", &lex.task_fillers_},
                                {"closing", &lex.task_closings_},
                                {"qualifier", &lex.task_qualifiers_},
                                {"relation", &lex.task_relations_},
                                {"upward", &lex.task_upward_types_},
                                {"done", &lex.task_done_},
                                {"standing", &lex.task_done_},
                                {"members", &lex.task_members_},
                                {"guide", &lex.task_guides_},
                                {"unnamed", &lex.task_unnamed_},
                                {"proposals", &lex.task_proposal_headings_},
                                {"charge", &lex.task_charges_}},
                               &lex.vocabulary_)) {
    return *e;
  }
  auto deadlines = ReadTsv(dir + "/deadline_grammar.tsv", 2);
  if (!deadlines.ok()) return Error{deadlines.error()};
  for (const auto& r : deadlines.value()) {
    Phrase p = MakePhrase(r[0], &lex.vocabulary_, r[1]);
    if (r[1] == "report") {
      lex.report_verbs_.Add(std::move(p));
    } else if (r[1] == "to") {
      lex.report_pointers_.Add(std::move(p));
    } else if (r[1] == "label") {
      lex.deadline_labels_.Add(std::move(p));
    } else if (auto kind = EnumNamed<DeadlineKind>(r[1])) {
      // A recurring cue is the first words of its own date ("hằng tuần vào
      // sáng thứ Sáu", "vào thứ Sáu hằng tuần"): ExtractDeadlines reads it
      // from the cue on, and takes only a recurrence after a report verb.
      p.value = static_cast<uint8_t>(*kind);
      lex.deadline_cues_.Add(std::move(p));
    } else {
      return Error{dir + "/deadline_grammar.tsv: unknown kind '" + r[1] + "'"};
    }
  }
  auto columns = ReadTsv(dir + "/table_columns.tsv", 2);
  if (!columns.ok()) return Error{columns.error()};
  for (const auto& r : columns.value()) {
    const auto kind = EnumNamed<ColumnKind>(r[1]);
    if (!kind) return Error{dir + "/table_columns.tsv: unknown kind '" + r[1] + "'"};
    lex.table_columns_.push_back(MakePhrase(r[0], &lex.vocabulary_, r[1]));
    lex.table_columns_.back().value = static_cast<uint8_t>(*kind);
  }
  auto targets = ReadTsv(dir + "/target_grammar.tsv", 2);
  if (!targets.ok()) return Error{targets.error()};
  for (const auto& r : targets.value()) {
    static const std::set<std::string> kNotComparators = {
        "cue",       "section", "unit",   "not_unit", "scale",
        "past",      "threshold", "closing", "status",  "compared", "norm", "forbid", "aim", "total",
        "bounded_unit", "reserve", "rule", "report_section"};
    Phrase p = MakePhrase(r[0], &lex.vocabulary_, r[1]);
    if (kNotComparators.count(r[1])) {
      lex.target_phrases_[r[1]].Add(std::move(p));
    } else if (auto comparator = EnumNamed<Comparator>(r[1])) {
      p.value = static_cast<uint8_t>(*comparator);
      lex.target_comparators_.Add(std::move(p));
    } else {
      return Error{dir + "/target_grammar.tsv: unknown kind '" + r[1] + "'"};
    }
  }
  // The grammar lists its phrases by class, not by length: "người lao
  // động" must win over "người", "nhà vệ sinh" over "nhà".
  for (auto& [kind, list] : lex.target_phrases_) list.SortLongestFirst();
  auto units = ReadTsv(dir + "/admin_units.tsv", 2);
  if (!units.ok()) return Error{units.error()};
  for (const auto& r : units.value()) {
    lex.admin_units_.push_back({MakePhrase(r[0], &lex.vocabulary_), r[1]});
  }
  auto positions = ReadTsv(dir + "/positions.tsv", 1);
  if (!positions.ok()) return Error{positions.error()};
  for (const auto& r : positions.value()) {
    lex.positions_.push_back(r[0]);
    lex.position_phrases_.Add(MakePhrase(r[0], &lex.vocabulary_));
    lex.positions_by_key_[MatchKey(r[0])] = r[0];
    auto [it, fresh] = lex.positions_by_fold_.try_emplace(FoldCode(r[0]), r[0]);
    if (!fresh && it->second != r[0]) it->second = std::nullopt;
  }
  // Last: the word layer's many syllables take the highest ids, so that
  // the grammars' phrase indexes above stay small.
  if (auto e = ReadWords(dir, &lex.vocabulary_, &lex.words_)) return *e;
  FunctionWords& f = lex.function_words_;
  for (auto [word, id] : {std::pair{"các", &f.cac}, {"và", &f.va}, {"với", &f.voi},
                          {"về", &f.ve}, {"của", &f.cua}, {"xã", &f.xa}, {"hội", &f.hoi},
                          {"việc", &f.viec}, {"số", &f.so}}) {
    *id = Intern(MatchKey(word), &lex.vocabulary_);
  }
  lex.data_sha256_ = DigestOfDataFiles(dir);
  return lex;
}

WordId Lexicon::IdOf(std::string_view key) const {
  const auto it = vocabulary_.find(key);
  return it == vocabulary_.end() ? 0 : it->second;
}

std::vector<WordId> Lexicon::IdsOf(std::span<const std::string_view> words) const {
  std::vector<WordId> ids;
  ids.reserve(words.size());
  for (std::string_view w : words) ids.push_back(Remembered(w).id);
  return ids;
}

void Lexicon::KeyWords(std::span<const std::string_view> words, std::vector<std::string>* keys,
                       std::vector<WordId>* ids) const {
  keys->reserve(keys->size() + words.size());
  ids->reserve(ids->size() + words.size());
  for (std::string_view w : words) {
    const KeyedWord& keyed = Remembered(w);
    keys->push_back(keyed.key);
    ids->push_back(keyed.id);
  }
}

Lexicon::KeyedWord Lexicon::KeyWord(std::string_view word) const { return Remembered(word); }

const Lexicon::KeyedWord& Lexicon::Remembered(std::string_view word) const {
  struct Memory {
    uint64_t lexicon = 0;  // serial_ of the lexicon the words were keyed for
    StringMap<KeyedWord> words;
  };
  thread_local Memory memory;
  if (memory.lexicon != serial_) {
    memory.words.clear();
    memory.lexicon = serial_;
  }
  if (auto it = memory.words.find(word); it != memory.words.end()) return it->second;
  // Bounded like MatchKey's cache, which is why the entry is good only
  // until the next call.
  if (memory.words.size() > 200'000) memory.words.clear();
  std::string key = WordKey(word);
  const WordId id = IdOf(key);
  return memory.words.emplace(std::string(word), KeyedWord{std::move(key), id}).first->second;
}

const PhraseList& Lexicon::target_phrases(std::string_view kind) const {
  static const PhraseList kNone;
  const auto it = target_phrases_.find(kind);
  return it == target_phrases_.end() ? kNone : it->second;
}

const DocumentType* Lexicon::TypeByName(std::string_view name) const {
  auto it = types_by_key_.find(MatchKey(name));
  return it == types_by_key_.end() ? nullptr : it->second;
}

const std::string* Lexicon::PositionByKey(std::string_view match_key) const {
  auto it = positions_by_key_.find(match_key);
  return it == positions_by_key_.end() ? nullptr : &it->second;
}

const std::string* Lexicon::FindPosition(std::string_view text) const {
  if (const std::string* exact = PositionByKey(MatchKey(text))) return exact;
  auto it = positions_by_fold_.find(FoldCode(text));
  return it == positions_by_fold_.end() || !it->second ? nullptr : &*it->second;
}

const DocumentType* Lexicon::TypeByFoldedName(std::string_view name) const {
  auto it = types_by_fold_.find(FoldCode(name));
  return it == types_by_fold_.end() ? nullptr : it->second;
}

const DocumentType* Lexicon::TypeByAbbreviation(std::string_view abbreviation) const {
  auto it = types_by_abbreviation_.find(FoldCode(abbreviation));
  return it == types_by_abbreviation_.end() ? nullptr : it->second;
}

const DocumentType* Lexicon::TypeByCode(std::string_view code) const {
  for (const auto& t : types_) {
    if (t.code == code) return &t;
  }
  return nullptr;
}

const std::string* Lexicon::Expand(std::string_view short_form) const {
  if (!MayAbbreviate(short_form)) return nullptr;
  auto it = abbreviations_.find(short_form);
  return it == abbreviations_.end() ? nullptr : &it->second;
}

std::optional<std::string> Lexicon::IssuerForCode(std::string_view code) const {
  auto it = issuer_codes_.find(FoldCode(code));
  if (it == issuer_codes_.end()) return std::nullopt;
  return it->second;
}

}  // namespace vanban
