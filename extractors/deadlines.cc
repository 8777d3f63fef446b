#include "extractors/deadlines.h"

#include <re2/re2.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <span>

#include "extractors/context.h"
#include "pipeline/language/dates.h"
#include "pipeline/language/figures.h"
#include "pipeline/language/lexicon.h"
#include "pipeline/language/normalize.h"
#include "pipeline/language/text_util.h"

namespace vanban {

namespace {

// Bytes after a cue within which its date's first figure or weekday stands
// ("trong quý III năm 2025", "trước 16 giờ ngày 25/4", "trước thứ Năm hằng
// tuần"): longer than any written-out lead the parser reads.
constexpr size_t kDueReach = 48;

// Whether the text after a cue may hold a due date: a figure, a weekday,
// a count of days in words from the signing ("mười lăm ngày kể từ"), or a
// period named from the issue date ("tháng này", "cuối năm").
bool MayHoldDue(std::string_view text) {
  if (HasDigit(text) || text.find("thứ") != std::string_view::npos ||
      text.find("hủ nhật") != std::string_view::npos ||  // "Chủ nhật", "chủ nhật"
      text.find("kể từ") != std::string_view::npos) {
    return true;
  }
  for (std::string_view relative : {"tháng này", "tháng tới", "tháng sau", "quý này", "quý tới",
                                    "quý sau", "cuối năm", "năm nay", "năm tới", "ngày mai", "quý I",
                                    "quý V", "Quý I", "Quý V", "QUÝ I", "QUÝ V"}) {
    if (text.find(relative) != std::string_view::npos) return true;
  }
  return false;
}

// The due date written right after a cue, at `text`'s start.
struct Due {
  Date date;  // with its time of day when one is given
  // The first day of the month or quarter named ("tháng 6/2025"): what
  // "trước" is before. Unset for a day.
  std::optional<Date> opens;
  bool inferred_year = false;
  // A whole year ("trong năm 2025"): a due date only after a verb of
  // completing ("hoàn thành trong năm 2025"); otherwise the year is the
  // scope of the work ("tham gia … trong năm 2024").
  bool whole_year = false;
  std::optional<Recurrence> every;
  size_t length = 0;
};

// Whether a verb of completing ends right before byte `cue_at` of `line`
// ("hoàn thành | trong năm 2025", "xong | trong năm 2025").
bool CompletedBy(std::string_view line, size_t cue_at) {
  static const RE2 kCompleting(R"((?i:hoàn thành|hoàn tất|xong|kết thúc|chậm nhất)\s*$)");
  return RE2::PartialMatch(line.substr(0, cue_at), kCompleting);
}

// Whether the due date at bytes [cue_at, due_end) of `line` dates a target
// rather than a deadline: its sentence aims ("phấn đấu") before the cue and
// sets a figure to reach ("đạt …") after the date ("Toàn tỉnh phấn đấu …
// trong tháng 4/2023 đạt hơn 15% tổng lượng máu"; ANNOTATION.md: a target
// with a date is a target).
bool DatesATarget(std::string_view line, size_t cue_at, size_t due_end) {
  static const RE2 kAim(R"((?i:phấn đấu)\s)");
  static const RE2 kReach(R"(^[^.;]*?(?:^|\s)(?i:đạt)\s+(?:(?i:tỷ lệ|trên|hơn|ít nhất|tối thiểu|khoảng)\s+)*\d)");
  const size_t stop = line.substr(0, cue_at).rfind(". ");
  const size_t sentence = stop == std::string_view::npos ? 0 : stop + 2;
  return RE2::PartialMatch(line.substr(sentence, cue_at - sentence), kAim) &&
         RE2::PartialMatch(line.substr(std::min(due_end, line.size())), kReach);
}

// The label a colon closes right before the clause that byte `cue_at` of
// `line` opens ("Sơ tuyển sức khỏe tại xã: | hoàn thành trước ngày …"),
// from byte `from` (past the line's marker); empty when there is none.
std::string LabelBeforeClause(std::string_view line, size_t from, size_t cue_at) {
  const std::string_view before = Trim(line.substr(from, cue_at - from));
  if (before.empty() || before.back() != ':') return "";
  const std::string_view label = Trim(before.substr(0, before.size() - 1));
  return label.find_first_of(".;:") == std::string_view::npos ? std::string(label) : "";
}

// Whether the clause of `line` that byte `cue_at` stands in, or the line,
// opens with a verb of reviewing a stage's results ("Tổng kết giai đoạn
// 2013-2015 | vào năm 2015; giai đoạn 2016-2020 | vào năm 2020", "Sơ kết 3
// năm thực hiện | vào năm 2027"): a year put after it is when the review
// is due.
bool ReviewedIn(std::string_view line, size_t cue_at) {
  static const RE2 kReviewing(
      R"(^\s*(?:[-+•]\s*|[a-zđ0-9.]{1,4}[.)]\s*)?(?:(?i:tổ chức)\s+)?(?i:tổng kết|sơ kết)\s)");
  const size_t from = ClauseStart(line, cue_at);
  return RE2::PartialMatch(line.substr(from, cue_at - from), kReviewing) ||
         RE2::PartialMatch(line.substr(0, cue_at), kReviewing);
}

class DueParser {
 public:
  // `issued`: the document's date, for years left out and recurrences.
  explicit DueParser(const std::optional<Date>& issued)
      : year_(issued ? issued->year : 0),
        month_(issued ? issued->month : 0),
        day_(issued ? issued->day : 0) {}

