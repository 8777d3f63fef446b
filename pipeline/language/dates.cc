#include "pipeline/language/dates.h"

#include <re2/re2.h>

#include <algorithm>
#include <vector>

#include "pipeline/base/anchored_capture.h"


namespace vanban {

namespace {

int ToInt(const std::string& s) { return s.empty() ? 0 : std::stoi(s); }

}  // namespace

std::optional<Date> ParseDatePrefix(std::string_view text, size_t* consumed) {
  // Written out; day and month may be left blank for the signer to fill in.
  static const RE2 kWords(
      R"(^\s*(?:(?i:ngày)\s*)?(\d{1,2})?\s*(?:[,.]\s*)?tháng\s*(\d{1,2})?\s*(?:[,.]\s*)?năm\s*(\d{4}))");
  static const RE2 kNumeric(R"(^\s*(?:(?i:ngày)\s*)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*([/.-])\s*(\d{4}))");
  re2::StringPiece in(text.data(), text.size());
  std::string d, m, y, sep1, sep2;
  Date date;
  if (ConsumeCapturing(&in, kWords, &d, &m, &y)) {
    date = Date(ToInt(y), ToInt(m), m.empty() ? 0 : ToInt(d));
  } else if (ConsumeCapturing(&in, kNumeric, &d, &sep1, &m, &sep2, &y) && sep1 == sep2) {
    date = Date(ToInt(y), ToInt(m), ToInt(d));
  } else {
    return std::nullopt;
  }
  if (!IsValid(date)) return std::nullopt;
  if (consumed) *consumed = text.size() - in.size();
  return date;
}

std::optional<Date> FindDate(std::string_view text, size_t* at, size_t* length) {
  static const RE2 kStart(R"(((?i:ngày)\s*\d{0,2}\s*(?:tháng|\d)|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|tháng\s*\d{0,2}\s*năm))");
  re2::StringPiece hit;
  size_t offset = 0;
  while (offset < text.size()) {
    re2::StringPiece rest(text.data() + offset, text.size() - offset);
    // The group is the whole match, which the DFA alone finds.
    if (!kStart.Match(rest, 0, rest.size(), RE2::UNANCHORED, &hit, 1)) return std::nullopt;
    const size_t pos = hit.data() - text.data();
    size_t used = 0;
    if (auto d = ParseDatePrefix(text.substr(pos), &used)) {
      if (at) *at = pos;
      if (length) *length = used;
      return d;
    }
    offset = pos + 1;
    while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) ++offset;
  }
  return std::nullopt;
}

namespace {

bool PlausibleYear(int y) { return y >= 1900 && y <= 2200; }

// Whether period `a` reaches over more months than `b`.
int Months(const Period& p) {
  if (!p.start && !p.end) return 0;
  const Date& s = p.start ? *p.start : *p.end;
  const Date& e = p.end ? *p.end : *p.start;
  return (e.year - s.year) * 12 + ((e.month ? e.month : 12) - (s.month ? s.month : 1)) + 1;
}

}  // namespace

std::optional<Period> FindPeriod(std::string_view text) {

  static const RE2 kRun(
      R"((?i:(?:giai đoạn|năm học|từ năm|thời kỳ|niên khóa)\s*)?((?:19|20|21)\d\d)\s*(?:-|–|đến(?:\s+năm)?)\s*((?:19|20|21)\d\d)\b)");
  static const RE2 kUntil(R"((?i:đến năm|tới năm)\s*((?:19|20|21)\d\d)\b)");
  static const RE2 kMonth(R"((?i:tháng)\s*(\d{1,2})\s*(?:/|năm\s*)((?:19|20|21)\d\d)\b)");
  static const RE2 kYear(R"((?i:năm)\s*((?:19|20|21)\d\d)\b)");
  static const RE2 kYearly(R"((?i:hằng năm|hàng năm|mỗi năm))");
  std::optional<Period> best;
  auto consider = [&best](Period p) {
    if (!best || Months(p) > Months(*best)) best = p;
  };
  re2::StringPiece in(text.data(), text.size());
  int a = 0, b = 0;
  while (RE2::FindAndConsume(&in, kRun, &a, &b)) {
    if (PlausibleYear(a) && PlausibleYear(b) && a <= b) consider({Date(a), Date(b)});
  }
  in = re2::StringPiece(text.data(), text.size());
  while (RE2::FindAndConsume(&in, kUntil, &b)) {
    if (PlausibleYear(b) && !best) best = Period{std::nullopt, Date(b)};
  }
  if (!best) {
    // Where each month ends: "tháng 3 năm 2026" is a month, not its year.
    std::vector<const char*> month_ends;
    in = re2::StringPiece(text.data(), text.size());
    while (RE2::FindAndConsume(&in, kMonth, &a, &b)) {
      month_ends.push_back(in.data());
      if (a >= 1 && a <= 12 && PlausibleYear(b)) consider({Date(b, a), Date(b, a)});
    }
    in = re2::StringPiece(text.data(), text.size());
    while (RE2::FindAndConsume(&in, kYear, &a)) {
      const bool of_a_month =
          std::find(month_ends.begin(), month_ends.end(), in.data()) != month_ends.end();
      if (PlausibleYear(a) && !of_a_month) consider({Date(a), Date(a)});
    }
  }
  const bool yearly = RE2::PartialMatch(text, kYearly);
  if (!best && yearly) best = Period{};
  if (best) best->yearly = yearly;
  return best;
}

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

std::optional<Date> PeriodEndAt(std::string_view text) {
  static const RE2 kLead(R"(^\s*(?i:trong\s+)?)");
  static const RE2 kHalf(R"(^(?:6|sáu)\s+tháng\s+(đầu|cuối)\s+năm\s+(\d{4}))");
  static const RE2 kQuarter(R"(^(?i:quý)\s+([IV]+|[1-4])\s*(?:/|năm\s+)(\d{4}))");
  static const RE2 kMonth(R"(^(?i:tháng)\s+(\d{1,2})\s*(?:/|năm\s+)(\d{4}))");
  static const RE2 kYear(R"(^(?i:năm)\s+(\d{4})(?:[^\d-]|$))");
  // Most sentences open with none of "trong", "6"/"sáu", "quý", "tháng",
  // "năm": tell them by the first letter before running the patterns.
  const size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos ||
      std::string_view("6sSqQtTnN").find(text[first]) == std::string_view::npos) {
    return std::nullopt;
  }
  re2::StringPiece in(text.data(), text.size());
  RE2::Consume(&in, kLead);
  std::string which;
  int month = 0, year = 0;
  Date end;
  if (RE2::PartialMatch(in, kHalf, &which, &year)) {
    end = Date(year, which == "đầu" ? 6 : 12, 0);
  } else if (RE2::PartialMatch(in, kQuarter, &which, &year)) {
    const int quarter = QuarterNumber(which);
    if (quarter == 0) return std::nullopt;
    end = Date(year, 3 * quarter, 0);
  } else if (RE2::PartialMatch(in, kMonth, &month, &year)) {
    end = Date(year, month, 0);
  } else if (RE2::PartialMatch(in, kYear, &year)) {
    end = Date(year, 12, 0);
  } else {
    return std::nullopt;
  }
  if (end.month < 1 || end.month > 12 || !IsValid(Date(end.year))) return std::nullopt;
  end.day = DaysInMonth(end.year, end.month);
  return end;
}

}  // namespace vanban
