#include "extractors/events.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "extractors/context.h"
#include "extractors/issuer.h"
#include "pipeline/language/dates.h"
#include "pipeline/language/lexicon.h"
#include "pipeline/language/normalize.h"
#include "pipeline/language/text_util.h"
#include "pipeline/structure/table_columns.h"

namespace vanban {

namespace {

// `d` in `year` when it leaves its year out.
Date InYear(Date d, int year) {
  if (d.year == 0) d.year = year;
  return d;
}

// The text before `at` back to the start of its clause, without list marks
// and time cues ("Thời gian tiêm:").
std::string NameBefore(std::string_view line, size_t at) {
  const size_t start = ClauseStart(line, at);
  std::string name(Trim(line.substr(start, at - start)));
  while (!name.empty() && (name.back() == ',' || name.back() == '(')) name.pop_back();
  return std::string(Trim(name));
}

// The label a colon at `colon` closes: the text back to the clause's start
// (a full stop, a semicolon or another colon).
std::string_view LabelBefore(std::string_view text, size_t colon) {
  const std::string_view before = text.substr(0, colon);
  const size_t stop = before.find_last_of(".;:");
  return Trim(stop == std::string_view::npos ? before : before.substr(stop + 1));
}

// "từ" in any case: what Windows' pattern starts with ((?i:từ) folds to
// "t" or "T" and "ừ" or "Ừ"). Many lines hold "ừ" ("những", "từng").
bool HasTu(std::string_view line) {
  for (std::string_view vowel : {"ừ", "Ừ"}) {
    for (size_t at = line.find(vowel); at != std::string_view::npos; at = line.find(vowel, at + 1)) {
      if (at > 0 && (line[at - 1] == 't' || line[at - 1] == 'T')) return true;
    }
  }
  return false;
}

// A digit, "/", a digit, or "15 tháng 3": what every day the finders read holds.
bool HasDate(std::string_view line) {
  for (size_t at = line.find('/'); at != std::string_view::npos; at = line.find('/', at + 1)) {
    if (at > 0 && at + 1 < line.size() && IsDigit(line[at - 1]) && IsDigit(line[at + 1])) {
      return true;
    }
  }
  // Or written out: "15 tháng 3".
  static constexpr std::string_view kMonth = " tháng ";
  for (size_t at = line.find(kMonth); at != std::string_view::npos; at = line.find(kMonth, at + 1)) {
    const size_t after = at + kMonth.size();
    if (at > 0 && IsDigit(line[at - 1]) && after < line.size() && IsDigit(line[after])) return true;
  }
  return false;
}

class EventFinder {
 public:
  EventFinder(const Document& doc, const Lexicon& lex, const DocumentContext& cx,
              std::string subject)
      : doc_(doc), lex_(lex), cx_(cx), subject_(std::move(subject)) {}

  std::vector<Event> Run() {
    for (size_t i = 0; i < doc_.lines.size(); ++i) {
      const Role r = doc_.roles[i];
      if (r != Role::kBody && r != Role::kTitle && r != Role::kPreamble) continue;
      const std::string_view line = doc_.LineText(i);
      // Lunar days may be written without a figure ("Rằm tháng Bảy").
      if (r == Role::kBody) LunarDays(i, line);
      // Every other kind of event is read off a date or a month number.
      if (!HasDigit(line)) continue;
      if (const TableRow* row = doc_.RowAt(i)) {
        ScheduleRow(*row);
        if (HasDate(line)) QuotedDays(i, line);
        continue;
      }
      // Both name a day as "07/4": most lines with a figure have none.
      if (!HasDate(line)) continue;
      NamedDays(i, line);
      QuotedDays(i, line);
      Windows(i, line);
      DayLists(i, line);
      Occasions(i, line);
      Recurring(i, line);
      LabelledDays(i, line);
      if (r == Role::kBody) {
        Happenings(i, line);
        CalendarSteps(i, line);
        Suspensions(i, line);
      }
    }
    NoteGlosses();
    return std::move(out_);
  }

 private:
  // "Ngày toàn dân hiến máu tình nguyện" - 07/4, "Ngày thế giới … 14/6".
  // The name runs 6 to 80 characters after "Ngày ". As a bounded repeat
  // ({6,80}?) the pattern compiled to 2,100 instructions, and filling its
  // groups took RE2 4 µs a day; unbounded it is a tenth of the size, and a
  // longer name is refused here: the search resumes one character on, where
  // the bounded pattern would have gone on looking.
  void NamedDays(size_t i, std::string_view line) {
    // The name, then the first figure of the day the time grammar reads.
    static const RE2 kDay(R"((Ngày\s[^"“”()\d;,.]{6}[^"“”()\d;,.]*?)\s*["”]?\s*[-(]?\s*(\d))");
    constexpr size_t kLongestName = 5 + 80;  // "Ngày", a space, the name
    // Every match starts at a "Ngày": RE2 need not scan the line before the
    // first (or the whole line, when there is none).
    const size_t first = line.find("Ngày");
    if (first == std::string_view::npos) return;
    re2::StringPiece in(line.data() + first, line.size() - first), name, figure;
    while (RE2::FindAndConsume(&in, kDay, &name, &figure)) {
      if (CodePointCount(std::string_view(name.data(), name.size())) > kLongestName) {
        in = re2::StringPiece(name.data() + 1, line.data() + line.size() - name.data() - 1);
        continue;
      }
      const char* end = nullptr;
      const std::optional<Date> dm = DayAt(Rest(line, figure.data()), &end);
      if (!dm) continue;
      in = re2::StringPiece(end, line.data() + line.size() - end);
      // "Ngày toàn dân HMTN" is the day also written out in full.
      Add(ExpandAbbreviations(Trim(std::string_view(name.data(), name.size())), lex_), *dm,
          std::nullopt, i, line, end);
    }
  }