  // A time of day may come first: "16 giờ ngày 25/4/2025", "17h00, ngày
  // 30/6", "16:00 ngày 15/8", "16 giờ hằng ngày".
  std::optional<Due> Parse(const std::string_view after_cue) const {
    std::string_view text = after_cue;
    // A label's colon may stand between the cue and the date: "Thời gian
    // thực hiện: Tháng 12/2013", "Hạn chót: ngày 30/6".
    const size_t colon = text.find_first_not_of(' ');
    if (colon != std::string_view::npos && text[colon] == ':') text.remove_prefix(colon + 1);
    std::optional<Due> due = Recurring(text);
    if (!due) due = Dated(text);
    if (!due) due = Glossed(text);
    if (!due) return std::nullopt;
    // A month or quarter written without its year that had ended by the
    // issue date is no due date of this year ("trong tháng 1" in March); a
    // period with its year that had ended is what happened in it ("Trong 6
    // tháng đầu năm 2024, tổng thu … đạt …" in July 2024).
    if ((due->inferred_year || due->opens) && IsIssued() && ToDays(due->date) < Issued()) {
      return std::nullopt;
    }
    due->length += static_cast<size_t>(text.data() - after_cue.data());
    return due;
  }

 private:
  bool IsIssued() const { return year_ > 0 && month_ > 0 && day_ > 0; }

  // The issue date as far as it was read (a blank day leaves a month), and
  // its year for a day or month written without one.
  TimeAnchor Anchor() const {
    TimeAnchor anchor;
    if (year_ > 0) anchor.issued = Date(year_, month_, day_);
    anchor.year = year_;
    return anchor;
  }

  // The first day, solar and written in figures or words, the time grammar
  // finds in `text` ("… tổ chức Hội thi (ngày 20/5/2025)", "… 20/5").
  std::optional<TimeExpr> FirstDay(std::string_view text) const {
    for (const TimeExpr& t :
         FindTimes(text, Anchor(), TimeForms{.bare_day_month = true, .intervals = false})) {
      if (t.from.unit == TimeUnit::kDay && !t.relative && !t.lunar && !t.blank) return t;
    }
    return std::nullopt;
  }

