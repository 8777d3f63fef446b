#include "pipeline/language/time_grammar.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "pipeline/language/figures.h"
#include "pipeline/language/lunar.h"

namespace vanban {

namespace {

// ---------------------------------------------------------------- tokens

enum class TokenKind { kEnd, kNumber, kWord, kPunct };

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::string_view text;  // as written
  size_t begin = 0;
  size_t end = 0;
  int value = 0;          // a number's value (up to nine digits)
  bool space_before = false;
};

// One code point of UTF-8 at `s[i]`; `len` receives its bytes (1 for a
// stray byte).
char32_t Decode(std::string_view s, size_t i, size_t* len) {
  const auto b = static_cast<unsigned char>(s[i]);
  size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
  if (i + n > s.size()) n = 1;
  char32_t cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *len = n;
  return cp;
}

void Encode(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The letters of Vietnamese (precomposed or with combining marks) and of
// the Latin script around them.
bool IsLetter(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
         (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x300 && cp <= 0x36F) ||
         (cp >= 0x1E00 && cp <= 0x1EFF);
}

// Lower case of a Vietnamese letter; the text is NFC (normalize.h), so
// the few blocks its capitals come from are enough.
char32_t Lower(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  if (((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177) ||
       (cp >= 0x1EA0 && cp <= 0x1EFF)) && cp % 2 == 0) {
    return cp + 1;
  }
  if (cp == 0x1A0 || cp == 0x1AF) return cp + 1;  // Ơ, Ư
  return cp;
}

// `word` in lower case.
std::string Folded(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (size_t i = 0, len = 0; i < word.size(); i += len) Encode(Lower(Decode(word, i, &len)), &out);
  return out;
}

// Whether `word` is `lower` (a word in lower case) in any case. Upper and
// lower case of a Vietnamese letter are as long in UTF-8, so the letters
// stand at the same bytes, and most comparisons end at the first.
bool SameWord(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size();) {
    const auto b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {  // an ASCII letter
      if (static_cast<char>(b | 0x20) != lower[i]) return false;
      ++i;
      continue;
    }
    size_t len = 0;
    std::string letter;
    Encode(Lower(Decode(word, i, &len)), &letter);
    if (lower.compare(i, len, letter) != 0) return false;
    i += len;
  }
  return true;
}

// The tokens of a text, at most `max_tokens` of them (a reader at the
// start of a long line needs a few, not the line), then an end token that
// every index past them reads.
class Tokens {
 public:
  Tokens(std::string_view text, size_t max_tokens) : text_(text) {
    tokens_.reserve(std::min(max_tokens, text.size() / 2 + 2));
    while (tokens_.size() < max_tokens) {
      tokens_.push_back(Next());
      if (tokens_.back().kind == TokenKind::kEnd) return;
    }
    Token end;
    end.begin = end.end = pos_;
    tokens_.push_back(end);
  }

  const Token& operator[](size_t i) const { return tokens_[std::min(i, tokens_.size() - 1)]; }

  std::string_view text() const { return text_; }

 private:
  Token Next() {
    Token t;
    const size_t from = pos_;
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
    t.space_before = pos_ > from || pos_ == 0;
    t.begin = pos_;
    if (pos_ >= text_.size()) {
      t.end = pos_;
      return t;
    }
    size_t len = 0;
    char32_t cp = Decode(text_, pos_, &len);
    if (cp >= '0' && cp <= '9') {
      t.kind = TokenKind::kNumber;
      size_t digits = 0;
      while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
        if (++digits <= 9) t.value = t.value * 10 + (text_[pos_] - '0');
        ++pos_;
      }
    } else if (IsLetter(cp)) {
      t.kind = TokenKind::kWord;
      while (pos_ < text_.size()) {
        const auto b = static_cast<unsigned char>(text_[pos_]);
        if (b < 0x80) {  // most letters of a word are ASCII: no decoding
          if (!((b | 0x20) >= 'a' && (b | 0x20) <= 'z')) break;
          ++pos_;
          continue;
        }
        if (!IsLetter(Decode(text_, pos_, &len))) break;
        pos_ += len;
      }
    } else {
      t.kind = TokenKind::kPunct;
      pos_ += len;
    }
    t.end = pos_;
    t.text = text_.substr(t.begin, t.end - t.begin);
    return t;
  }

  std::string_view text_;
  size_t pos_ = 0;
  std::vector<Token> tokens_;
};

// ---------------------------------------------------------------- pieces

// A span as written, before the anchor fills in what is left out.
struct Piece {
  TimeUnit unit = TimeUnit::kDay;
  int year = 0;  // 0: not written
  int month = 0;
  int day = 0;   // 0 with a day unit: "ngày 15" reads only its day
  int quarter = 0;
  int half = 0;  // 1: the first six months, 2: the last
  int hour = -1;
  int minute = 0;
  int weekday = 0;
  bool lunar = false;
  bool blank = false;     // day (and month) left blank for the signer
  bool relative = false;  // resolved from the issue date already
  std::optional<Date> resolved;  // a day already reckoned (relative, lunar)
};

bool PlausibleYear(int y) { return y >= 1900 && y <= 2200; }

// ISO weekday of the word after "thứ"; 0 for another.
int WeekdayWord(std::string_view w) {
  static constexpr std::string_view kDays[] = {"hai", "ba", "tư", "năm", "sáu", "bảy"};
  for (int i = 0; i < 6; ++i) {
    if (w == kDays[i]) return i + 1;
  }
  return 0;
}

// A month written as a word, which in these documents is a lunar month
// ("tháng Giêng", "Rằm tháng Bảy", "mùng 10 tháng Ba", "tháng Chạp").
int LunarMonthWord(std::string_view w, std::string_view next, bool* two_words) {
  *two_words = false;
  if (w == "giêng") return 1;
  if (w == "chạp") return 12;
  static constexpr std::string_view kNames[] = {"một", "hai", "ba",  "tư",  "năm",  "sáu",
                                                "bảy", "tám", "chín", "mười"};
  if (w == "mười" && (next == "một" || next == "hai")) {
    *two_words = true;
    return next == "một" ? 11 : 12;
  }
  for (int i = 0; i < 10; ++i) {
    if (w == kNames[i]) return i + 1;
  }
  return 0;
}

class Parser {
 public:
  // `max_tokens`: how far a reader may look (every token for a finder).
  Parser(std::string_view text, const TimeAnchor& anchor, TimeForms forms,
         size_t max_tokens = SIZE_MAX)
      : t_(text, max_tokens), anchor_(anchor), forms_(forms) {}