  // An observance written as a quotation ending in its day: "hưởng ứng
  // ngày “Thế giới tôn vinh người hiến máu - 14/6”", "lời kêu gọi “Toàn
  // dân tham gia hiến máu tình nguyện-7/4”". The quotation names the day.
  // Unbounded, as NamedDays' pattern is for the same reason; a name longer
  // than a day's is refused here.
  // Whether a figure (spaces apart at most) stands before a closing
  // quotation mark: "… - 14/6”".
  static bool DayBeforeClosingQuote(std::string_view line) {
    for (size_t at = 0; at < line.size(); ++at) {
      size_t mark = 0;
      if (line[at] == '"') mark = 1;
      else if (line.compare(at, 3, "”") == 0) mark = 3;
      if (mark == 0) continue;
      size_t k = at;
      while (k > 0 && line[k - 1] == ' ') --k;
      if (k > 0 && IsDigit(line[k - 1])) return true;
      at += mark - 1;
    }
    return false;
  }

  // Whether a closing quotation mark stands right before "nhân", a comma
  // and spaces apart at most: "“Ngày hội …”, nhân dịp …".
  static bool QuoteBeforeNhan(std::string_view line) {
    for (size_t at = line.find("nhân"); at != std::string_view::npos;
         at = line.find("nhân", at + 1)) {
      std::string_view before = line.substr(0, at);
      while (!before.empty() && (before.back() == ' ' || before.back() == ',')) {
        before.remove_suffix(1);
      }
      if (before.ends_with("”") || before.ends_with('"')) return true;
    }
    return false;
  }

  void QuotedDays(size_t i, std::string_view line) {
    // The name, a dash, and the day the time grammar reads, which closes
    // the quotation.
    static const RE2 kQuoted(
        R"([“"]\s*([^"“”\d;]{6}[^"“”\d;]*?)\s*[-–]\s*(\d[^"“”;]{0,24}?)\s*[”"])");
    constexpr size_t kLongestName = 100;
    // A quotation closes on the day: a figure right before a closing mark.
    if (!DayBeforeClosingQuote(line)) return;
    re2::StringPiece in(line.data(), line.size()), name, written;
    while (RE2::FindAndConsume(&in, kQuoted, &name, &written)) {
      if (CodePointCount(std::string_view(name.data(), name.size())) > kLongestName) continue;
      const char* end = nullptr;
      const std::optional<Date> dm = DayAt(std::string_view(written.data(), written.size()), &end);
      if (!dm || end != written.data() + written.size()) continue;
      std::string text(Trim(std::string_view(name.data(), name.size())));
      if (!text.starts_with("Ngày") && !text.starts_with("ngày")) text = "Ngày " + text;
      Add(ExpandAbbreviations(text, lex_), *dm, std::nullopt, i, line, in.data());
    }
  }

  // "Tựu trường các cấp học: Ngày 26/8/2024", "Học kỳ I: Bắt đầu từ ngày
  // 06/9/2024": a label, its colon, a day. The label names the happening
  // (event_grammar.tsv says which labels name only a time, or a due date);
  // a window "từ … đến …" is Windows'.
  void LabelledDays(size_t i, std::string_view line) {
    // "Thời gian: 14 giờ 00, thứ Tư, ngày 16/4/2025" (a giấy mời's): the
    // day the time grammar reads, with a time of day and a weekday that
    // may lead it; "Bắt đầu từ ngày …", "vào ngày …".
    static const RE2 kLead(R"(^\s*(?:(?i:bắt đầu)\s+)?(?:(?i:vào)\s+)?)");
    static const RE2 kThen(R"(^\s*(?:-|(?i:đến)))");
    const std::string_view text = doc_.TextAfterMarker(i);
    for (size_t colon = text.find(':'); colon != std::string_view::npos;
         colon = text.find(':', colon + 1)) {
      re2::StringPiece in(text.data() + colon + 1, text.size() - colon - 1);
      RE2::Consume(&in, kLead);
      const std::string_view rest = Trim(std::string_view(in.data(), in.size()));
      const bool from = rest.starts_with("từ") || rest.starts_with("Từ");
      const char* end = nullptr;
      bool window = false;
      const std::optional<Date> day = DayAt(rest, &end, &window);
      if (!day || window || RE2::PartialMatch(Rest(text, end), kThen)) continue;
      in = re2::StringPiece(end, text.data() + text.size() - end);
      const std::string_view label = LabelBefore(text, colon);
      const std::vector<std::string_view> words = Words(label);
      if (words.empty() || words.size() > 12) continue;
      const std::vector<WordId> ids = lex_.IdsOf(words);
      if (lex_.event_due_labels().Match(ids, 0) || lex_.event_not_labels().Match(ids, 0)) continue;
      const bool time_only = lex_.event_time_labels().Match(ids, 0) == ids.size();
      if (time_only && from) continue;  // takes effect from then
      std::string name = time_only ? HappeningOf(i) : std::string(label);
      if (name.size() < 6) continue;
      Add(std::move(name), *day, std::nullopt, i, line, in.data());
    }
  }