  // A day, month, quarter, half-year or year at `text`'s start, as the
  // time grammar reads it after a cue: "(16 giờ 00, thứ Hai,) ngày
  // 20/01/2025", "15/6", "ngày mồng 9 tháng 3", "tháng 6/2025", "quý II",
  // "6 tháng đầu năm 2025", "năm 2025.", "tháng tới", "cuối năm".
  std::optional<Due> Dated(std::string_view text) const {
    const std::optional<TimeExpr> e = ReadTimeAt(
        text, Anchor(), TimeForms{.bare_day_month = true, .bare_year = true, .intervals = false});
    // A run of years is a scope; a day left blank, no day.
    if (!e || e->to || e->blank) return std::nullopt;
    const TimeSpan& span = e->from;
    const std::string_view after = text.substr(e->begin + e->length);
    Due due;
    due.inferred_year = e->inferred_year;
    due.length = e->begin + e->length;
    if (span.unit == TimeUnit::kDay) {
      due.date = span.first;
    } else if (e->relative && span.unit == TimeUnit::kYear) {
      due.date = span.last;  // "năm nay": by its end
    } else if (span.unit == TimeUnit::kYear) {
      // "hoàn thành trong năm 2025.": by the year's end, where the year
      // ends the clause; not a school year or a scope the sentence goes on
      // from ("trong năm 2023 và giai đoạn 2023 - 2027"). Due::whole_year
      // says which verb may lead it.
      const size_t next = after.find_first_not_of(' ');
      if (next != std::string_view::npos && std::string_view(".;,").find(after[next]) ==
                                                std::string_view::npos) {
        return std::nullopt;
      }
      due.date = span.last;
      due.opens = span.first;
      due.whole_year = true;
    } else {
      // "trong tháng này và các tháng tiếp theo", "từ tháng này trở đi":
      // work that goes on, no due date.
      static const RE2 kOngoing(R"(^\s*(?:và\s+các|trở\s+đi|tiếp\s+theo))");
      if (e->relative && RE2::PartialMatch(after, kOngoing)) return std::nullopt;
      due.date = span.last;
      due.opens = span.first;
    }
    return due;
  }

  // A day reckoned in words, then glossed with its date: "chậm nhất là
  // ngày cuối cùng của tháng thứ 3 kể từ ngày kết thúc năm dương lịch, tức
  // là ngày 31/3/2026", "trước ngày làm việc cuối cùng của năm (tức ngày
  // 31/12/2025)".
  std::optional<Due> Glossed(std::string_view text) const {
    static const RE2 kGloss(R"(^[^.;]{0,160}?[\s(](?i:tức)(?:\s+(?i:là))?\s+)");
    re2::StringPiece in(text.data(), text.size());
    if (text.find("tức") == std::string_view::npos || !RE2::Consume(&in, kGloss)) {
      return std::nullopt;
    }
    const std::string_view rest(in.data(), in.size());
    std::optional<Due> due = Dated(rest);
    if (due) due->length += static_cast<size_t>(rest.data() - text.data());
    return due;
  }

  // A deadline that recurs, as the time grammar reads it ("16 giờ hằng
  // ngày", "thứ Năm hằng tuần", "ngày 25 hằng tháng", "ngày 15 của tháng
  // cuối quý", "31/3 hằng năm"), due first when it first comes round after
  // the issue date; or one counted in days before a named day (Counted).
  std::optional<Due> Recurring(std::string_view text) const {
    const std::optional<RecurringTime> r = ReadRecurringAt(text, Anchor());
    if (!r || !r->next) return Counted(text);
    Due due;
    due.date = *r->next;
    due.every = Recurrence{r->every};
    switch (r->every) {
      case Frequency::kDaily:
        break;
      case Frequency::kWeekly:
        due.every->weekday = r->weekday;
        break;
      case Frequency::kMonthly:
      case Frequency::kQuarterly:
        due.every->day = r->day;
        break;
      case Frequency::kYearly:
        due.every->day = r->day;
        due.every->month = r->month;
        break;
    }
    due.length = r->begin + r->length;
    return due;
  }

  // A due date counted in days before a day the clause then names, within
  // a few words: "07 ngày trước ngày tổ chức Hội thi (ngày 20/5/2025)".
  // (Days counted from the issue date are the time grammar's: Dated.)
  std::optional<Due> Counted(std::string_view text) const {
    static const RE2 kDaysBefore(R"(^\s*ngày\s*trước\s*([^;.]{0,80}))");
    re2::StringPiece after_count, named;
    const int count = CountAt(text, &after_count);
    if (count == 0 || !RE2::Consume(&after_count, kDaysBefore, &named)) return std::nullopt;
    // ANNOTATION.md: "chậm nhất 07 ngày trước ngày tổ chức" = that day − 7.
    const std::optional<TimeExpr> day = FirstDay(std::string_view(named.data(), named.size()));
    if (!day) return std::nullopt;
    Due due;
    due.date = FromDays(ToDays(day->from.first) - std::chrono::days(count));
    due.inferred_year = day->inferred_year;
    due.length = static_cast<size_t>(named.data() - text.data()) + day->begin + day->length;
    return due;
  }