  // The expression at token `i`; `next` receives the token after it.
  std::optional<TimeExpr> ExprAt(size_t i, size_t* next) {
    size_t k = i;
    if (auto run = YearRun(k, &k)) return Finish(*run, i, k, next);
    // "từ", "đến" lead an interval or its end: a reader of single spans
    // reads neither ("trong thời gian từ ngày 01/3 đến …" sets no one day).
    if (!forms_.intervals && (Is(k, "từ") || Is(k, "đến") || Is(k, "tới"))) {
      return std::nullopt;
    }
    const bool from = Word(k, "từ");
    bool until = false;
    if (!from && (Word(k, "đến") || Word(k, "tới"))) {
      Word(k, "hết");
      until = true;
    }
    // After "từ" a day may leave its year, and "ngày", to the end: "từ
    // 15/3 - 20/3/2025".
    const bool bare = forms_.bare_day_month;
    forms_.bare_day_month = bare || from || until;
    std::optional<Piece> a = SpanAt(k, &k, /*day_alone=*/forms_.intervals && !until);
    forms_.bare_day_month = bare;
    if (!a) return std::nullopt;
    TimeExpr e;
    std::optional<Piece> b;
    if (forms_.intervals && !until) {
      b = IntervalEnd(*a, &k);
      if (!b && (b = DayListEnd(*a, &k))) e.list = true;
    }
    if (!b && a->unit == TimeUnit::kDay && a->month == 0 && !a->resolved) return std::nullopt;
    std::optional<TimeSpan> first = Resolve(*a, &e);
    if (!first) return std::nullopt;
    e.from = *first;
    e.until = until;
    e.blank = a->blank;
    e.weekday = a->weekday;
    if (b) {
      TimeExpr end_flags;
      std::optional<TimeSpan> last = Resolve(*b, &end_flags);
      if (last && ToDays(last->last) >= ToDays(first->first)) {
        e.to = *last;
        e.inferred_year = e.inferred_year || end_flags.inferred_year;
        e.lunar = e.lunar || end_flags.lunar;
      }
    }
    return Finish(e, i, k, next);
  }

  // The recurring time at token `i`; `next` receives the token after it.
  std::optional<RecurringTime> RecurringAt(size_t i, size_t* next) {
    size_t j = i;
    int hour = -1, minute = 0;
    if (Clock(j, &hour, &minute)) Punct(j, ",");
    std::optional<RecurringTime> r = EveryFirst(j, &j);
    if (!r) r = EveryAfter(j, &j);
    if (!r) return std::nullopt;
    if (hour >= 0) {
      if (r->hour >= 0) return std::nullopt;  // two times of day
      r->hour = hour;
      r->minute = minute;
    }
    if (r->every == Frequency::kDaily && r->hour < 0) return std::nullopt;
    r->next = NextTime(*r);
    r->begin = t_[i].begin;
    r->length = t_[j - 1].end - r->begin;
    *next = j;
    return r;
  }

  // Whether a recurring time may start at token `i`.
  bool MayStartRecurring(size_t i) {
    const Token& tok = t_[i];
    if (tok.kind == TokenKind::kNumber) return true;
    static constexpr std::string_view kStarts[] = {"hằng", "hàng", "mỗi", "vào", "buổi", "sáng",
                                                   "chiều", "thứ", "chủ", "ngày", "lúc", "các"};
    return tok.kind == TokenKind::kWord &&
           std::any_of(std::begin(kStarts), std::end(kStarts),
                       [&](std::string_view w) { return SameWord(tok.text, w); });
  }

  // Whether an expression may start at token `i` (FindTimes tries it).
  bool MayStart(size_t i) {
    const Token& tok = t_[i];
    if (tok.kind == TokenKind::kNumber) {
      // Not inside a chain of figures ("12/2024/NĐ-CP", "2.3.1").
      if (i > 0 && !tok.space_before && t_[i - 1].kind == TokenKind::kPunct) {
        const std::string_view p = t_[i - 1].text;
        if (p == "/" || p == "." || p == "-" || p == ":") return false;
      }
      return true;
    }
    if (tok.kind != TokenKind::kWord) return false;
    // Every expression that opens with a word has a figure within a few
    // tokens ("16 giờ 00, thứ Hai, ngày 20/01": four from "thứ") but for
    // periods named from the issue date and lunar days named in words,
    // whose second word tells them ("ngày mai", "tháng này", "năm nay",
    // "cuối năm", "Rằm tháng Bảy", "Tết Nguyên đán"). Most words after
    // which none of these stands are passed over here.
    bool near_figure = false;
    for (size_t k = i + 1; k <= i + 6 && !near_figure && t_[k].kind != TokenKind::kEnd; ++k) {
      near_figure = t_[k].kind == TokenKind::kNumber;
    }
    if (!near_figure) {
      static constexpr std::string_view kSeconds[] = {"mai", "này", "nay", "tới",    "sau",
                                                      "năm", "tháng", "nguyên"};
      const Token& second = t_[i + 1];
      if (second.kind != TokenKind::kWord ||
          std::none_of(std::begin(kSeconds), std::end(kSeconds),
                       [&](std::string_view w) { return SameWord(second.text, w); })) {
        return false;
      }
    }
    static constexpr std::string_view kStarts[] = {
        "ngày", "mồng", "mùng", "thứ", "chủ",  "tháng", "quý",  "năm",   "sáu", "giai",
        "từ",   "đến",  "tới",  "lúc", "rằm",  "tết",   "cuối", "niên",  "thời", "sáng",
        "trưa", "chiều", "tối", "đêm", "buổi"};
    for (std::string_view w : kStarts) {
      if (SameWord(tok.text, w)) return true;
    }
    return false;
  }

  const Tokens& tokens() const { return t_; }

 private:
  // ---- token tests: each advances `k` past what it reads, only on success

  bool Word(size_t& k, std::string_view w) {
    if (!Is(k, w)) return false;
    ++k;
    return true;
  }
  // Whether token `k` is the word `w` (in lower case) in any case.
  bool Is(size_t k, std::string_view w) {
    return t_[k].kind == TokenKind::kWord && SameWord(t_[k].text, w);
  }
  // Token `k` in lower case, for a lookup in a table of words.
  std::string Fold(size_t k) { return t_[k].kind == TokenKind::kWord ? Folded(t_[k].text) : ""; }
  bool Punct(size_t& k, std::string_view p) {
    if (t_[k].kind != TokenKind::kPunct || t_[k].text != p) return false;
    ++k;
    return true;
  }
  // A dash: "-", "–" (NormalizeLine makes most "-").
  bool Dash(size_t& k) { return Punct(k, "-") || Punct(k, "–") || Punct(k, "—"); }
  // A number of `min`-`max` digits.
  std::optional<int> Number(size_t& k, size_t min_digits, size_t max_digits) {
    const Token& tok = t_[k];
    if (tok.kind != TokenKind::kNumber || tok.text.size() < min_digits ||
        tok.text.size() > max_digits) {
      return std::nullopt;
    }
    ++k;
    return tok.value;
  }
  std::optional<int> Year4(size_t& k) {
    size_t j = k;
    const std::optional<int> y = Number(j, 4, 4);
    if (!y || !PlausibleYear(*y)) return std::nullopt;
    k = j;
    return y;
  }

