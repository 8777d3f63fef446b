#include "extractors/targets.h"

#include "extractors/context.h"

#include <algorithm>
#include <optional>
#include <span>
#include <string_view>

#include "pipeline/language/figures.h"
#include "pipeline/language/lexicon.h"
#include "pipeline/language/normalize.h"
#include "pipeline/language/text_util.h"

namespace vanban {

namespace {

// "9.000" → 9000, "95,5" → 95.5 (dot thousands, comma decimals).
double VietnameseNumber(std::string_view integer, std::string_view decimals) {
  std::string digits;
  for (char c : integer) {
    if (c != '.') digits += c;
  }
  std::string s = digits;
  if (!decimals.empty()) (s += '.') += decimals;
  return std::stod(s);
}

// A line's words and their ids, as the document keyed them: the clauses
// and the text before a figure are views into the line, whose words need
// no keying again.
struct KeyedLine {
  const std::vector<std::string_view>& words;
  const std::vector<WordId>& ids;

  // The ids of the words that start inside `part`, a view into the line.
  std::span<const WordId> IdsIn(std::string_view part) const {
    auto starts_before = [](const char* at) {
      return [at](std::string_view w) { return w.data() < at; };
    };
    const char* end = part.data() + part.size();
    const auto first = std::partition_point(words.begin(), words.end(), starts_before(part.data()));
    const auto last = std::partition_point(first, words.end(), starts_before(end));
    return std::span(ids).subspan(first - words.begin(), last - first);
  }
};

class TargetReader {
 public:
  explicit TargetReader(const Lexicon& lex)
      : lex_(lex), units_(lex.target_phrases("unit")), not_units_(lex.target_phrases("not_unit")) {}

  // Targets in one clause of a line (`clause` is a view into `line`); in a
  // clause without a cue, only figures that a closing phrase follows.
  void Read(std::string_view line, const KeyedLine& keyed, std::string_view clause, bool cued,
            const Span& line_span, std::vector<Target>* out) const {
    size_t from = 0;
    while (const std::optional<Figure> figure = NextFigure(clause, from)) {
      from = figure->end;
      const size_t begin = static_cast<size_t>(figure->number.data() - clause.data());
      const std::string_view after = clause.substr(figure->end);
      if (!after.empty() && (after.front() == '/' || after.front() == '-')) continue;  // a date, a code
      if (begin > 0 && (clause[begin - 1] == '/' || clause[begin - 1] == '-')) continue;
      Target t;
      t.is_percent = figure->percent;
      size_t unit_bytes = 0;
      if (t.is_percent) {
        t.unit = "%";
      } else {
        t.unit = UnitAt(after, &unit_bytes);
        if (!t.unit) continue;  // a bare number: a count, a year, an age
      }
      const std::string_view rest = after.substr(unit_bytes);
      if (!rest.empty() && rest.front() == '/') continue;  // a price per unit
      if (!cued && !StartsWithKind(rest, "closing")) continue;
      const std::span<const WordId> before = keyed.IdsIn(clause.substr(0, begin));
      if (Has(before, "threshold")) continue;
      t.value = VietnameseNumber(figure->integer, figure->decimals);
      t.comparator = ComparatorBefore(before);
      // "Tối thiểu 85% … và 70% …": a figure without a comparator of its
      // own shares the one of the figure it is listed with.
      if (t.comparator == Comparator::kExactly && !out->empty() && out->back().subject == Trim(clause) &&
          Joined(clause.substr(0, begin))) {
        t.comparator = out->back().comparator;
      }
      t.subject = std::string(Trim(clause));
      const size_t at = static_cast<size_t>(clause.data() - line.data()) + begin;
      const size_t len = figure->end - begin + unit_bytes;
      t.span = {line_span.page, line_span.begin + at, line_span.begin + at + len};
      out->push_back(std::move(t));
    }
  }

  bool HasCue(std::span<const WordId> clause) const { return Has(clause, "cue"); }
  bool OpensSection(std::span<const WordId> heading) const { return Has(heading, "section"); }

  // The sentence opens with a year before `issued_year`: "Năm 2022, toàn
  // tỉnh … tiếp nhận 7.819 đơn vị máu, vượt 20,3% chỉ tiêu".
  bool AboutThePast(std::string_view sentence, int issued_year) const {
    const auto words = Words(sentence, 4);
    const size_t n = LeadingPhrase(lex_.IdsOf(words), "past");
    if (n == 0 || n >= words.size()) return false;
    const std::string_view year = StripPunct(words[n]);
    return year.size() == 4 && year.find_first_not_of("0123456789") == std::string::npos &&
           std::stoi(std::string(year)) < issued_year;
  }