  std::chrono::sys_days Issued() const { return ToDays(Date(year_, month_, day_)); }

  // A count of days at `text`'s start, in digits ("15") or words ("mười
  // lăm"); `rest` is set to the text after it. 0 when there is none.
  static int CountAt(std::string_view text, re2::StringPiece* rest) {
    size_t skip = text.find_first_not_of(' ');
    if (skip == std::string_view::npos) return 0;
    size_t used = 0;
    int n = 0;
    if (IsDigit(text[skip])) {
      while (skip + used < text.size() && used < 3 && IsDigit(text[skip + used])) {
        n = n * 10 + (text[skip + used] - '0');
        ++used;
      }
    } else if (const std::optional<int> spelled = SpelledNumber(text.substr(skip), &used)) {
      n = *spelled;
    }
    *rest = re2::StringPiece(text.data() + skip + used, text.size() - skip - used);
    return n;
  }

  int year_, month_, day_;
};

// A due date that is no deadline of this document: a day, its year
// written, long before the document's own (a criterion or history: "người
// hoạt động cách mạng trước ngày 01/01/1945"), or before it in a clause
// that says the work is done ("đã hoàn thành trước ngày 15/01/2025"), or
// recounted in a sentence that opens with its own date ("Ngày 19/9/2013,
// Văn phòng Chính phủ có văn bản … trước ngày 30/9/2013"). A deadline a
// few months back is kept: the date check warns of it (a mistyped year).
bool IsBackground(const Due& due, const DocumentContext& cx, std::string_view line,
                  size_t cue_at) {
  const size_t stop = line.substr(0, cue_at).rfind(". ");
  const size_t sentence = stop == std::string_view::npos ? 0 : stop + 2;
  if (cx.issued && cx.issued->day > 0 && !due.inferred_year && !due.every && due.date.day > 0) {
    const auto due_days = ToDays(Date(due.date.year, due.date.month, due.date.day));
    if (due_days < ToDays(*cx.issued) - std::chrono::days(366)) return true;
    static const RE2 kDone(R"((?:^|\s)(?i:đã)\s)");
    if (due_days < ToDays(*cx.issued) &&
        RE2::PartialMatch(line.substr(sentence, cue_at - sentence), kDone)) {
      return true;
    }
  }
  size_t date_at = 0;
  return FindDate(line.substr(sentence, cue_at - sentence), &date_at) && date_at < 20;
}

// The colon of a label whose cue ends at byte `from` of `line` ("Hạn chót
// | nộp hồ sơ: 17 giờ …"): within a few words naming the work, with no
// figure or other punctuation before it; npos when there is none.
size_t LabelColon(std::string_view line, size_t from) {
  constexpr size_t kLongestWork = 60;  // bytes: "nộp hồ sơ đăng ký dự thi"
  const size_t colon = line.find(':', from);
  if (colon == std::string_view::npos || colon - from > kLongestWork) return std::string_view::npos;
  const std::string_view work = line.substr(from, colon - from);
  if (HasDigit(work) || work.find_first_of(",;.()") != std::string_view::npos) {
    return std::string_view::npos;
  }
  return colon;
}

// Whether the cue at byte `cue_at` closes a window opened right before it
// by "từ" and a day ("từ ngày 01/4 đến hết ngày 30/4"): the window is an
// event's, its end no due date.
bool EndsAWindow(std::string_view line, size_t cue_at) {
  const size_t from = ClauseStart(line, cue_at);
  const std::string_view before = Trim(line.substr(from, cue_at - from));
  if (!HasDigit(before)) return false;
  // Only the shape matters here: any year lets a day without one be read.
  const std::vector<TimeExpr> times = FindTimes(before, TimeAnchor{.year = 2000});
  if (times.empty()) return false;
  const TimeExpr& last = times.back();
  const std::string_view day = before.substr(last.begin);
  return last.from.unit == TimeUnit::kDay && !last.to && last.begin + last.length == before.size() &&
         (day.starts_with("từ") || day.starts_with("Từ"));
}

// The heading of the section line `i` stands in, past the item it opens:
// what a "Thời gian thực hiện" item gives a date to.
std::string SectionHeading(const Document& doc, size_t i) {
  const Block& item = doc.ItemOf(i);
  if (item.kind != Block::Kind::kItem || item.parent < 0) return "";
  const Block& section = doc.blocks[item.parent];
  if (section.kind != Block::Kind::kItem) return "";
  return std::string(Trim(doc.TextAfterMarker(section.begin)));
}

// Words of one of `list`'s phrases that end right before word `k`, or 0.
size_t PhraseEndingAt(std::span<const WordId> ids, size_t k, const PhraseList& list) {
  for (const Phrase& p : list) {
    const size_t n = p.word_ids.size();
    if (n <= k && MatchPhrase(ids, k - n, p) == n) return n;
  }
  return 0;
}

// Reads, in one line, the body a deadline's action reports or sends to.
class RecipientReader {
 public:
  RecipientReader(const Document& doc, const Lexicon& lex, const LineMentions& mentions,
                  const ShortNames& defined, size_t li)
      : lex_(lex),
        defined_(defined),
        line_(doc.LineText(li)),
        words_(doc.line_words[li]),
        ids_(doc.line_ids[li]),
        mentions_(li < mentions.size() ? mentions[li] : kNone) {}