  // ---- pieces

  // "16 giờ 00", "17h", "7 giờ 30 phút", "16:00", each with "sáng",
  // "trưa", "chiều", "tối" after it ("4 giờ chiều" is 16:00).
  bool Clock(size_t& k, int* hour, int* minute) {
    size_t j = k;
    Word(j, "lúc");
    const std::optional<int> h = Number(j, 1, 2);
    if (!h || *h > 23) return false;
    int m = 0;
    if (Punct(j, ":")) {
      const std::optional<int> mm = Number(j, 2, 2);
      if (!mm) return false;
      m = *mm;
    } else if (Word(j, "giờ") || Word(j, "h")) {
      if (const std::optional<int> mm = Number(j, 1, 2)) {
        m = *mm;
        Word(j, "phút");
      }
    } else {
      return false;
    }
    if (m > 59) return false;
    int hh = *h;
    size_t part = j;
    Word(part, "buổi");
    if (Word(part, "chiều") || Word(part, "tối") || Word(part, "đêm")) {
      if (hh < 12) hh += 12;
      j = part;
    } else if (Word(part, "sáng") || Word(part, "trưa")) {
      j = part;
    }
    k = j;
    *hour = hh;
    *minute = m;
    return true;
  }

  // "thứ Hai", "thứ 6", "Chủ nhật", with "sáng"/"chiều" before it.
  int Weekday(size_t& k) {
    size_t j = k;
    Word(j, "vào");
    const size_t after_vao = j;
    Word(j, "buổi");
    if (!Word(j, "sáng") && !Word(j, "chiều")) j = after_vao;
    if (Word(j, "chủ")) {
      if (!Word(j, "nhật")) return 0;
      k = j;
      return 7;
    }
    if (!Word(j, "thứ")) return 0;
    int wd = 0;
    if (t_[j].kind == TokenKind::kWord) {
      wd = WeekdayWord(Fold(j));
    } else if (t_[j].kind == TokenKind::kNumber && t_[j].text.size() == 1 && t_[j].value >= 2 &&
               t_[j].value <= 7) {
      wd = t_[j].value - 1;
    }
    if (wd == 0) return 0;
    k = j + 1;
    return wd;
  }

  // A year after "năm": figures or a can-chi name ("năm Ất Tỵ").
  std::optional<int> YearAfterNam(size_t& k) {
    size_t j = k;
    if (!Word(j, "năm")) return std::nullopt;
    if (const std::optional<int> y = Year4(j)) {
      k = j;
      return y;
    }
    if (std::optional<int> y = CanChi(j)) {
      k = j;
      return y;
    }
    // "ngày 22/8 năm ngoái", "tháng 6 năm nay", "quý I năm sau": the year
    // named from the issue date's.
    if (anchor_.issued && anchor_.issued->year > 0) {
      const int issued = anchor_.issued->year;
      int y = 0;
      if (Is(j, "nay") || Is(j, "này")) y = issued;
      else if (Is(j, "ngoái") || Is(j, "trước")) y = issued - 1;
      else if (Is(j, "tới") || Is(j, "sau")) y = issued + 1;
      if (y > 0) {
        k = j + 1;
        return y;
      }
    }
    return std::nullopt;
  }

  std::optional<int> CanChi(size_t& k) {
    if (t_[k].kind != TokenKind::kWord || t_[k + 1].kind != TokenKind::kWord) return std::nullopt;
    // Most words after "năm" are no year's name: a stem first.
    if (!IsHeavenlyStem(Fold(k))) return std::nullopt;
    const std::string name = Fold(k) + " " + Fold(k + 1);
    const int near = anchor_.year ? anchor_.year
                     : anchor_.issued ? anchor_.issued->year
                                      : 0;
    if (near == 0) return std::nullopt;
    std::optional<int> y = CanChiYear(name, near);
    if (y) k += 2;
    return y;
  }

  // The year that may close a day, a month or a quarter: "/2025", "năm
  // 2025", "của năm 2025", "năm Ất Tỵ"; 0 for none.
  int TrailingYear(size_t& k, bool slash) {
    size_t j = k;
    if (slash && Punct(j, "/")) {
      if (const std::optional<int> y = Year4(j)) {
        k = j;
        return *y;
      }
      return 0;
    }
    j = k;
    // "tháng 02, năm 2023", "tháng 02. năm 2023"; not a sentence's end
    // ("… trong tháng 6. Năm 2025, tỉnh …").
    if (!Punct(j, ",") && Punct(j, ".") && t_[j].text != "năm") return 0;
    Word(j, "của");
    if (const std::optional<int> y = YearAfterNam(j)) {
      k = j;
      return *y;
    }
    return 0;
  }

  // A lunar mark after a day: "âm lịch", "(âm lịch)", "(AL)".
  bool LunarMark(size_t& k) {
    size_t j = k;
    const bool paren = Punct(j, "(");
    if (Word(j, "âm") ? Word(j, "lịch") : Word(j, "al")) {
      if (paren && !Punct(j, ")")) return false;
      k = j;
      return true;
    }
    return false;
  }