  // "Lễ phát động … vào ngày 07/4/2025", "Hội thi … diễn ra ngày 20/11":
  // a sentence that opens with a happening (event_grammar.tsv) and dates
  // it; the name runs to the words that date it. A date before the
  // document's own is what happened, not what is scheduled.
  void Happenings(size_t i, std::string_view line) {
    // The words that put it on the day the time grammar reads: "… tổ chức
    // vào 8 giờ 00, thứ Ba, ngày …", "vào lúc 19 giờ 30 ngày …", "vào sáng
    // Chủ nhật, ngày …".
    static const RE2 kPutOn(
        R"(((?:,\s*)?(?:((?i:được tổ chức|tổ chức|diễn ra|khai mạc))\s+)?(?:(?i:vào)\s+)?)$)");
    const auto& words = doc_.line_words[i];
    const auto& ids = doc_.line_ids[i];
    for (size_t w = 0; w < words.size(); ++w) {
      // A happening in lower case only where a verb of organising puts it
      // on ("Tổ chức diễn tập phương án chữa cháy … vào ngày 20/5"), and
      // only as a word of its own ("giải", not "giải quyết").
      const size_t n = lex_.event_happenings().Match(ids, w);
      if (n == 0 || (!StartsWithCapital(words[w]) &&
                     (!OrganisedAt(ids, w) || lex_.LongestWordAt(ids, w).length > n))) {
        continue;
      }
      const size_t from = static_cast<size_t>(words[w].data() - line.data());
      // It opens the sentence or clause (past its item's marker), or a
      // verb of organising puts it on ("tổ chức Lễ ra quân …").
      const bool opens = from <= doc_.markers[i].text_begin ||
                         (w > 0 && std::string_view(".;:").find(words[w - 1].back()) !=
                                       std::string_view::npos) ||
                         OrganisedAt(ids, w);
      if (!opens) continue;
      const std::string_view clause = line.substr(from, ClauseEnd(line, from) - from);
      // Its day, or the month it is put on ("Hội chợ … tổ chức vào tháng
      // 9/2026"), where no day is given.
      const std::vector<TimeExpr> times = TimesIn(i, line, clause);
      std::optional<TimeExpr> when = FirstDay(times);
      if (!when) when = MonthPutOn(times, clause);
      if (!when) continue;
      const std::string_view before = clause.substr(0, when->begin);
      re2::StringPiece lead, verb;
      RE2::PartialMatch(before, kPutOn, &lead, &verb);
      const Date day = when->from.unit == TimeUnit::kMonth
                           ? Date(when->inferred_year ? 0 : when->from.first.year,
                                  when->from.first.month)
                           : DayOf(when->from, when->inferred_year);
      if (when->from.unit == TimeUnit::kMonth && cx_.issued && cx_.issued->day > 0 &&
          ToDays(when->from.last) < ToDays(*cx_.issued)) {
        continue;  // a month over before the document's date
      }
      const char* end = clause.data() + when->begin + when->length;
      std::string name(Trim(std::string_view(clause.data(), lead.data() - clause.data())));
      name = CapitalizeFirst(name);  // a happening an organising verb put on
      // "Lễ khai mạc vào ngày 16/11": the verb is the happening's own name.
      if (name.size() < 6 && !verb.empty()) {
        const size_t through_verb = static_cast<size_t>(verb.data() + verb.size() - clause.data());
        name = std::string(Trim(clause.substr(0, through_verb)));
      }
      while (!name.empty() && (name.back() == '(' || name.back() == ',')) name.pop_back();
      name = std::string(Trim(name));
      // "Hội nghị … đã tổ chức ngày …": it has taken place.
      const bool done = name.ends_with(" đã") || name.ends_with(" đã được");
      // "Kỳ thi … trong các ngày 26, 27 và 28/6/2025, trong đó ngày 25/6
      // …": dated before, in days DayLists reads; the day here is another.
      const bool listed_before = std::any_of(times.begin(), times.end(), [&](const TimeExpr& t) {
        return t.list && t.begin + t.length <= when->begin;
      });
      if (name.size() < 6 || done || BeforeIssue(day) || listed_before) continue;
      // "Hội nghị … diễn ra ngày 25/6 - 26/6/2025": a window's end too.
      std::optional<Date> last;
      if (when->to) last = DayOf(*when->to, when->inferred_year);
      Add(name, day, last, i, line, end);
      return;
    }
  }

  // "Riêng đối với lớp 1 tựu trường ngày 19/8/2024 (thứ Hai)": a step of
  // a calendar (event_grammar.tsv) dated right after it, inside a
  // sentence; the clause up to the date names it. A date before the
  // document's own is what happened.
  void CalendarSteps(size_t i, std::string_view line) {
    static const RE2 kVao(R"(^\s*(?i:vào)\s+)");
    // "Riêng đối với lớp 1 …", "trong đó ra quân …": the topic's words
    // name nothing.
    static const RE2 kTopic(R"(^(?i:trong đó\s+)?(?i:riêng\s+)?(?i:đối với\s+)?)");
    const auto& words = doc_.line_words[i];
    const auto& ids = doc_.line_ids[i];
    for (size_t w = 0; w < words.size(); ++w) {
      const size_t n = lex_.event_calendar_steps().Match(ids, w);
      if (n == 0 || w + n >= words.size()) continue;
      const size_t after = static_cast<size_t>(words[w + n - 1].data() - line.data()) +
                           words[w + n - 1].size();
      re2::StringPiece in(line.data() + after, line.size() - after);
      RE2::Consume(&in, kVao);
      const char* end = nullptr;
      const std::optional<Date> day = DayAt(Rest(line, in.data()), &end, nullptr, TimeForms{});
      if (!day) continue;
      std::string name = NameBefore(line, after);
      // "Tổ chức … từ ngày 15/9 đến 30/9, trong đó ra quân đồng loạt vào
      // …": the step's own part of the sentence.
      if (const size_t comma = name.rfind(", "); comma != std::string::npos) {
        name.erase(0, comma + 2);
      }
      RE2::Replace(&name, kTopic, "");
      if (name.size() < 6 || BeforeIssue(*day)) continue;
      Add(name, *day, std::nullopt, i, line, end);
    }
  }