  // In a clause of the line, bytes [from, to), whose deadline cue is at
  // `cue`: the body named after the last reporting verb before the cue
  // that names one, right after the verb or after a word pointing to it
  // within a few words ("báo cáo kết quả về Sở Y tế", "gửi báo cáo trước
  // ngày 30/6 về Sở Y tế"); a second body joined by "và" and a "(qua …)"
  // after it go with it.
  std::optional<std::string> Find(size_t from, size_t cue, size_t to) const {
    for (size_t v = words_.size(); v-- > 0;) {
      if (Offset(v) < from || Offset(v) >= cue) continue;
      const size_t n = lex_.report_verbs().Match(ids_, v);
      if (n == 0) continue;
      if (auto body = BodyAfter(v + n, to)) return body;
    }
    return std::nullopt;
  }

 private:
  // What is sent may come between the verb and the word pointing to the
  // body: "báo cáo kết quả hưởng ứng “Ngày toàn dân HMTN” về …".
  static constexpr size_t kMaxObjectWords = 12;

  std::optional<std::string> BodyAfter(size_t w, size_t to) const {
    const AgencyMention* m = MentionAt(w, to);
    for (size_t k = w + 1; !m && k < words_.size() && k <= w + kMaxObjectWords; ++k) {
      if (PhraseEndingAt(ids_, k, lex_.report_pointers())) m = MentionAt(k, to);
    }
    if (!m) return std::nullopt;
    std::string out = Resolve(m->name, defined_);
    // "báo cáo Ủy ban nhân dân xã và Trung tâm Dịch vụ nông nghiệp huyện".
    const size_t after = WordAt(m->end);
    if (after < words_.size() && ids_[after] == lex_.function_words().va) {
      if (const AgencyMention* second = MentionAt(after + 1, to)) {
        out += " và " + Resolve(second->name, defined_);
        m = second;
      }
    }
    // "(qua Phòng Y tế)": the channel, as written.
    const std::string_view rest = Trim(line_.substr(m->end, to - std::min(to, m->end)));
    if (rest.starts_with("(qua ")) {
      if (const size_t close = rest.find(')'); close != std::string_view::npos) {
        out += " " + std::string(rest.substr(0, close + 1));
      }
    }
    return out;
  }

  // The body named from word `w` on, ending before byte `to`, or null.
  const AgencyMention* MentionAt(size_t w, size_t to) const {
    if (w >= words_.size()) return nullptr;
    for (const AgencyMention& m : mentions_) {
      if (m.begin == Offset(w) && m.end <= to) return &m;
    }
    return nullptr;
  }