  // A day: "15/3/2025", "15-3-2025", "15.3.2025", "3/9/91", "ngày 15/3",
  // "ngày (mồng) 5 tháng 3 (năm 2025)", "ngày tháng 02 năm 2023" (blank),
  // "ngày 15" (alone: the first day of an interval), "10/3 âm lịch",
  // "mùng 9 tháng Giêng năm Ất Tỵ".
  std::optional<Piece> Day(size_t& k) {
    size_t j = k;
    const bool ngay = Word(j, "ngày");
    const bool mong = Word(j, "mồng") || Word(j, "mùng");
    Piece p;
    if (std::optional<int> d = Number(j, 1, 2)) {
      p.day = *d;
      if (*d < 1 || *d > 31) return std::nullopt;
      size_t sep_at = j;
      if (Punct(j, "/") || Punct(j, "-") || Punct(j, ".")) {
        const std::string_view sep = t_[sep_at].text;
        const std::optional<int> m = Number(j, 1, 2);
        if (!m) return std::nullopt;
        p.month = *m;
        if (*m < 1 || *m > 12) return std::nullopt;
        size_t y_at = j;
        if (Punct(y_at, sep)) {
          if (std::optional<int> y = Number(y_at, 4, 4)) {
            p.year = *y;
            j = y_at;
          } else if (std::optional<int> yy = Number(y_at, 2, 2); yy && !FollowsOn(y_at)) {
            p.year = *yy <= 50 ? 2000 + *yy : 1900 + *yy;  // "3/9/91"
            j = y_at;
          }
        }
        // "ngày 15/3 năm 2025", "ngày 22/8 năm ngoái": the year in words.
        if (p.year == 0) p.year = TrailingYear(j, /*slash=*/false);
        // "3-5 ngày", "1.2 triệu": a dash or a dot without "ngày" or a
        // year is no date.
        if (p.year == 0 && sep != "/" && !ngay) return std::nullopt;
        if (p.year == 0 && !ngay && !mong && !forms_.bare_day_month) return std::nullopt;
        if (p.year == 0 && FollowsOn(j)) return std::nullopt;
      } else {
        size_t m_at = j;
        Punct(m_at, ",") || Punct(m_at, ".");
        if (Word(m_at, "tháng")) {
          j = m_at;
          if (std::optional<int> m = Number(j, 1, 2)) {
            p.month = *m;
          } else if (t_[j].kind == TokenKind::kWord) {
            bool two = false;
            p.month = LunarMonthWord(Fold(j), Fold(j + 1), &two);
            // "ngày 15 tháng năm 2025": a month left blank, not the fifth.
            if (p.month == 0 || t_[j + 1].kind == TokenKind::kNumber) return std::nullopt;
            j += two ? 2 : 1;
            p.lunar = true;
          } else {
            return std::nullopt;
          }
          if (int y = TrailingYear(j, /*slash=*/true)) p.year = y;
        } else if (!ngay && !mong) {
          return std::nullopt;  // a figure alone is no day
        }
      }
    } else if (ngay && !mong) {
      // Left blank for the signer: "ngày   tháng 02 năm 2023".
      if (!Word(j, "tháng")) return std::nullopt;
      if (std::optional<int> m = Number(j, 1, 2)) p.month = *m;
      const int y = TrailingYear(j, /*slash=*/false);
      if (y == 0) return std::nullopt;
      p.year = y;
      p.blank = true;
      p.unit = p.month ? TimeUnit::kMonth : TimeUnit::kYear;
    } else {
      return std::nullopt;
    }
    if (p.month && LunarMark(j)) p.lunar = true;
    if (OtherCalendarAt(j)) return std::nullopt;
    k = j;
    return p;
  }

  // "ngày 01 tháng 7 Chăm lịch", "tháng 7 lịch Chăm", "Phật lịch": a day
  // of a calendar vanban does not reckon, which it leaves unread rather
  // than take for a solar one (the text usually glosses it: "(dự kiến
  // ngày 10/10/2026)").
  bool OtherCalendarAt(size_t k) {
    size_t j = k;
    Punct(j, "(");
    if (Word(j, "lịch")) return Is(j, "chăm");
    return (Is(j, "chăm") || Is(j, "phật")) && Is(j + 1, "lịch");
  }

  // Whether the figures go on after `k` ("3/9/91/QĐ", "15/6/25.3"): a
  // separator straight after, then a figure.
  bool FollowsOn(size_t k) {
    const Token& p = t_[k];
    return !p.space_before && p.kind == TokenKind::kPunct &&
           (p.text == "/" || p.text == "." || p.text == "-") &&
           t_[k + 1].kind == TokenKind::kNumber && !t_[k + 1].space_before;
  }

  // "Rằm tháng Bảy (năm Ất Tỵ)", "Tết Nguyên đán (Ất Tỵ)": lunar days by name.
  std::optional<Piece> NamedLunarDay(size_t& k) {
    size_t j = k;
    Piece p;
    p.lunar = true;
    if (Word(j, "rằm")) {
      if (!Word(j, "tháng")) return std::nullopt;
      bool two = false;
      if (std::optional<int> m = Number(j, 1, 2)) {
        p.month = *m;
      } else if (t_[j].kind == TokenKind::kWord) {
        p.month = LunarMonthWord(Fold(j), Fold(j + 1), &two);
        if (p.month) j += two ? 2 : 1;
      }
      if (p.month < 1 || p.month > 12) return std::nullopt;
      p.day = 15;
    } else if (Word(j, "tết")) {
      if (!Word(j, "nguyên") || !Word(j, "đán")) return std::nullopt;
      p.day = 1;
      p.month = 1;
      size_t y_at = j;
      Word(y_at, "năm");
      if (std::optional<int> y = Year4(y_at)) {
        p.year = *y;
        j = y_at;
      } else if (std::optional<int> cc = CanChi(y_at)) {
        p.year = *cc;
        j = y_at;
      }
    } else {
      return std::nullopt;
    }
    if (p.year == 0) p.year = TrailingYear(j, /*slash=*/false);
    k = j;
    return p;
  }

  // "tháng 6/2025", "tháng 6 năm 2025", "tháng 11, 12/2013" (the last of a
  // list), "tháng 6" (the year left out).
  std::optional<Piece> Month(size_t& k) {
    size_t j = k;
    if (!Word(j, "tháng")) return std::nullopt;
    std::optional<int> m = Number(j, 1, 2);
    if (!m) return std::nullopt;
    Piece p;
    p.unit = TimeUnit::kMonth;
    p.year = TrailingYear(j, /*slash=*/true);
    // A list is read to its last month only when a year closes it ("tháng
    // 11, 12/2013"); "trong tháng 6, 7 xã …" is June.
    for (size_t more = j; p.year == 0 && (Punct(more, ",") || Is(more, "và"));) {
      Word(more, "và");
      const std::optional<int> last = Number(more, 1, 2);
      if (!last) break;
      if (const int y = TrailingYear(more, /*slash=*/true)) {
        m = last;
        p.year = y;
        j = more;
      }
    }
    if (*m < 1 || *m > 12 || OtherCalendarAt(j)) return std::nullopt;
    p.month = *m;
    k = j;
    return p;
  }