 private:
  bool StartsWithKind(std::string_view text, std::string_view kind) const {
    return LeadingPhrase(lex_.IdsOf(Words(text, 4)), kind) > 0;
  }

  // Words of the first phrase of this kind the words open with, or 0.
  size_t LeadingPhrase(std::span<const WordId> ids, std::string_view kind) const {
    return lex_.target_phrases(kind).Match(ids, 0);
  }

  // The text before a figure ends with "và" or a comma: the figure is
  // listed after another.
  static bool Joined(std::string_view before) {
    before = Trim(before);
    return before.ends_with(" và") || before.ends_with(",");
  }

  bool Has(std::span<const WordId> ids, std::string_view kind) const {
    const PhraseList& phrases = lex_.target_phrases(kind);
    for (size_t w = 0; w < ids.size(); ++w) {
      if (phrases.Match(ids, w)) return true;
    }
    return false;
  }

  // The unit written right after a figure, and the bytes it takes.
  std::optional<std::string> UnitAt(std::string_view after, size_t* bytes) const {
    // Only as many words as a unit can take are keyed: `after` runs to the
    // clause's end.
    const auto words = Words(after, std::max(units_.max_words(), not_units_.max_words()));
    const auto ids = lex_.IdsOf(words);
    const size_t n = units_.Match(ids, 0);
    // "con số" outruns the unit "con": the words say something else.
    if (n > 0 && not_units_.Match(ids, 0) <= n) {
      const std::string_view last = words[n - 1];
      *bytes = static_cast<size_t>(last.data() - after.data()) + last.size();
      while (*bytes > 0 && std::string_view(",;.:)").find(after[*bytes - 1]) != std::string_view::npos) {
        --*bytes;
      }
      return std::string(after.substr(static_cast<size_t>(words[0].data() - after.data()),
                                      *bytes - static_cast<size_t>(words[0].data() - after.data())));
    }
    return std::nullopt;
  }

  // The comparator among the last three words before the figure.
  Comparator ComparatorBefore(std::span<const WordId> before) const {
    const auto last = before.last(std::min<size_t>(before.size(), 3));
    for (size_t w = 0; w < last.size(); ++w) {
      for (const Phrase* p : lex_.target_comparators().StartingWith(last[w])) {
        if (MatchPhrase(last, w, *p) == last.size() - w) return static_cast<Comparator>(p->value);
      }
    }
    return Comparator::kExactly;
  }

  const Lexicon& lex_;
  const PhraseList& units_;
  const PhraseList& not_units_;
};

// Clauses of a line: split at ";" and at sentence ends.
std::vector<std::string_view> Clauses(std::string_view line) {
  std::vector<std::string_view> out;
  for (size_t start = 0; start <= line.size();) {
    const size_t end = std::min({line.find(';', start), line.find(". ", start), line.size()});
    if (end > start) out.push_back(line.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// The sentence of `line` that holds `clause` (a view into it), from its
// start to the clause's end.
std::string_view SentenceOf(std::string_view line, std::string_view clause) {
  const size_t at = static_cast<size_t>(clause.data() - line.data());
  const size_t stop = line.rfind(". ", at);
  const size_t from = stop == std::string_view::npos ? 0 : stop + 2;
  return Trim(line.substr(from, at + clause.size() - from));
}

}  // namespace

std::vector<Target> ExtractTargets(const Document& doc, const Lexicon& lex,
                                   const DocumentContext& cx) {
  const int issued_year = cx.issued_year();
  const TargetReader reader(lex);
  std::vector<Target> out;
  // The depth of the heading that opened a section of targets: its items
  // ("II. CHỈ TIÊU CỤ THỂ", then "1.", "2.") stay in it.
  std::optional<int> section;
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    if (doc.roles[i] != Role::kBody) continue;
    const std::string_view line = doc.LineText(i);
    if (doc.line_table[i] >= 0) continue;
    const KeyedLine keyed{doc.line_words[i], doc.line_ids[i]};
    if (doc.markers[i].numbered()) {
      const int depth = doc.markers[i].depth;
      if (reader.OpensSection(keyed.ids) && line.size() < 80) section = depth;
      else if (section && depth <= *section) section.reset();
    }
    for (std::string_view clause : Clauses(line)) {
      if (!HasDigit(clause)) continue;  // no figure
      if (reader.AboutThePast(SentenceOf(line, clause), issued_year)) continue;
      reader.Read(line, keyed, clause, section || reader.HasCue(keyed.IdsIn(clause)),
                  doc.LineSpan(i), &out);
    }
  }
  return out;
}

}  // namespace vanban