  // "Cấm biển từ 12 giờ ngày 26/10/2025", "Cho học sinh nghỉ học ngày
  // 27/10", "Tạm dừng hoạt động các bến đò ngang từ 18 giờ ngày 05/9": a
  // suspension (event_grammar.tsv) dated later in its clause, from a time
  // or a day; the words from it to the date name it. A window ("từ … đến
  // …") is Windows'; a date before the document's own is past.
  void Suspensions(size_t i, std::string_view line) {
    // The words that lead the day the time grammar reads ("từ" is its own).
    static const RE2 kLead(R"(\s*(?:(?i:vào|trong)\s*)?$)");
    static const RE2 kUntil(R"(^\s*(?:-|(?i:đến)))");
    const auto& words = doc_.line_words[i];
    const auto& ids = doc_.line_ids[i];
    for (size_t w = 0; w < words.size(); ++w) {
      const size_t n = lex_.event_suspensions().Match(ids, w);
      if (n == 0) continue;
      const size_t from = static_cast<size_t>(words[w].data() - line.data());
      const std::string_view clause = line.substr(from, ClauseEnd(line, from) - from);
      const std::optional<TimeExpr> when = FirstDay(TimesIn(i, line, clause));
      const char* end = when ? clause.data() + when->begin + when->length : nullptr;
      if (!when || when->to || RE2::PartialMatch(Rest(clause, end), kUntil)) continue;
      const Date day = DayOf(when->from, when->inferred_year);
      std::string name(clause.substr(0, when->begin));
      RE2::Replace(&name, kLead, "");
      name = std::string(Trim(name));
      while (!name.empty() && name.back() == ',') name.pop_back();
      if (name.size() < 6 || BeforeIssue(day)) continue;
      Add(CapitalizeFirst(name), day, std::nullopt, i, line, end);
      return;
    }
  }

  // What a window's clause organises, when a party's assignment opens it
  // ("Chủ trì, phối hợp với các sở, ban, ngành tổ chức đợt cao điểm kiểm
  // tra …" → "Đợt cao điểm kiểm tra …"): the words after the last verb of
  // organising that is not the clause's first. A clause that opens with
  // the verb names its work so ("Tổ chức tiêm phòng").
  std::string WhatIsOrganised(const std::string& name) const {
    const std::vector<std::string_view> words = Words(name);
    const std::vector<WordId> ids = lex_.IdsOf(words);
    size_t after = 0;
    for (size_t w = 1; w < words.size(); ++w) {
      if (const size_t n = lex_.event_organisers().Match(ids, w); n > 0 && w + n < words.size()) {
        after = w + n;
      }
    }
    if (after == 0) return name;
    return CapitalizeFirst(Join(words, after, words.size()));
  }

  // Whether `name` is a verb of organising and nothing else ("tổ chức").
  bool OnlyOrganiser(const std::string& name) const {
    const std::vector<std::string_view> words = Words(name);
    return !words.empty() && lex_.event_organisers().Match(lex_.IdsOf(words), 0) == words.size();
  }

  // The label a colon before byte `at` of `line` closes, within `text` (the
  // line after its marker); empty when there is none.
  static std::string LabelOf(std::string_view text, std::string_view line, size_t at) {
    const size_t end = static_cast<size_t>(line.data() + at - text.data());
    const size_t colon = text.substr(0, end).rfind(':');
    return colon == std::string_view::npos ? "" : std::string(LabelBefore(text, colon));
  }

  // `name` without the verb of organising it opens with: "Ngày Pháp luật"
  // of "Tổ chức Ngày Pháp luật".
  std::string WithoutOrganiser(const std::string& name) const {
    const std::vector<std::string_view> words = Words(name);
    const size_t n = lex_.event_organisers().Match(lex_.IdsOf(words), 0);
    return n > 0 && n < words.size() ? CapitalizeFirst(Join(words, n, words.size())) : name;
  }

  // Whether a verb of organising ends right before word `w`.
  bool OrganisedAt(std::span<const WordId> ids, size_t w) const {
    const PhraseList& verbs = lex_.event_organisers();
    for (size_t n = 1; n <= std::min(w, verbs.max_words()); ++n) {
      if (verbs.Match(ids, w - n) == n) return true;
    }
    return false;
  }

  // Whether `before` (a line up to a date) is a time label, its colon and
  // at most two words: "Thời gian thực hiện: Cao điểm", "- Thời gian:".
  bool AfterTimeLabel(std::string_view before) const {
    const size_t colon = before.rfind(':');
    if (colon == std::string_view::npos || Words(before.substr(colon + 1)).size() > 2) return false;
    std::vector<std::string_view> words = Words(before.substr(0, colon));
    // The bullet or dash that leads the line is no word of the label.
    auto mark = [](std::string_view w) {
      return std::all_of(w.begin(), w.end(), [](char c) { return std::ispunct(static_cast<unsigned char>(c)); });
    };
    while (!words.empty() && mark(words.front())) words.erase(words.begin());
    const std::vector<WordId> ids = lex_.IdsOf(words);
    return !ids.empty() && lex_.event_time_labels().Match(ids, 0) == ids.size();
  }

  // What a time label on line `i` dates: the heading of the item it stands
  // in ("1. Tổ chức Ngày Pháp luật …" over "- Thời gian thực hiện: …"),
  // less the verb that organises it, when that is a heading (a short line
  // without a full stop); else what the document is about.
  std::string HappeningOf(size_t i) const {
    constexpr size_t kHeadingWords = 20;
    const Block& item = doc_.ItemOf(i);
    if (item.kind == Block::Kind::kItem && item.begin != i) {
      const std::string_view heading = Trim(doc_.TextAfterMarker(item.begin));
      const std::vector<std::string_view> words = Words(heading);
      // "II. THỜI GIAN VÀ ĐỊA ĐIỂM": a heading that names the time names
      // no happening; the document's subject is it.
      const bool names_time = !words.empty() && lex_.event_time_labels().Match(lex_.IdsOf(words), 0) > 0;
      if (words.size() >= 2 && words.size() <= kHeadingWords && !heading.ends_with('.') &&
          heading.find(':') == std::string_view::npos && !names_time) {
        return WithoutOrganiser(WhatIsOrganised(std::string(heading)));
      }
    }
    return subject_;
  }