  // "quý III/2025", "quý 3 năm 2025", "Quý IV của năm 2018", "quý II";
  // a Roman numeral as OCR may read it ("II1", "Il").
  std::optional<Piece> Quarter(size_t& k) {
    size_t j = k;
    if (!Word(j, "quý")) return std::nullopt;
    std::string written;
    const Token& n = t_[j];
    if (n.kind == TokenKind::kWord && !n.text.empty() && (n.text[0] == 'I' || n.text[0] == 'V')) {
      written = std::string(n.text);
      ++j;
      if (!t_[j].space_before && t_[j].kind == TokenKind::kNumber &&
          t_[j].text.find_first_not_of('1') == std::string_view::npos) {
        written += t_[j].text;
        ++j;
      }
    } else if (n.kind == TokenKind::kNumber && n.text.size() == 1) {
      written = std::string(n.text);
      ++j;
    } else {
      return std::nullopt;
    }
    const int q = QuarterNumber(written);
    if (q < 1 || q > 4) return std::nullopt;
    Piece p;
    p.unit = TimeUnit::kQuarter;
    p.quarter = q;
    p.year = TrailingYear(j, /*slash=*/true);
    k = j;
    return p;
  }

  // "6 tháng đầu năm 2025", "sáu tháng cuối năm" (the year left out).
  std::optional<Piece> Half(size_t& k) {
    size_t j = k;
    if (!Number(j, 1, 1).has_value() && !Word(j, "sáu")) return std::nullopt;
    if (t_[k].kind == TokenKind::kNumber && t_[k].value != 6) return std::nullopt;
    if (!Word(j, "tháng")) return std::nullopt;
    Piece p;
    p.unit = TimeUnit::kHalfYear;
    if (Word(j, "đầu")) p.half = 1;
    else if (Word(j, "cuối")) p.half = 2;
    else return std::nullopt;
    if (!Word(j, "năm")) return std::nullopt;
    if (std::optional<int> y = Year4(j)) p.year = *y;
    else if (Word(j, "nay") && anchor_.issued) p.year = anchor_.issued->year;
    k = j;
    return p;
  }

  // "năm 2025", "năm Ất Tỵ", "2025" alone where the reader allows it.
  std::optional<Piece> Year(size_t& k) {
    size_t j = k;
    std::optional<int> y = YearAfterNam(j);
    if (!y && forms_.bare_year) y = Year4(j);
    if (!y) return std::nullopt;
    Piece p;
    p.unit = TimeUnit::kYear;
    p.year = *y;
    k = j;
    return p;
  }

  // Periods named from the issue date: "ngày mai", "tháng này|tới|sau",
  // "quý này|tới|sau", "năm nay|tới|sau", "cuối năm (nay)", "cuối năm 2025".
  std::optional<Piece> Relative(size_t& k) {
    size_t j = k;
    const std::optional<Date>& is = anchor_.issued;
    const bool dated = is && is->day > 0;
    Piece p;
    if (Word(j, "cuối")) {
      if (!Word(j, "năm")) return std::nullopt;
      int y = 0;
      if (std::optional<int> written = Year4(j)) y = *written;
      else if (dated) { Word(j, "nay"); y = is->year; p.relative = true; }
      if (y == 0) return std::nullopt;
      p.resolved = Date(y, 12, 31);
      k = j;
      return p;
    }
    if (!dated) return std::nullopt;
    if (Word(j, "ngày")) {
      if (!Word(j, "mai")) return std::nullopt;
      p.resolved = FromDays(ToDays(*is) + std::chrono::days(1));
    } else if (Word(j, "tháng") || Word(j, "quý")) {
      const bool quarter = Is(j - 1, "quý");
      int step = 0;
      if (Word(j, "này")) step = 0;
      else if (Word(j, "tới") || Word(j, "sau")) step = 1;
      else return std::nullopt;
      // "tháng sau khi …", "quý sau đó": "sau" is "after" there.
      if (Is(j, "khi") || Is(j, "đó")) return std::nullopt;
      const int span = quarter ? 3 : 1;
      int first = quarter ? ((is->month - 1) / 3) * 3 + 1 : is->month;
      int year = is->year;
      first += step * span;
      if (first > 12) first -= 12, ++year;
      p.unit = quarter ? TimeUnit::kQuarter : TimeUnit::kMonth;
      p.year = year;
      p.month = first;
      p.quarter = quarter ? (first - 1) / 3 + 1 : 0;
    } else if (Word(j, "năm")) {
      p.unit = TimeUnit::kYear;
      if (Word(j, "nay") || Word(j, "này")) p.year = is->year;
      else if (Word(j, "tới") || Word(j, "sau")) p.year = is->year + 1;
      else return std::nullopt;
    } else {
      return std::nullopt;
    }
    p.relative = true;
    k = j;
    return p;
  }

  // "15 ngày kể từ ngày ký", "mười lăm ngày làm việc kể từ ngày ban hành",
  // "15 (mười lăm) ngày kể từ ngày ký": a count of days, in figures or
  // words, from the issue date; working days pass over Saturdays and
  // Sundays (public holidays, which the text does not give, are counted).
  std::optional<Piece> DaysFromIssue(size_t& k) {
    const std::optional<Date>& is = anchor_.issued;
    if (!is || is->day == 0) return std::nullopt;
    size_t j = k;
    int count = 0;
    if (const std::optional<int> n = Number(j, 1, 3)) {
      count = *n;
    } else if (t_[j].kind == TokenKind::kWord) {
      size_t used = 0;
      const std::string_view rest = t_.text().substr(t_[j].begin);
      const std::optional<int> spelled = SpelledNumber(rest, &used);
      if (!spelled) return std::nullopt;
      count = *spelled;
      while (t_[j].kind != TokenKind::kEnd && t_[j].begin < t_[k].begin + used) ++j;
    }
    if (count <= 0) return std::nullopt;
    if (Punct(j, "(")) {  // the count written out again: "(mười lăm)"
      for (size_t n = 0; n < 8 && !Punct(j, ")"); ++n, ++j) {
        if (t_[j].kind == TokenKind::kEnd) return std::nullopt;
      }
    }
    if (!Word(j, "ngày")) return std::nullopt;
    size_t work = j;
    const bool working = Word(work, "làm") && Word(work, "việc");
    if (working) j = work;
    if (!Word(j, "kể") || !Word(j, "từ") || !Word(j, "ngày")) return std::nullopt;
    if (!Word(j, "ký")) {
      if (!Word(j, "ban") || !Word(j, "hành")) return std::nullopt;
    }
    std::chrono::sys_days day = ToDays(*is);
    for (int left = count; left > 0;) {
      day += std::chrono::days(1);
      const std::chrono::weekday wd(day);
      if (!working || (wd != std::chrono::Saturday && wd != std::chrono::Sunday)) --left;
    }
    Piece p;
    p.resolved = FromDays(day);
    p.relative = true;
    k = j;
    return p;
  }

