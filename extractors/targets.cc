#include "extractors/targets.h"

#include "extractors/context.h"

#include <algorithm>
#include <optional>
#include <span>
#include <string_view>

#include "pipeline/language/dates.h"
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
      : lex_(lex),
        units_(lex.target_phrases("unit")),
        bounded_units_(lex.target_phrases("bounded_unit")),
        not_units_(lex.target_phrases("not_unit")),
        scales_(lex.target_phrases("scale")) {}

  // Targets in one clause of a line (`clause` is a view into `line`); in a
  // clause without a cue, only figures that a closing phrase follows.
  // `in_section`: the clause stands in a section of targets ("I. MỤC
  // TIÊU"), where a change against the past is aimed at.
  void Read(std::string_view line, const KeyedLine& keyed, std::string_view clause, bool cued,
            bool in_section, const Span& line_span, std::vector<Target>* out) const {
    size_t from = 0;
    while (const std::optional<Figure> figure = NextFigure(clause, from)) {
      from = figure->end;
      const size_t begin = static_cast<size_t>(figure->number.data() - clause.data());
      std::string_view after = clause.substr(figure->end);
      // "20 - 30%", "từ 5 đến 7 ngày": a range is at least its first figure,
      // in the unit of its last.
      const std::optional<Figure> upper = RangeEnd(clause, figure->end);
      if (upper) {
        from = upper->end;
        after = clause.substr(upper->end);
      } else if (!after.empty() && (after.front() == '/' || after.front() == '-')) {
        continue;  // a date, a code
      }
      if (begin > 0 && (clause[begin - 1] == '/' || clause[begin - 1] == '-')) continue;
      Target t;
      t.is_percent = figure->percent || (upper && upper->percent);
      size_t unit_bytes = 0;
      bool bounded = false;
      if (t.is_percent) {
        t.unit = "%";
      } else {
        t.unit = UnitAt(after, &unit_bytes, &bounded);
        if (!t.unit) continue;  // a bare number: a count, a year, an age
      }
      const std::string_view rest = after.substr(unit_bytes);
      if (!rest.empty() && rest.front() == '/') continue;  // a price per unit
      if (!cued && !StartsWithKind(rest, "closing")) continue;
      const std::span<const WordId> before = keyed.IdsIn(clause.substr(0, begin));
      // A change measured against the past is a statistic, unless the
      // clause aims at it ("Kéo giảm tai nạn từ 5% đến 10% so với năm 2024")
      // or stands among the targets.
      const bool compared = Has(keyed.IdsIn(clause.substr(figure->end)), "compared") &&
                            !Has(keyed.IdsIn(clause), "aim") && !in_section;
      if (Has(before, "threshold") || Has(before, "status") || EndsWithKind(before, "norm") ||
          Has(before, "rule") || compared) {
        continue;
      }
      // Days are a target only as a limit or a reserve ("không để … quá 30
      // ngày", "đủ dùng ít nhất 7 ngày"); otherwise a norm or a period.
      if (bounded && !Has(before, "forbid") && !Has(before, "reserve")) continue;
      t.value = VietnameseNumber(figure->integer, figure->decimals);
      t.comparator = upper ? Comparator::kAtLeast : ComparatorBefore(before);
      // "Không để ùn tắc kéo dài quá 02 giờ": what may not be exceeded is
      // a most.
      if (t.comparator == Comparator::kMoreThan && Has(before, "forbid")) {
        t.comparator = Comparator::kAtMost;
      }
      // "Tối thiểu 85% … và 70% …": a figure without a comparator of its
      // own shares the one of the figure it is listed with.
      if (t.comparator == Comparator::kExactly && !out->empty() && out->back().subject == Trim(clause) &&
          Joined(clause.substr(0, begin))) {
        t.comparator = out->back().comparator;
      }
      t.subject = std::string(Trim(clause));
      const size_t at = static_cast<size_t>(clause.data() - line.data()) + begin;
      const size_t len = (upper ? upper->end : figure->end) - begin + unit_bytes;
      t.span = {line_span.page, line_span.begin + at, line_span.begin + at + len};
      out->push_back(std::move(t));
    }
  }

  bool HasCue(std::span<const WordId> clause) const { return Has(clause, "cue"); }
  bool OpensSection(std::span<const WordId> heading) const { return Has(heading, "section"); }
  // A heading (its words past the marker) that opens with a report
  // section's words.
  bool OpensReport(std::span<const WordId> heading) const {
    return LeadingPhrase(heading, "report_section") > 0;
  }

  // The sentence opens with a year before the document's, or a period
  // that had ended when it was issued: "Năm 2022, toàn tỉnh … tiếp nhận
  // 7.819 đơn vị máu, vượt 20,3% chỉ tiêu", "Trong 6 tháng đầu năm 2024,
  // tổng thu … đạt 52% dự toán" (issued in July 2024).
  bool AboutThePast(std::string_view sentence, const std::optional<Date>& issued) const {
    if (!issued) return false;
    const auto words = Words(sentence, 4);
    const size_t n = LeadingPhrase(lex_.IdsOf(words), "past");
    if (n > 0 && n < words.size()) {
      const std::string_view year = StripPunct(words[n]);
      if (year.size() == 4 && year.find_first_not_of("0123456789") == std::string::npos &&
          std::stoi(std::string(year)) < issued->year) {
        return true;
      }
    }
    const std::optional<Date> ended = PeriodEndAt(sentence);
    return ended && issued->day > 0 && ToDays(*ended) < ToDays(*issued);
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

  // Whether a phrase of this kind ends where the words end ("trợ cấp" of
  // "trợ cấp | 1 lần").
  bool EndsWithKind(std::span<const WordId> ids, std::string_view kind) const {
    const PhraseList& phrases = lex_.target_phrases(kind);
    const size_t reach = std::min(ids.size(), phrases.max_words());
    for (size_t w = ids.size() - reach; w < ids.size(); ++w) {
      if (phrases.Match(ids, w) == ids.size() - w) return true;
    }
    return false;
  }

  bool Has(std::span<const WordId> ids, std::string_view kind) const {
    const PhraseList& phrases = lex_.target_phrases(kind);
    for (size_t w = 0; w < ids.size(); ++w) {
      if (phrases.Match(ids, w)) return true;
    }
    return false;
  }

  // The figure that ends a range begun by the figure ending at `end`
  // ("20 - 30%", "5 đến 7"), or none.
  static std::optional<Figure> RangeEnd(std::string_view clause, size_t end) {
    std::string_view rest = clause.substr(end);
    const size_t skip = rest.find_first_not_of(' ');
    if (skip == std::string_view::npos) return std::nullopt;
    rest.remove_prefix(skip);
    size_t dash = 0;
    if (rest.starts_with("-")) dash = 1;
    else if (rest.starts_with("–")) dash = std::string_view("–").size();
    else if (rest.starts_with("đến ")) dash = std::string_view("đến").size();
    if (dash == 0) return std::nullopt;
    const size_t at = end + skip + dash;
    const size_t figure_at = clause.find_first_not_of(' ', at);
    if (figure_at == std::string_view::npos || (figure_at == at && dash == 1)) return std::nullopt;
    std::optional<Figure> upper = NextFigure(clause, figure_at);
    if (!upper || upper->number.data() != clause.data() + figure_at) return std::nullopt;
    return upper;
  }

  // The unit written right after a figure, and the bytes it takes;
  // `bounded`: a unit of the "bounded_unit" kind.
  std::optional<std::string> UnitAt(std::string_view after, size_t* bytes, bool* bounded) const {
    // Only as many words as a unit can take are keyed: `after` runs to the
    // clause's end.
    const auto words = Words(after, std::max(units_.max_words(), not_units_.max_words()) + 2);
    const auto ids = lex_.IdsOf(words);
    const size_t scale = scales_.Match(ids, 0);
    size_t n = UnitWords(ids, scale);
    if (n == 0 && scale == 0 && (n = bounded_units_.Match(ids, 0)) > 0) *bounded = true;
    if (n == 0) return std::nullopt;
    n += scale;
    const std::string_view last = words[n - 1];
    // "15 giờ 30", "2 cuộc 3": a number run on is a time or a code.
    if (n < words.size() && IsDigit(words[n].front()) &&
        std::string_view(",;.:)").find(last.back()) == std::string_view::npos) {
      return std::nullopt;
    }
    *bytes = static_cast<size_t>(last.data() - after.data()) + last.size();
    while (*bytes > 0 && std::string_view(",;.:)").find(after[*bytes - 1]) != std::string_view::npos) {
      --*bytes;
    }
    const size_t start = static_cast<size_t>(words[0].data() - after.data());
    return std::string(after.substr(start, *bytes - start));
  }

  // Words of the listed unit at word `w` ("con", not "con số"), or 0.
  size_t UnitWords(std::span<const WordId> ids, size_t w) const {
    if (w >= ids.size()) return 0;
    const size_t n = units_.Match(ids, w);
    return n > 0 && not_units_.Match(ids, w) <= n ? n : 0;
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
  const PhraseList& bounded_units_;
  const PhraseList& not_units_;
  const PhraseList& scales_;
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

// The unit a header names in parentheses: "Diện tích (ha)" → "ha".
std::optional<std::string> UnitInHeader(std::string_view header) {
  const size_t open = header.rfind('(');
  const size_t close = header.rfind(')');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open + 2) {
    return std::nullopt;
  }
  const std::string_view unit = Trim(header.substr(open + 1, close - open - 1));
  if (unit.empty() || HasDigit(unit) || Words(unit).size() > 3) return std::nullopt;
  return std::string(unit);
}

// The figure a cell holds when it holds nothing else: "1.250", "62,5",
// "95%" — not the "5" of "trẻ dưới 5 tuổi".
std::optional<Figure> CellFigure(std::string_view cell) {
  cell = Trim(cell);
  const std::optional<Figure> figure = NextFigure(cell, 0);
  if (!figure || figure->number.data() != cell.data() || figure->end < cell.size()) {
    return std::nullopt;
  }
  return figure;
}

// What a row of a table is about: its first cell that is neither its
// number, its unit, nor a figure.
std::string RowLabel(const Document& doc, const Table& table, const TableRow& row) {
  for (size_t c = 0; c < row.cells.size(); ++c) {
    const ColumnKind kind = c < table.columns.size() ? table.columns[c] : ColumnKind::kOther;
    if (kind == ColumnKind::kOrdinal || kind == ColumnKind::kUnit) continue;
    const std::string_view cell = Trim(doc.CellText(row, c));
    if (!cell.empty() && !CellFigure(cell)) return std::string(cell);
  }
  return "";
}

// "Chỉ tiêu | Đơn vị tính | Kế hoạch 2025", a crop plan by district, a
// budget by unit: each figure in a column of what is planned (kPlan,
// table_columns.tsv) is a target, its subject the row's label and the
// column's header, its unit the row's unit cell, else the header's
// "(ha)", else none. A total row's figure that prose already set is not
// repeated.
// Whether `text` opens with a phrase of target_grammar.tsv's `kind`.
bool StartsWithKind(const Lexicon& lex, std::string_view text, std::string_view kind) {
  return lex.target_phrases(kind).Match(lex.IdsOf(Words(text, 4)), 0) > 0;
}

void AddTableTargets(const Document& doc, const Lexicon& lex, std::vector<Target>* out) {
  const size_t prose = out->size();
  for (const Table& table : doc.tables) {
    if (!table.has_header || table.rows.size() < 2) continue;
    const TableRow& header = table.rows.front();
    for (size_t c = 0; c < table.columns.size(); ++c) {
      if (table.columns[c] != ColumnKind::kPlan) continue;
      const std::string_view heading = Trim(doc.CellText(header, c));
      for (size_t r = 1; r < table.rows.size(); ++r) {
        const TableRow& row = table.rows[r];
        if (c >= row.cells.size()) continue;
        const std::string_view cell = doc.CellText(row, c);
        const std::optional<Figure> figure = CellFigure(cell);
        if (!figure) continue;
        Target t;
        t.value = VietnameseNumber(figure->integer, figure->decimals);
        t.is_percent = figure->percent;
        if (t.is_percent) t.unit = "%";
        for (size_t u = 0; u < row.cells.size() && !t.unit; ++u) {
          if (u < table.columns.size() && table.columns[u] == ColumnKind::kUnit) {
            if (const std::string_view unit = Trim(doc.CellText(row, u)); !unit.empty()) {
              t.unit = std::string(unit);
            }
          }
        }
        if (!t.unit) t.unit = UnitInHeader(heading);
        if (t.unit == "%") t.is_percent = true;
        t.period = FindPeriod(heading);  // "Kế hoạch 2025"
        const std::string label = RowLabel(doc, table, row);
        // A total row restating a figure of the prose is that target; a
        // district's row that happens to equal it is a target of its own.
        const bool total = StartsWithKind(lex, label, "total");
        const bool said = total && std::any_of(out->begin(), out->begin() + prose, [&](const Target& p) {
          return p.value == t.value && p.is_percent == t.is_percent;
        });
        if (said) continue;
        t.subject = label.empty() ? std::string(heading) : label + " – " + std::string(heading);
        const Span line = doc.LineSpan(row.line);
        const size_t at = row.cells[c].begin +
                          static_cast<size_t>(figure->number.data() - cell.data());
        t.span = {line.page, line.begin + at, line.begin + at + figure->number.size()};
        out->push_back(std::move(t));
      }
    }
  }
}

// Whether `clause` (after a label and its colon, if any) requires a thing
// of every one of a kind: "100% văn bản đi được ký số", "100% giáo viên
// phải được bồi dưỡng" — what a plan sets, as a target section's figures
// are. One that says it was so ("đã được") reports it.
bool EveryOneIsTo(std::string_view clause) {
  constexpr size_t kLongestLabel = 60;
  if (clause.find("100%") == std::string_view::npos) return false;
  if (const size_t colon = clause.find(':'); colon != std::string_view::npos && colon <= kLongestLabel) {
    clause.remove_prefix(colon + 1);
  }
  const std::vector<std::string_view> words = Words(clause);
  size_t first = 0;  // past a bullet: "- 100% …"
  while (first < words.size() && StripPunct(words[first]).find_first_not_of("-+•*") == std::string_view::npos) ++first;
  if (words.size() < first + 3 || words[first] != "100%") return false;
  bool required = false;
  for (size_t k = first + 2; k < words.size(); ++k) {
    const std::string_view w = StripPunct(words[k]);
    if (w == "đã") return false;
    required |= w == "được" || w == "phải";
  }
  return required;
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
  // The same for a section that reports or proposes ("II. KẾT QUẢ THỰC
  // HIỆN", "III. KIẾN NGHỊ"), whose figures are no targets.
  std::optional<int> reported;
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    // A preamble's paragraph cites in its first sentence ("Thực hiện Quyết
    // định số …"); a letter's goes on to what it is for ("Để đảm bảo hỗ
    // trợ … cho khoảng 71.000 hộ gia đình …").
    const bool preamble = doc.roles[i] == Role::kPreamble;
    if (doc.roles[i] != Role::kBody && !preamble) continue;
    const std::string_view line = doc.LineText(i);
    if (doc.line_table[i] >= 0) continue;
    const size_t first_sentence_end = preamble ? line.find(". ") : 0;
    if (first_sentence_end == std::string_view::npos) continue;
    const KeyedLine keyed{doc.line_words[i], doc.line_ids[i]};
    if (doc.markers[i].numbered()) {
      const int depth = doc.markers[i].depth;
      if (section && depth <= *section) section.reset();
      if (reported && depth <= *reported) reported.reset();
      // A heading, or an item that leads into the items below it ("Điều 1.
      // Phê duyệt Kế hoạch … với các chỉ tiêu chủ yếu sau:").
      const bool heading = line.size() < 80 || Trim(line).ends_with(":");
      // An item labelled so ("1. Mục tiêu: Không để xảy ra …; giảm ít nhất
      // 10% …") is a section of targets of its own.
      const std::string_view after = doc.TextAfterMarker(i);
      const size_t colon = after.find(':');
      constexpr size_t kLongestLabel = 40;  // bytes: "Chỉ tiêu chủ yếu cần đạt"
      const bool label = colon != std::string_view::npos && colon <= kLongestLabel &&
                         reader.OpensSection(keyed.IdsIn(after.substr(0, colon)));
      if ((heading && reader.OpensSection(keyed.ids)) || label) {
        section = depth;
      } else if (line.size() < 80 && reader.OpensReport(keyed.IdsIn(doc.TextAfterMarker(i)))) {
        reported = depth;
        continue;
      }
    }
    if (reported) continue;
    for (std::string_view clause : Clauses(line)) {
      if (!HasDigit(clause)) continue;  // no figure
      if (static_cast<size_t>(clause.data() - line.data()) < first_sentence_end) continue;
      if (reader.AboutThePast(SentenceOf(line, clause), cx.issued)) continue;
      const size_t before = out.size();
      reader.Read(line, keyed, clause,
                  section || reader.HasCue(keyed.IdsIn(clause)) || EveryOneIsTo(clause),
                  section.has_value(), doc.LineSpan(i), &out);
      if (out.size() > before) {
        const std::optional<Period> period = FindPeriod(clause);
        for (size_t k = before; k < out.size(); ++k) out[k].period = period;
      }
    }
  }
  AddTableTargets(doc, lex, &out);
  // A figure whose clause and table say no period is set for the
  // document's stated scope ("… giai đoạn 2023 - 2027" in its title).
  const std::optional<Period> scope = FindPeriod(cx.title);
  for (Target& t : out) {
    if (!t.period) {
      t.period = scope;
      if (t.period) t.period->yearly = false;  // the scope's own "hằng năm" is not the figure's
    } else if (!t.period->start && scope) {
      // "hằng năm" within the scope; "đến năm 2030" from the scope's start.
      t.period->start = scope->start;
      if (!t.period->end) t.period->end = scope->end;
    }
    // "đến năm 2020" in a document of 2013 with no scope of its own: from
    // the year of issue.
    if (t.period && !t.period->start && t.period->end && issued_year > 0 &&
        issued_year <= t.period->end->year) {
      t.period->start = Date(issued_year);
    }
    if (t.period && !t.period->start && !t.period->end) t.period.reset();
  }
  return out;
}

}  // namespace vanban