  // A day known to fall before the document's date.
  bool BeforeIssue(const Date& day) const {
    if (!cx_.issued || cx_.issued->day == 0 || day.year == 0) return false;
    return ToDays(day) < ToDays(*cx_.issued);
  }

  // "… từ ngày 01/11 đến hết ngày 15/11/2024", "từ ngày 21/4/2025 đến 17
  // giờ 00 ngày 28/4/2025", "từ thứ Hai, ngày 03/3 đến thứ Sáu, ngày 07/3",
  // "từ ngày 15 đến ngày 20 tháng 3 năm 2025": an interval of days the time
  // grammar reads, led by "từ".
  void Windows(size_t i, std::string_view line) {
    if (!HasTu(line)) return;
    for (const TimeExpr& w : TimesOf(i, line)) {
      if (!w.to || w.from.unit != TimeUnit::kDay || w.to->unit != TimeUnit::kDay || w.lunar ||
          !StartsWithTu(line.substr(w.begin))) {
        continue;
      }
      const size_t at = w.begin;
      std::string name = WhatIsOrganised(NameBefore(line, at));
      // "Từ ngày 15/12/2025 đến hết ngày 15/3/2026, cao điểm từ ngày …": a
      // window inside another's sentence is named by its own part.
      // A part of two words at most ("cao điểm", "đợt 1") is a stage of
      // what the document is about.
      if (const size_t comma = name.rfind(", "); comma != std::string::npos &&
                                                 !FindTimes(name.substr(0, comma), Anchor()).empty()) {
        name = CapitalizeFirst(name.substr(comma + 2));
        if (Words(name).size() <= 2) name += " " + LowerFirstWord(HappeningOf(i));
      }
      // "Thời gian tổ chức tiêm: từ ngày …", "Thời gian thực hiện: Cao
      // điểm từ ngày …": the window of the item's heading, or of what the
      // document is about.
      // "2. Khám sức khỏe tại huyện: từ ngày …": the label names it, unless
      // it names a time ("Thời gian tổ chức tiêm:").
      if (name.size() < 8 && !AfterTimeLabel(line.substr(0, at))) {
        std::string label = LabelOf(doc_.TextAfterMarker(i), line, at);
        const std::vector<std::string_view> words = Words(label);
        if (lex_.event_time_labels().Match(lex_.IdsOf(words), 0) == 0) name = std::move(label);
      }
      if (name.size() < 8 || AfterTimeLabel(line.substr(0, at))) name = HappeningOf(i);
      if (name.empty()) continue;
      Add(name, DayOf(w.from, w.inferred_year), DayOf(*w.to, w.inferred_year), i, line,
          line.data() + w.begin + w.length);
    }
  }

  // The time expressions of line `i` (its text `line`), read once for the
  // finders that look at the whole line.
  const std::vector<TimeExpr>& TimesOf(size_t i, std::string_view line) {
    if (times_line_ != i) {
      times_ = FindTimes(line, Anchor());
      times_line_ = i;
    }
    return times_;
  }

  // What the time grammar reads against: the issue date, and the year the
  // document is about for a day that leaves its year out (Add says so).
  TimeAnchor Anchor() const {
    return TimeAnchor{cx_.issued, cx_.scope_year ? cx_.scope_year : cx_.issued_year()};
  }

  // The day of a span as Add takes it: no time of day, and no year when
  // the year was the anchor's (Add gives the scope's and flags it).
  static Date DayOf(const TimeSpan& s, bool inferred_year) {
    return Date(inferred_year ? 0 : s.first.year, s.first.month, s.first.day);
  }

  static bool StartsWithTu(std::string_view text) {
    return text.starts_with("từ") || text.starts_with("Từ") || text.starts_with("TỪ");
  }

  // `text` with its first word in lower case, unless it is written in
  // capitals (a short form: "UBND").
  static std::string LowerFirstWord(const std::string& text) {
    const size_t space = std::min(text.find(' '), text.size());
    const std::string first = text.substr(0, space);
    return IsUpperText(first) ? text : ToLower(first) + text.substr(space);
  }

  // The text of `line` from `at` (a pointer into it) on.
  static std::string_view Rest(std::string_view line, const char* at) {
    return line.substr(static_cast<size_t>(at - line.data()));
  }

  // The day the time grammar reads at the start of `text`: "07/4", "ngày
  // 20/5/2025", "16 giờ, thứ Ba, ngày 20/5", "15 tháng 3", a window's first
  // day. `forms` default to a day after a cue, so a bare "07/4" is read.
  // None for a month or a year, a lunar day (LunarDays'), a period named
  // from the issue date or a blank day. `end` receives where the
  // expression ends, `window` whether it is a window.
  std::optional<Date> DayAt(std::string_view text, const char** end, bool* window = nullptr,
                            TimeForms forms = TimeForms{.bare_day_month = true}) const {
    const std::optional<TimeExpr> t = ReadTimeAt(text, Anchor(), forms);
    if (!t || !IsDay(*t)) return std::nullopt;
    *end = text.data() + t->begin + t->length;
    if (window) *window = t->to.has_value();
    return DayOf(t->from, t->inferred_year);
  }

  static bool IsDay(const TimeExpr& t) {
    return t.from.unit == TimeUnit::kDay && !t.lunar && !t.relative && !t.blank;
  }