  // One span, with a time of day and a weekday that may lead a day
  // ("trước 16 giờ 00, thứ Hai, ngày 20/01/2025") and a time after it
  // ("ngày 15/8/2025 lúc 14 giờ"). `day_alone` admits "ngày 15", which
  // only an interval's start may be.
  std::optional<Piece> SpanAt(size_t k, size_t* next, bool day_alone) {
    size_t j = k;
    int hour = -1, minute = 0;
    if (Clock(j, &hour, &minute)) Punct(j, ",");
    const int weekday = Weekday(j);
    if (weekday) Punct(j, ",");
    // "sáng ngày 15/3", "tối 30/4", "đêm 31/12": a part of the day makes a
    // bare day and month a day.
    size_t part = j;
    Word(part, "buổi");
    const bool day_part = weekday == 0 && (Word(part, "sáng") || Word(part, "trưa") ||
                                           Word(part, "chiều") || Word(part, "tối") ||
                                           Word(part, "đêm"));
    if (day_part) j = part;
    const bool led = hour >= 0 || weekday > 0 || day_part;
    const bool bare = forms_.bare_day_month;
    forms_.bare_day_month = bare || day_part;
    std::optional<Piece> p = ReadSpanPiece(j, led, day_alone);
    forms_.bare_day_month = bare;
    if (!p) return std::nullopt;
    if (p->unit == TimeUnit::kDay && hour < 0) {
      size_t after = j;
      Punct(after, ",");
      if (Is(after, "lúc") && Clock(after, &hour, &minute)) j = after;
    }
    p->hour = hour;
    p->minute = minute;
    p->weekday = weekday;
    *next = j;
    return p;
  }

  // The span itself at `j`, after any time of day, weekday or part of the
  // day that leads it (`led`: then only a day).
  std::optional<Piece> ReadSpanPiece(size_t& j, bool led, bool day_alone) {
    std::optional<Piece> p;
    if (!led && (p = DaysFromIssue(j))) {
      // a day reckoned from the issue date
    } else if ((p = Relative(j))) {
      if (led && !(p->resolved && p->unit == TimeUnit::kDay)) return std::nullopt;
    } else if ((p = Day(j))) {
      if (p->unit == TimeUnit::kDay && p->month == 0 && !day_alone) return std::nullopt;
    } else if (led) {
      return std::nullopt;
    } else if (!(p = NamedLunarDay(j)) && !(p = Half(j)) && !(p = Quarter(j)) &&
               !(p = Month(j)) && !(p = Year(j))) {
      return std::nullopt;
    }
    return p;
  }

  // "2021 - 2025", "giai đoạn 2021-2025", "từ năm 2023 đến năm 2027",
  // "năm học 2024-2025", "năm 2024 - 2025": a run of years.
  std::optional<TimeExpr> YearRun(size_t k, size_t* next) {
    size_t j = k;
    if (Word(j, "giai")) {
      if (!Word(j, "đoạn")) return std::nullopt;
    } else if (Word(j, "niên")) {
      if (!Word(j, "khóa") && !Word(j, "khoá")) return std::nullopt;
    } else if (Word(j, "thời")) {
      if (!Word(j, "kỳ") && !Word(j, "kì")) return std::nullopt;
    }
    Word(j, "từ");
    if (Word(j, "năm")) Word(j, "học");
    const std::optional<int> a = Year4(j);
    if (!a) return std::nullopt;
    if (!Dash(j)) {
      if (!Word(j, "đến")) return std::nullopt;
      Word(j, "năm");
    }
    const std::optional<int> b = Year4(j);
    if (!b || *b < *a || FollowsOn(j)) return std::nullopt;
    TimeExpr e;
    e.from = YearSpan(*a);
    e.to = YearSpan(*b);
    *next = j;
    return e;
  }

  // The end of an interval whose start is `a`: "- 20/3/2025", "đến (hết)
  // ngày 20 tháng 3", "đến 17 giờ 00 ngày 28/4/2025". A start without its
  // month or year takes the end's.
  std::optional<Piece> IntervalEnd(Piece& a, size_t* k) {
    size_t j = *k;
    if (!Dash(j)) {
      if (!Word(j, "đến") && !Word(j, "tới")) return std::nullopt;
      Word(j, "hết");
    }
    // The end of a day's interval may be a bare "30/4": "từ ngày 01/4 đến 30/4".
    const bool bare = forms_.bare_day_month;
    forms_.bare_day_month = bare || a.unit == TimeUnit::kDay;
    std::optional<Piece> b = SpanAt(j, &j, /*day_alone=*/false);
    forms_.bare_day_month = bare;
    if (!b || b->relative || a.relative) return std::nullopt;
    if (a.unit == TimeUnit::kDay && b->unit != TimeUnit::kDay) return std::nullopt;
    if (a.unit == TimeUnit::kDay && a.month == 0) {
      if (b->month == 0) return std::nullopt;
      a.month = b->month;
      a.year = b->year;
      a.lunar = b->lunar;
    } else if (a.year == 0) {
      a.year = b->year;
    }
    *k = j;
    return b;
  }

  // "ngày 26, 27 và 28/6/2025", "ngày 14, 15/9", "mùng 6 và mùng 7 tháng
  // Giêng": days listed under one
  // month after a day written alone; read as the interval from the first
  // to the last, which takes the last's month and year.
  std::optional<Piece> DayListEnd(Piece& a, size_t* k) {
    if (a.unit != TimeUnit::kDay || a.month != 0) return std::nullopt;
    const bool bare = forms_.bare_day_month;
    forms_.bare_day_month = true;
    std::optional<Piece> b;
    for (size_t j = *k; !b && (Punct(j, ",") || Word(j, "và"));) {
      size_t last = j;
      if ((b = Day(last)) && b->month != 0) {
        a.month = b->month;
        a.year = b->year;
        a.lunar = b->lunar;  // "mùng 6 và mùng 7 tháng Giêng"
        *k = last;
      } else if (b = std::nullopt; !Number(j, 1, 2)) {
        break;
      }
    }
    forms_.bare_day_month = bare;
    return b;
  }

  // ---- recurrences

  // "hằng", "hàng", "mỗi": every.
  bool Every(size_t& k) { return Word(k, "hằng") || Word(k, "hàng") || Word(k, "mỗi"); }