  size_t Offset(size_t w) const { return static_cast<size_t>(words_[w].data() - line_.data()); }

  // The first word starting at or after byte `at`.
  size_t WordAt(size_t at) const {
    size_t k = 0;
    while (k < words_.size() && Offset(k) < at) ++k;
    return k;
  }

  static inline const std::vector<AgencyMention> kNone;
  const Lexicon& lex_;
  const ShortNames& defined_;
  std::string_view line_;
  const std::vector<std::string_view>& words_;
  const std::vector<WordId>& ids_;
  const std::vector<AgencyMention>& mentions_;
};

const Task* TaskHolding(const std::vector<Task>& tasks, const Span& s) {
  for (const Task& t : tasks) {
    if (t.span.page == s.page && t.span.begin <= s.begin && s.end <= t.span.end) return &t;
  }
  return nullptr;
}

}  // namespace

// The end of the last period a parenthesis at the end of an item names,
// when it opens with one: "(trong năm 2013)", "(Quý IV/2013, Quý I/2014 và
// thường xuyên)", "(tháng 12/2025)"; the bytes of the parenthesis in `line`.
std::optional<Date> TimeInParentheses(std::string_view line, size_t* open, size_t* close) {
  std::string_view t = line;
  while (!t.empty() && std::string_view(" .;,/").find(t.back()) != std::string_view::npos) {
    t.remove_suffix(1);
  }
  if (t.empty() || t.back() != ')') return std::nullopt;
  const size_t paren = t.rfind('(');
  if (paren == std::string_view::npos) return std::nullopt;
  const std::string_view inner = t.substr(paren + 1, t.size() - paren - 2);
  // The parenthesis opens with its period (not a remark that mentions
  // one); more may follow it. A year or month is due at its precision, a
  // quarter or half on its last day.
  std::string_view head = Trim(inner);
  for (std::string_view lead : {"trong ", "Trong "}) {
    if (head.starts_with(lead)) head.remove_prefix(lead.size());
  }
  const size_t opens_at = static_cast<size_t>(head.data() - inner.data());
  std::optional<Date> last;
  for (const TimeExpr& t : FindTimes(inner, TimeAnchor{})) {
    if (!last && t.begin != opens_at) return std::nullopt;
    if (t.to || t.until || t.from.unit == TimeUnit::kDay || t.blank) continue;
    const TimeSpan& span = t.from;
    const Date end = span.unit == TimeUnit::kQuarter || span.unit == TimeUnit::kHalfYear
                         ? span.last
                         : span.written;
    if (!last || end.year > last->year || (end.year == last->year && end.month > last->month)) {
      last = end;
    }
  }
  if (!last) return std::nullopt;
  *open = paren;
  *close = t.size();
  return last;
}

// "1. Hoàn thành việc xây dựng … văn bản hướng dẫn (trong năm 2013).": an
// item that ends with its time in parentheses is due by the end of the
// last period named, unless a cue inside the parenthesis already dated it.
void AddTimeInParentheses(const Document& doc, const DocumentContext& cx,
                          const std::vector<Task>& tasks, size_t i, std::vector<Deadline>* out) {
  if (!doc.markers[i].numbered() && doc.markers[i].kind != MarkerKind::kBullet) return;
  const std::string_view line = doc.LineText(i);
  size_t open = 0, close = 0;
  const std::optional<Date> due = TimeInParentheses(line, &open, &close);
  if (!due || (cx.issued && due->year < cx.issued->year)) return;
  const Span l = doc.LineSpan(i);
  const Span paren{l.page, l.begin + open, l.begin + close};
  if (std::any_of(out->begin(), out->end(), [&](const Deadline& d) {
        return d.span.page == paren.page && d.span.begin >= paren.begin && d.span.end <= paren.end;
      })) {
    return;
  }
  Deadline d;
  d.due = *due;
  d.kind = DeadlineKind::kBy;
  d.span = paren;
  d.sentence = l;
  const size_t from = std::max(ClauseStart(line, open), doc.markers[i].text_begin);
  d.action = std::string(Trim(line.substr(from, open - from)));
  if (const Task* t = TaskHolding(tasks, d.span)) d.responsible = t->lead;
  out->push_back(std::move(d));
}

// The column of `table` whose header is of `kind`, or npos.
size_t ColumnOfKind(const Table& table, ColumnKind kind) {
  if (!table.has_header) return std::string_view::npos;
  const auto it = std::find(table.columns.begin(), table.columns.end(), kind);
  return it == table.columns.end() ? std::string_view::npos
                                   : static_cast<size_t>(it - table.columns.begin());
}

// A table with a column of when each row's work is due ("Thời gian hoàn
// thành", "Thời hạn"): every row with a date there is a deadline of the
// row's work ("Tháng 4/2025" by its end, "Trước 15/7/2025" before it),
// done by the row's lead.
void AddTableDeadlines(const Document& doc, const DueParser& parser,
                       const std::vector<Task>& tasks, std::vector<Deadline>* out) {
  static const RE2 kBefore(R"(^\s*(?i:trước)\s*)");
  static const RE2 kBy(R"(^\s*(?i:chậm nhất|hạn chót|hoàn thành)\s*(?i:là|vào|trong)?\s*)");
  for (const Table& table : doc.tables) {
    const size_t due_column = ColumnOfKind(table, ColumnKind::kDue);
    if (due_column == std::string_view::npos) continue;
    const size_t content = ColumnOfKind(table, ColumnKind::kContent);
    for (size_t r = 1; r < table.rows.size(); ++r) {
      const TableRow& row = table.rows[r];
      if (due_column >= row.cells.size()) continue;
      const std::string_view cell = doc.CellText(row, due_column);
      re2::StringPiece rest(cell.data(), cell.size());
      const bool before = RE2::Consume(&rest, kBefore);
      if (!before) RE2::Consume(&rest, kBy);
      const std::optional<Due> due = parser.Parse(std::string_view(rest.data(), rest.size()));
      if (!due || due->every) continue;
      Deadline d;
      d.kind = before ? DeadlineKind::kBefore : DeadlineKind::kBy;
      d.due = before && due->opens ? FromDays(ToDays(*due->opens) - std::chrono::days(1)) : due->date;
      d.inferred_year = due->inferred_year;
      const Span line = doc.LineSpan(row.line);
      const TableCell& at = row.cells[due_column];
      d.span = {line.page, line.begin + at.begin, line.begin + at.begin + cell.size()};
      d.sentence = line;
      if (content < row.cells.size()) d.action = std::string(Trim(doc.CellText(row, content)));
      if (const Task* t = TaskHolding(tasks, d.span)) {
        d.responsible = t->lead;
        if (d.action.empty()) d.action = t->action;
      }
      out->push_back(std::move(d));
    }
  }
}

// Whether a report verb ("báo cáo", "gửi", …) stands before word `w` of
// line `i`, in its clause: what a recurrence without a cue must follow to
// be a report's due day ("báo cáo … hằng tuần vào thứ Sáu"), not a
// routine's ("chợ phiên họp vào sáng Chủ nhật hằng tuần").
bool ReportedBefore(const Document& doc, const Lexicon& lex, size_t i, size_t w) {
  const auto& words = doc.line_words[i];
  const auto& ids = doc.line_ids[i];
  const std::string_view line = doc.LineText(i);
  const size_t from = ClauseStart(line, static_cast<size_t>(words[w].data() - line.data()));
  for (size_t k = 0; k < w; ++k) {
    if (static_cast<size_t>(words[k].data() - line.data()) >= from &&
        lex.report_verbs().Match(ids, k) > 0) {
      return true;
    }
  }
  return false;
}

std::vector<Deadline> ExtractDeadlines(const Document& doc, const Lexicon& lex,
                                       const DocumentContext& cx, const std::vector<Task>& tasks) {
  const DueParser parser(cx.issued);
  std::vector<Deadline> out;
  AddTableDeadlines(doc, parser, tasks, &out);
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    if (doc.roles[i] != Role::kBody) continue;
    // A row of a table with a column of due dates: AddTableDeadlines'.
    if (doc.RowAt(i) && ColumnOfKind(doc.tables[doc.line_table[i]], ColumnKind::kDue) !=
                            std::string_view::npos) {
      continue;
    }
    const std::string_view line = doc.LineText(i);
    const auto& words = doc.line_words[i];
    const auto& ids = doc.line_ids[i];
    for (size_t w = 0; w < words.size(); ++w) {
      for (const Phrase* cue : lex.deadline_cues().StartingWith(ids[w])) {
        const size_t n = MatchPhrase(ids, w, *cue);
        if (n == 0 || w + n > words.size()) continue;
        const size_t cue_at = static_cast<size_t>(words[w].data() - line.data());
        const bool recurring = cue->value == static_cast<uint8_t>(DeadlineKind::kRecurring);
        if (recurring && !ReportedBefore(doc, lex, i, w)) continue;
        size_t date_at = recurring ? cue_at
                         : w + n < words.size()
                             ? static_cast<size_t>(words[w + n].data() - line.data())
                             : line.size();
        // Most cues ("trong", "trước", "về") stand in sentences that give no
        // due date, and the parser's patterns are the costly part.
        if (!MayHoldDue(line.substr(date_at, kDueReach))) continue;
        auto due = parser.Parse(line.substr(date_at));
        std::string_view work;  // what a label names between its cue and colon
        if (!due && lex.deadline_labels().Match(ids, w) == n) {
          const size_t colon = LabelColon(line, date_at);
          if (colon != std::string_view::npos) {
            work = Trim(line.substr(date_at, colon - date_at));
            date_at = colon + 1;
            due = parser.Parse(line.substr(date_at));
          }
        }
        if (!due || (recurring && !due->every) || IsBackground(*due, cx, line, cue_at) ||
            DatesATarget(line, cue_at, date_at + due->length) ||
            EndsAWindow(line, cue_at) ||
            (due->whole_year && !CompletedBy(line, cue_at) &&
             !(cue->text == "vào năm" && ReviewedIn(line, cue_at)))) {
          continue;
        }
        // A schedule's month without its year ("Tổ chức trong tháng 1") dates
        // a happening; a table's due dates come from its due column.
        if (due->inferred_year && due->opens && doc.line_table[i] >= 0) continue;
        Deadline d;
        d.due = due->date;
        d.kind = due->every ? DeadlineKind::kRecurring : static_cast<DeadlineKind>(cue->value);
        // "trước tháng 6/2025": before June begins.
        if (d.kind == DeadlineKind::kBefore && due->opens) {
          d.due = FromDays(ToDays(*due->opens) - std::chrono::days(1));
        }
        d.recurrence = due->every;
        d.inferred_year = due->inferred_year;
        const Span l = doc.LineSpan(i);
        d.span = {l.page, l.begin + cue_at, l.begin + date_at + due->length};
        d.sentence = l;
        const size_t from = std::max(ClauseStart(line, cue_at), doc.markers[i].text_begin);
        d.action = std::string(Trim(line.substr(from, cue_at - from)));
        while (!d.action.empty() && (d.action.back() == ',' || d.action.back() == '(')) {
          d.action.pop_back();
        }
        // "Hạn chót nộp hồ sơ: …": the work the label names.
        if (d.action.empty()) d.action = std::string(work);
        // "1. Sơ tuyển sức khỏe tại xã: hoàn thành trước ngày …": the label
        // before the clause the cue opens.
        if (d.action.empty()) d.action = LabelBeforeClause(line, doc.markers[i].text_begin, cue_at);
        // "3. Thời gian thực hiện: Tháng 12/2013": the work is the section's.
        if (d.action.empty()) d.action = SectionHeading(doc, i);
        if (const Task* t = TaskHolding(tasks, d.span)) d.responsible = t->lead;
        d.report_to = RecipientReader(doc, lex, cx.mentions, cx.short_names, i)
                          .Find(from, cue_at, ClauseEnd(line, date_at + due->length));
        out.push_back(std::move(d));
        w += n;
        break;
      }
    }
    AddTimeInParentheses(doc, cx, tasks, i, &out);
  }
  return out;
}

}  // namespace vanban