  // The expressions of line `i` (TimesOf) that lie within `clause`, a part
  // of it, their bytes counted from the clause's start.
  std::vector<TimeExpr> TimesIn(size_t i, std::string_view line, std::string_view clause) {
    const size_t from = static_cast<size_t>(clause.data() - line.data());
    std::vector<TimeExpr> out;
    for (const TimeExpr& t : TimesOf(i, line)) {
      if (t.begin < from || t.begin + t.length > from + clause.size()) continue;
      out.push_back(t);
      out.back().begin -= from;
    }
    return out;
  }

  // The first day among `times`.
  static std::optional<TimeExpr> FirstDay(const std::vector<TimeExpr>& times) {
    for (const TimeExpr& t : times) {
      if (IsDay(t)) return t;
    }
    return std::nullopt;
  }

  // The first month among `times`, those of `text`, that puts a happening
  // on: "vào tháng 9/2026", "trong tháng 12" — a month of its own, right
  // after "vào" or "trong".
  static std::optional<TimeExpr> MonthPutOn(const std::vector<TimeExpr>& times,
                                            std::string_view text) {
    for (const TimeExpr& t : times) {
      if (t.from.unit != TimeUnit::kMonth || t.to || t.relative || t.blank || t.lunar) continue;
      const std::string_view before = Trim(text.substr(0, t.begin));
      if (before.ends_with(" vào") || before.ends_with(" trong")) return t;
    }
    return std::nullopt;
  }

  // "phát động phong trào “Chủ nhật xanh” vào Chủ nhật tuần thứ hai hằng
  // tháng, bắt đầu từ ngày 09/3/2025": a weekday (or a day) of every week,
  // month or year, from the day named after it. One event that recurs,
  // named by the clause before. Without a first day it is a routine, no
  // event; after a deadline's cue it is a deadline ("trước ngày 20 hằng
  // tháng").
  void Recurring(size_t i, std::string_view line) {
    // The first day: "(bắt đầu) từ (ngày) 09/3/2025" later in the sentence.
    static const RE2 kFirst(R"(^[^.;]*?(?:(?i:bắt đầu)\s+)?((?i:từ)\s))");
    static const RE2 kDueCue(R"((?i:trước|chậm nhất|hạn chót)\s*$)");
    if (!HasTu(line)) return;
    for (const RecurringTime& r : FindRecurring(line, Anchor())) {
      if (r.every == Frequency::kDaily || r.every == Frequency::kQuarterly) continue;
      const size_t at = r.begin;
      if (RE2::PartialMatch(line.substr(0, at), kDueCue)) continue;
      re2::StringPiece rest(line.data() + r.begin + r.length, line.size() - r.begin - r.length), tu;
      if (!RE2::Consume(&rest, kFirst, &tu)) continue;
      const char* end = nullptr;
      const std::optional<Date> day = DayAt(Rest(line, tu.data()), &end);
      if (!day) continue;
      const Date first = *day;
      // "… tổ chức vào ngày 10 hằng tháng": "vào" puts it on the day.
      static const RE2 kVao(R"(\s*(?i:vào)$)");
      std::string name = NameBefore(line, at);
      RE2::Replace(&name, kVao, "");
      // "Sàn giao dịch việc làm định kỳ: tổ chức vào ngày 10 hằng tháng":
      // a verb of organising alone names nothing; the label before it does.
      if (OnlyOrganiser(name)) name = LabelOf(doc_.TextAfterMarker(i), line, at);
      if (name.size() < 6) continue;
      Add(name, first, std::nullopt, i, line, end, r.every);
    }
  }

  // "Lễ hội Đền Hùng … ngày 10/3 âm lịch", "… vào Rằm tháng Bảy", "mùng
  // 9 tháng Giêng năm Ất Tỵ": a lunar day as the time grammar reads it (a
  // numbered month is lunar only when the text says so, "âm lịch", "(AL)";
  // a month written as a word is lunar: an administrative text writes
  // solar months in figures), in the year its can-chi or figure gives,
  // else the scope's (inferred). The clause before names the event.
  void LunarDays(size_t i, std::string_view line) {
    // Only lines with a mark of a lunar day are read ("ằm tháng": "Rằm
    // tháng", "rằm tháng").
    static constexpr std::string_view kMarks[] = {"âm lịch", "Giêng", "Chạp", "ằm tháng",
                                                  "(AL)",    "mùng",  "mồng"};
    if (std::none_of(std::begin(kMarks), std::end(kMarks), [&](std::string_view mark) {
          return line.find(mark) != std::string_view::npos;
        })) {
      return;
    }
    for (const TimeExpr& t : TimesOf(i, line)) {
      if (!t.lunar || t.from.unit != TimeUnit::kDay) continue;
      AddLunar(i, line, t);
    }
  }

  // The event of the lunar day `t` read in line `i`.
  void AddLunar(size_t i, std::string_view line, const TimeExpr& t) {
    const Date& solar = t.from.first;
    if (BeforeIssue(solar)) return;
    const Event::Lunar lunar{t.lunar_day, t.lunar_month, t.lunar_year};
    std::string name = NameBefore(line, t.begin);
    // "ngày 07/02/2023 (Rằm tháng Giêng)": a gloss of the solar day before
    // it, which another finder reads.
    if (FindDate(name)) {
      glosses_.push_back({doc_.lines[i].page, doc_.lines[i].begin, DayOf(t.from, false), lunar});
      return;
    }
    if (name.size() < 6) return;
    const size_t before = out_.size();
    // "mùng 6 và mùng 7 tháng Giêng": two days, one event.
    std::optional<Date> last;
    if (t.to) last = DayOf(*t.to, false);
    Add(std::move(name), DayOf(t.from, false), last, i, line, line.data() + t.begin + t.length);
    if (out_.size() > before) {
      out_.back().inferred_year = t.inferred_year;
      out_.back().lunar = lunar;
    }
  }