  // The frequency first: "hằng ngày(,) (trước|vào|lúc|chậm nhất) 15 giờ",
  // "hằng tuần(,) (vào) (buổi) (sáng) (ngày) thứ Sáu", "hằng tháng(,)
  // (vào|trước|chậm nhất) (là) ngày 25".
  std::optional<RecurringTime> EveryFirst(size_t k, size_t* next) {
    size_t j = k;
    if (!Every(j)) return std::nullopt;
    RecurringTime r;
    if (Word(j, "ngày")) {
      r.every = Frequency::kDaily;
      size_t at = j;
      Punct(at, ",");
      Cue(at);
      if (Clock(at, &r.hour, &r.minute)) j = at;
    } else if (Word(j, "tuần")) {
      r.every = Frequency::kWeekly;
      Punct(j, ",");
      Word(j, "ngày");
      r.weekday = Weekday(j);
      if (r.weekday == 0) return std::nullopt;
    } else if (Word(j, "tháng")) {
      r.every = Frequency::kMonthly;
      Punct(j, ",");
      Cue(j);
      Word(j, "là");
      if (!Word(j, "ngày")) return std::nullopt;
      const std::optional<int> d = Number(j, 1, 2);
      if (!d || *d < 1 || *d > 31) return std::nullopt;
      // "hằng tháng vào ngày 15/8": a day of a month named, no recurrence.
      const Token& after = t_[j];
      if (after.kind == TokenKind::kNumber || (after.kind == TokenKind::kPunct && after.text == "/")) {
        return std::nullopt;
      }
      r.day = *d;
    } else {
      return std::nullopt;
    }
    *next = j;
    return r;
  }

  // Words of a cue a frequency may put before its time: "trước", "vào",
  // "lúc" (Clock reads its own), "chậm nhất".
  void Cue(size_t& k) {
    if (Word(k, "trước") || Word(k, "vào")) return;
    size_t j = k;
    if (Word(j, "chậm") && Word(j, "nhất")) k = j;
  }

  // The time first, its frequency after: "(vào) (sáng) thứ Năm (các) hằng
  // tuần", "Chủ nhật tuần thứ hai hằng tháng", "ngày 25 hằng tháng", "ngày
  // 15 của tháng cuối quý", "ngày 10 tháng đầu mỗi quý", "ngày 20 hằng
  // quý", "31/3 hằng năm", "ngày 31 tháng 3 hằng năm", "(các) hằng ngày"
  // (after a time of day).
  std::optional<RecurringTime> EveryAfter(size_t k, size_t* next) {
    size_t j = k;
    RecurringTime r;
    Word(j, "các");
    if (Every(j) && Word(j, "ngày")) {
      r.every = Frequency::kDaily;
      *next = j;
      return r;
    }
    j = k;
    Word(j, "ngày");
    if (const int wd = Weekday(j)) {
      r.weekday = wd;
      // "tuần thứ hai", "tuần cuối", "tuần đầu": a week of each month.
      size_t week = j;
      bool of_month = false;
      if (Word(week, "tuần")) {
        if (Word(week, "thứ") && t_[week].kind != TokenKind::kEnd) {
          ++week;  // "tuần thứ hai", "tuần thứ 2"
          of_month = true;
        } else {
          of_month = Word(week, "cuối") || Word(week, "đầu");
        }
      }
      if (of_month) j = week;
      Word(j, "của");
      Word(j, "các");
      if (!Every(j)) return std::nullopt;
      if (!of_month && Word(j, "tuần")) {
        r.every = Frequency::kWeekly;
      } else if (Word(j, "tháng")) {
        r.every = Frequency::kMonthly;  // "Chủ nhật tuần thứ hai hằng tháng"
      } else {
        return std::nullopt;
      }
      *next = j;
      return r;
    }
    const std::optional<int> d = Number(j, 1, 2);
    if (!d || *d < 1 || *d > 31) return std::nullopt;
    r.day = *d;
    size_t at = j;
    if (Every(at)) {
      if (Word(at, "tháng")) {
        r.every = Frequency::kMonthly;
      } else if (Word(at, "quý")) {
        r.every = Frequency::kQuarterly;
      } else {
        return std::nullopt;
      }
      *next = at;
      return r;
    }
    at = j;
    Word(at, "của");
    if (Word(at, "tháng")) {
      if (Word(at, "cuối") || Word(at, "đầu")) {
        r.month_of_quarter = Is(at - 1, "đầu") ? 1 : 3;
        if (!Word(at, "mỗi")) Word(at, "các");
        if (!Word(at, "quý")) return std::nullopt;
        r.every = Frequency::kQuarterly;
        *next = at;
        return r;
      }
    } else if (!Punct(at, "/")) {
      return std::nullopt;
    }
    // "31/3 hằng năm", "ngày 31 tháng 3 hằng năm".
    const std::optional<int> m = Number(at, 1, 2);
    if (!m || !Every(at) || !Word(at, "năm") || !IsValid(Date(2000, *m, *d))) return std::nullopt;
    r.every = Frequency::kYearly;
    r.month = *m;
    *next = at;
    return r;
  }

  // The first time `r` comes round after the issue date: the next day, the
  // next such weekday, the month's day this month if still to come, the
  // quarter's, the year's. Daily, weekly and quarterly times need the
  // issue's day; monthly and yearly ones its year.
  std::optional<Date> NextTime(const RecurringTime& r) const {
    const int year = anchor_.issued ? anchor_.issued->year : anchor_.year;
    const int month = anchor_.issued ? anchor_.issued->month : 0;
    const int day = anchor_.issued ? anchor_.issued->day : 0;
    const bool dated = year > 0 && month > 0 && day > 0;
    Date at;
    switch (r.every) {
      case Frequency::kDaily:
        if (!dated) return std::nullopt;
        at = FromDays(ToDays(Date(year, month, day)) + std::chrono::days(1));
        break;
      case Frequency::kWeekly: {
        if (!dated) return std::nullopt;
        const std::chrono::sys_days next = ToDays(Date(year, month, day)) + std::chrono::days(1);
        const std::chrono::weekday want(static_cast<unsigned>(r.weekday % 7));
        at = FromDays(next + (want - std::chrono::weekday(next)));
        break;
      }
      case Frequency::kMonthly: {
        if (year == 0) return std::nullopt;
        // A weekday of a given week is placed by the first day the text
        // gives ("… hằng tháng, bắt đầu từ ngày 09/3/2025"), not here.
        if (r.weekday) return std::nullopt;
        int mm = month > 0 ? month : 1, yy = year;
        if (day >= r.day) ++mm;
        if (mm > 12) mm = 1, ++yy;
        at = Date(yy, mm, std::min(r.day, DaysInMonth(yy, mm)));
        break;
      }
      case Frequency::kQuarterly: {
        if (!dated) return std::nullopt;
        int mm = ((month - 1) / 3) * 3 + r.month_of_quarter, yy = year;
        if (mm < month || (mm == month && day >= r.day)) mm += 3;
        if (mm > 12) mm -= 12, ++yy;
        at = Date(yy, mm, std::min(r.day, DaysInMonth(yy, mm)));
        break;
      }
      case Frequency::kYearly: {
        if (year == 0) return std::nullopt;
        const bool passed = r.month < month || (r.month == month && r.day <= day);
        at = Date(passed ? year + 1 : year, r.month, r.day);
        break;
      }
    }
    if (r.hour >= 0) {
      at.hour = r.hour;
      at.minute = r.minute;
    }
    return at;
  }