  // "tham gia “Ngày hội Thanh niên tình nguyện hiến máu”, nhân dịp kỷ niệm
  // ngày thành lập Đoàn 26/3": a happening named in quotes, held on the
  // occasion of a day named after it, on that day.
  void Occasions(size_t i, std::string_view line) {
    // The quotation, "nhân (dịp)", and the first figure of the day the time
    // grammar reads.
    static const RE2 kOccasion(
        R"([“"]([^”"]{6,120})[”"]\s*,?\s*(?i:nhân dịp|nhân)\s+[^.;“”"\d]{0,80}?\s*-?\s*(\d))");
    // Most lines with "nhân" say "nhân dân", and most quotations are no
    // occasion's: a closing quote right before "nhân" must stand in it.
    if (!QuoteBeforeNhan(line)) return;
    re2::StringPiece in(line.data(), line.size()), quoted, figure;
    while (RE2::FindAndConsume(&in, kOccasion, &quoted, &figure)) {
      const std::string name(Trim(std::string_view(quoted.data(), quoted.size())));
      const std::vector<std::string_view> words = Words(name);
      if (words.empty() || !StartsWithCapital(words[0]) ||
          lex_.event_happenings().Match(lex_.IdsOf(words), 0) == 0) {
        continue;
      }
      const char* end = nullptr;
      const std::optional<Date> day = DayAt(Rest(line, figure.data()), &end);
      if (!day) continue;
      in = re2::StringPiece(end, line.data() + line.size() - end);
      Add(name, *day, std::nullopt, i, line, end);
    }
  }

  // "Kỳ thi được tổ chức trong các ngày 26, 27 và 28/6/2025": days listed
  // under one month, a window from the first to the last. The name is the
  // clause before, without the verb that puts it on.
  void DayLists(size_t i, std::string_view line) {
    for (const TimeExpr& t : TimesOf(i, line)) {
      if (!t.list) continue;
      const Date start = DayOf(t.from, t.inferred_year);
      std::string name = NameBefore(line, t.begin);
      // "trong các ngày", "trong hai ngày", "trong 03 ngày": the count is
      // no part of the name.
      static const RE2 kCount(R"(\s+(?:(?i:các|hai|ba|bốn|năm)|\d{1,2})$)");
      RE2::Replace(&name, kCount, "");
      // "Thời gian: tiêm vào các ngày 15, 16 và 17/3": after a label of
      // time, a verb alone names what the document is about.
      static const RE2 kPutOn(R"(\s*(?i:vào|trong|từ)$)");
      std::string bare = name;
      RE2::Replace(&bare, kPutOn, "");
      if (bare.size() < 8 && AfterTimeLabel(line.substr(0, ClauseStart(line, t.begin)))) {
        name = HappeningOf(i);
      }
      if (name.size() < 6 || BeforeIssue(start)) continue;
      Add(name, start, DayOf(*t.to, t.inferred_year), i, line,
          line.data() + t.begin + t.length);
    }
  }

  // A schedule row: its date cell ("Ngày 08/4 - 09/4/2025", "Tháng 3",
  // "Tổ chức trong tháng 1") and its name (RowName).
  void ScheduleRow(const TableRow& row) {
    std::vector<std::string_view> cells;
    for (size_t c = 0; c < row.cells.size(); ++c) cells.push_back(doc_.CellText(row, c));
    // The header names the columns; a table without one has none.
    const Table& table = doc_.tables[doc_.line_table[row.line]];
    static const std::vector<ColumnKind> kNoColumns;
    const bool below_header = table.has_header && &row != &table.rows.front();
    const std::vector<ColumnKind>& columns = below_header ? table.columns : kNoColumns;
    // A date by which the row's work is due ("Thời gian hoàn thành",
    // "Trước 15/7/2025") is a deadline's, not an event's; a window there
    // ("Từ 15/5 đến 30/6/2025") is the row's event still.
    static const RE2 kDue(R"(^\s*(?i:trước|chậm nhất|hạn)\b)");
    static const RE2 kWindow(R"(^\s*(?i:từ)\s)");
    std::optional<Date> start, end;
    size_t date_cell = cells.size();
    for (size_t c = 0; c < cells.size() && !start; ++c) {
      if ((c < columns.size() && columns[c] == ColumnKind::kDue &&
           !RE2::PartialMatch(cells[c], kWindow)) ||
          RE2::PartialMatch(cells[c], kDue)) {
        continue;
      }
      // The first day, window or month the time grammar reads in the cell;
      // a table writes bare days ("08/4 - 09/4/2025").
      if (!HasDigit(cells[c])) continue;
      for (const TimeExpr& t : FindTimes(cells[c], Anchor(), TimeForms{.bare_day_month = true})) {
        if (IsDay(t)) {
          start = DayOf(t.from, t.inferred_year);
          if (t.to) end = DayOf(*t.to, t.inferred_year);
        } else if (t.from.unit == TimeUnit::kMonth && !t.relative && !t.blank && !t.to) {
          start = Date(t.inferred_year ? 0 : t.from.first.year, t.from.first.month);
        } else {
          continue;
        }
        date_cell = c;
        break;
      }
    }
    if (!start) return;
    const std::string name = RowName(cells, date_cell, columns);
    if (name.size() < 6) return;
    const std::string_view line = doc_.LineText(row.line);
    Add(name, *start, end, row.line, line, line.data() + line.size());
  }

  // What a row schedules: its content cell ("NỘI DUNG HOẠT ĐỘNG"); in a
  // schedule by area ("Thôn | Thời gian | Địa điểm"), what the document is
  // about at the row's area ("… tại Thôn Cầu Cả"), or the area cell itself
  // when it names something else ("Tiêm bổ sung (các thôn)"); without a
  // header, the longest cell besides the date.
  std::string RowName(const std::vector<std::string_view>& cells, size_t date_cell,
                      const std::vector<ColumnKind>& columns) const {
    for (size_t c = 0; c < cells.size() && c < columns.size(); ++c) {
      if (columns[c] == ColumnKind::kContent) return std::string(Trim(cells[c]));
    }
    for (size_t c = 0; c < cells.size() && c < columns.size(); ++c) {
      if (columns[c] != ColumnKind::kArea) continue;
      const std::string_view area = Trim(cells[c]);
      const auto first = Words(area, 1);
      if (!subject_.empty() && !first.empty() && ColumnOf(first[0], lex_) == ColumnKind::kArea)
        return subject_ + " tại " + std::string(area);
      return std::string(area);
    }
    std::string_view name;
    for (size_t c = 0; c < cells.size(); ++c) {
      if (c != date_cell && Trim(cells[c]).size() > Trim(name).size()) name = cells[c];
    }
    return std::string(Trim(name));
  }

  void Add(std::string name, Date start, std::optional<Date> end, size_t line_index,
           std::string_view line, const char* match_end,
           std::optional<Frequency> recurrence = std::nullopt) {
    // Over before the year of issue: background ("nhân Ngày toàn dân
    // HMTN - 07/4/2020" in a 2023 plan), not something to schedule.
    const int last_year = end && end->year ? end->year : start.year;
    if (last_year != 0 && cx_.issued_year() != 0 && last_year < cx_.issued_year()) return;
    Event e;
    e.inferred_year = start.year == 0 && cx_.scope_year > 0;
    const int year = start.year ? start.year : cx_.scope_year;
    if (year == 0) return;
    // "Kỳ thi được tổ chức trong …", "… tổ chức vào lúc": the words that
    // put the happening on are no part of its name.
    // "… diễn ra trong 02 ngày,", "… trong thời gian": nor are a count of
    // its days and the word for the time.
    static const RE2 kPutOn(
        R"(\s*(?:(?i:được)\s+)?(?:(?i:tổ chức|diễn ra|thực hiện)\s*)?(?:(?i:trong|vào|từ|lúc)\s*)*)"
        R"((?:(?i:sáng|trưa|chiều|tối|đêm)\s*)?(?:(?:(?i:các|hai|ba)|\d{1,2})\s+)?(?:(?i:ngày|thời gian)\s*)?,?$)");
    if (std::string bare = name; RE2::Replace(&bare, kPutOn, "") && bare.size() >= 6) {
      name = std::move(bare);
    }
    e.name = std::move(name);
    e.recurrence = recurrence;
    e.start = InYear(start, year);
    if (end) e.end = InYear(*end, year);
    if (!IsValid(e.start) || (e.end && !IsValid(*e.end))) return;  // "31/02"
    const Span l = doc_.LineSpan(line_index);
    e.span = {l.page, l.begin, l.begin + static_cast<size_t>(match_end - line.data())};
    // Finders that read one happening off one line ("Ngày hội … được tổ
    // chức từ ngày 10/11 đến 15/11/2025": a named day, a window, a
    // happening) give one event: its shortest name, a window's end.
    for (Event& o : out_) {
      if (o.span.page != e.span.page || o.span.begin != e.span.begin || o.start != e.start) continue;
      if (e.name.size() < o.name.size()) o.name = std::move(e.name);
      if (!o.end) o.end = e.end;
      o.inferred_year = o.inferred_year && e.inferred_year;  // one of them wrote the year
      o.span.end = std::max(o.span.end, e.span.end);
      return;
    }
    // Annual observances named twice are one event; so is a happening
    // named short on one line and in full on another, on the same day
    // ("… trước ngày tổ chức Hội thi (ngày 20/5)", "Tổ chức Hội thi tay
    // nghề vào ngày 20/5"): the fuller name stays.
    if (!seen_.insert(MatchKey(e.name) + "|" + e.start.Iso()).second) return;
    const std::string key = MatchKey(e.name);
    for (Event& o : out_) {
      if (o.start != e.start) continue;
      const std::string other = MatchKey(o.name);
      if (other.starts_with(key)) return;
      if (key.starts_with(other)) {
        o.name = std::move(e.name);
        if (!o.end) o.end = e.end;
        return;
      }
    }
    out_.push_back(std::move(e));
  }

  const Document& doc_;
  const Lexicon& lex_;
  const DocumentContext& cx_;
  std::string subject_;
  // A lunar day glossing the solar day before it ("ngày 06/02/2025 (tức
  // mùng 9 tháng Giêng năm Ất Tỵ)"): the event another finder reads off
  // that line on that day carries it as its lunar note.
  struct Gloss {
    int page;
    size_t line_begin;
    Date solar;
    Event::Lunar lunar;
  };
  void NoteGlosses() {
    for (const Gloss& g : glosses_) {
      for (Event& e : out_) {
        if (e.span.page == g.page && e.span.begin == g.line_begin && e.start == g.solar &&
            !e.lunar) {
          e.lunar = g.lunar;
        }
      }
    }
  }

  std::vector<Event> out_;
  std::vector<Gloss> glosses_;
  size_t times_line_ = SIZE_MAX;
  std::vector<TimeExpr> times_;
  std::set<std::string> seen_;
};

}  // namespace

std::vector<Event> ExtractEvents(const Document& doc, const Lexicon& lex,
                                 const DocumentContext& cx) {
  static const RE2 kAbout(R"(^(?:V/v|Về việc|Về)\s+)");
  std::string subject = cx.title;
  RE2::Replace(&subject, kAbout, "");
  return EventFinder(doc, lex, cx, CapitalizeFirst(subject)).Run();
}

}  // namespace vanban