  // ---- values

  static TimeSpan YearSpan(int y) {
    return TimeSpan{TimeUnit::kYear, Date(y, 1, 1), Date(y, 12, 31), Date(y)};
  }

  static TimeSpan MonthsSpan(TimeUnit unit, int y, int first, int last) {
    return TimeSpan{unit, Date(y, first, 1), Date(y, last, DaysInMonth(y, last)),
                    unit == TimeUnit::kMonth ? Date(y, first) : Date(y)};
  }

  // The span a piece names; `e` takes its flags. None for a day that does
  // not exist or a year neither written nor given by the anchor.
  std::optional<TimeSpan> Resolve(const Piece& p, TimeExpr* e) {
    if (p.resolved) {
      TimeSpan s{TimeUnit::kDay, *p.resolved, *p.resolved, *p.resolved};
      SetTime(p, &s);
      e->relative = e->relative || p.relative;
      return s;
    }
    int y = p.year;
    if (y == 0) {
      y = anchor_.year;
      if (y == 0) return std::nullopt;
      e->inferred_year = true;
    }
    if (!PlausibleYear(y)) return std::nullopt;
    e->relative = e->relative || p.relative;
    switch (p.unit) {
      case TimeUnit::kYear:
        return YearSpan(y);
      case TimeUnit::kHalfYear:
        return MonthsSpan(p.unit, y, p.half == 1 ? 1 : 7, p.half == 1 ? 6 : 12);
      case TimeUnit::kQuarter:
        return MonthsSpan(p.unit, y, 3 * p.quarter - 2, 3 * p.quarter);
      case TimeUnit::kMonth:
        if (p.month < 1 || p.month > 12) return std::nullopt;
        return MonthsSpan(p.unit, y, p.month, p.month);
      case TimeUnit::kDay:
        break;
    }
    Date day(y, p.month, p.day);
    if (p.lunar) {
      const std::optional<Date> solar = LunarToSolar(p.day, p.month, y);
      if (!solar) return std::nullopt;
      e->lunar = true;
      e->lunar_day = p.day;
      e->lunar_month = p.month;
      e->lunar_year = y;
      day = *solar;
    }
    if (!IsValid(day)) return std::nullopt;
    // Tết without its year is the next one ("chuẩn bị đón Tết Nguyên đán"
    // in December is January's or February's).
    if (p.lunar && p.day == 1 && p.month == 1 && e->inferred_year && anchor_.issued &&
        anchor_.issued->day > 0 && ToDays(day) < ToDays(*anchor_.issued)) {
      if (std::optional<Date> next = LunarToSolar(1, 1, y + 1)) {
        day = *next;
        e->lunar_year = y + 1;
      }
    }
    TimeSpan s{TimeUnit::kDay, day, day, day};
    SetTime(p, &s);
    return s;
  }

  static void SetTime(const Piece& p, TimeSpan* s) {
    if (p.hour < 0) return;
    s->first.hour = s->written.hour = p.hour;
    s->first.minute = s->written.minute = p.minute;
  }

  std::optional<TimeExpr> Finish(TimeExpr e, size_t from, size_t to, size_t* next) {
    e.begin = t_[from].begin;
    e.length = t_[to - 1].end - e.begin;
    *next = to;
    return e;
  }

  Tokens t_;
  const TimeAnchor& anchor_;
  TimeForms forms_;
};

}  // namespace

int QuarterNumber(std::string_view written) {
  static constexpr std::string_view kRoman[] = {"I", "II", "III", "IV"};
  std::string s(written);
  if (s.size() > 1 && (s[0] == 'I' || s[0] == 'V')) {
    for (char& c : s) c = c == '1' || c == 'l' ? 'I' : c;
  }
  for (int i = 0; i < 4; ++i) {
    if (s == kRoman[i]) return i + 1;
  }
  return s.size() == 1 && s[0] >= '1' && s[0] <= '4' ? s[0] - '0' : 0;
}

// The longest expression runs to about twenty tokens ("từ 16 giờ 00, thứ
// Hai, ngày 20/01/2025 đến 17 giờ 00, thứ Sáu, ngày 24/01/2025").
constexpr size_t kLongestExpression = 48;

std::optional<TimeExpr> ReadTimeAt(std::string_view text, const TimeAnchor& anchor,
                                   TimeForms forms) {
  Parser parser(text, anchor, forms, kLongestExpression);
  size_t next = 0;
  return parser.ExprAt(0, &next);
}

std::optional<RecurringTime> ReadRecurringAt(std::string_view text, const TimeAnchor& anchor) {
  Parser parser(text, anchor, TimeForms{}, kLongestExpression);
  size_t next = 0;
  return parser.RecurringAt(0, &next);
}

namespace {

// Every reading `read` makes at a token where `may_start` allows one, left
// to right, none overlapping: the scan FindTimes and FindRecurring share.
template <typename T, typename MayStart, typename Read>
std::vector<T> ScanTokens(const Parser& parser, MayStart may_start, Read read) {
  std::vector<T> found;
  const Tokens& tokens = parser.tokens();
  for (size_t i = 0; tokens[i].kind != TokenKind::kEnd;) {
    size_t next = i + 1;
    if (may_start(i)) {
      if (std::optional<T> r = read(i, &next)) {
        found.push_back(std::move(*r));
      } else {
        next = i + 1;
      }
    }
    i = next;
  }
  return found;
}

}  // namespace

std::vector<RecurringTime> FindRecurring(std::string_view text, const TimeAnchor& anchor) {
  Parser parser(text, anchor, TimeForms{});
  return ScanTokens<RecurringTime>(
      parser, [&](size_t i) { return parser.MayStartRecurring(i); },
      [&](size_t i, size_t* next) { return parser.RecurringAt(i, next); });
}

std::vector<TimeExpr> FindTimes(std::string_view text, const TimeAnchor& anchor,
                                TimeForms forms) {
  Parser parser(text, anchor, forms);
  return ScanTokens<TimeExpr>(
      parser, [&](size_t i) { return parser.MayStart(i); },
      [&](size_t i, size_t* next) { return parser.ExprAt(i, next); });
}

}  // namespace vanban
