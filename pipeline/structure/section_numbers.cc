#include "pipeline/structure/section_numbers.h"

#include <re2/re2.h>

#include <algorithm>
#include <limits>
#include <string>

namespace vanban {

namespace {

// "I. MỤC ĐÍCH", "IH.MỤC TIÊU", "II: …": a numeral at the start of a line,
// a dot or colon, then a capital. OCR reads I as H (two strokes); it also
// reads I as l, but so it reads the 1 of "1. Mục đích", so l is left out.
const RE2& HeadingPattern() {
  static const RE2 kHeading(R"(^(\s*)([IVXH]{1,6})\s*([.:])\s*(\p{Lu}))");
  return kHeading;
}

// Costs, in changed "I"s: a heading may be lost (skipping its number), an
// appendix may number again from I, and a line that looked like a heading
// may be something else. Each costs more than the one change that repairs
// a misread numeral, so repairs are preferred where they explain the text;
// a line written as a heading is one, unless that takes three repairs,
// and numbering starts again only where it takes more.
constexpr double kSkipCost = 1.5;     // per number skipped
constexpr double kRestartCost = 3.0;  // numbering again from I
constexpr double kNotHeadingCost = 2.5;
// Numerals considered; documents have a handful of sections.
constexpr int kMaxSection = 30;
constexpr double kNever = std::numeric_limits<double>::infinity();

std::string Roman(int n) {
  static const char* const kTens[] = {"", "X", "XX", "XXX"};
  static const char* const kOnes[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
  return std::string(kTens[n / 10]) + kOnes[n % 10];
}

// The numeral as the letters OCR meant: H → II.
std::string Canonical(std::string_view read) {
  std::string out;
  for (char c : read) out += c == 'H' ? "II" : std::string(1, c);
  return out;
}

// The letters other than I, and the count of I's before, between and after them.
struct Shape {
  std::string skeleton;
  std::vector<int> runs{0};
};

Shape ShapeOf(std::string_view numeral) {
  Shape s;
  for (char c : numeral) {
    if (c == 'I') {
      ++s.runs.back();
    } else {
      s.skeleton += c;
      s.runs.push_back(0);
    }
  }
  return s;
}

struct Heading {
  size_t page;
  size_t line;
  std::string read;  // the numeral as read
};

std::vector<Heading> FindHeadings(const std::vector<RawPage>& pages) {
  std::vector<Heading> out;
  for (size_t p = 0; p < pages.size(); ++p) {
    for (size_t l = 0; l < pages[p].lines.size(); ++l) {
      std::string numeral;
      if (RE2::PartialMatch(pages[p].lines[l].text, HeadingPattern(), nullptr, &numeral)) {
        out.push_back({p, l, numeral});
      }
    }
  }
  return out;
}

// For each heading, the section number that explains the headings read
// with the least change, or 0 where the line is taken as no heading.
std::vector<int> BestNumbering(const std::vector<Heading>& headings) {
  const size_t n = headings.size();
  // cost[i][v]: least cost of headings 0..i with the last number given v
  // (0: none yet); from[i][v]: the number before, or -1 when heading i was
  // taken as no heading.
  std::vector<std::vector<double>> cost(n, std::vector<double>(kMaxSection + 1, kNever));
  std::vector<std::vector<int>> from(n, std::vector<int>(kMaxSection + 1, -1));
  for (size_t i = 0; i < n; ++i) {
    auto before = [&](int u) { return i == 0 ? (u == 0 ? 0.0 : kNever) : cost[i - 1][u]; };
    for (int v = 0; v <= kMaxSection; ++v) {
      // Heading i is no heading: the last number stays v.
      if (before(v) + kNotHeadingCost < cost[i][v]) {
        cost[i][v] = before(v) + kNotHeadingCost;
        from[i][v] = -1;
      }
      if (v == 0) continue;
      const int change = NumeralDistance(headings[i].read, Roman(v));
      if (change < 0) continue;
      for (int u = 0; u <= kMaxSection; ++u) {
        if (before(u) == kNever) continue;
        const double step = u < v ? (v - u - 1) * kSkipCost : kRestartCost + (v - 1) * kSkipCost;
        const double total = before(u) + step + change;
        if (total < cost[i][v]) {
          cost[i][v] = total;
          from[i][v] = u;
        }
      }
    }
  }
  std::vector<int> numbers(n, 0);
  if (n == 0) return numbers;
  int v = static_cast<int>(std::min_element(cost[n - 1].begin(), cost[n - 1].end()) -
                           cost[n - 1].begin());
  for (size_t i = n; i-- > 0;) {
    const int u = from[i][v];
    if (u < 0) continue;  // no heading: v carries back unchanged
    numbers[i] = v;
    v = u;
  }
  return numbers;
}

}  // namespace

int NumeralDistance(std::string_view read, std::string_view numeral) {
  const Shape a = ShapeOf(Canonical(read));
  const Shape b = ShapeOf(numeral);
  if (a.skeleton != b.skeleton) return -1;
  int changes = 0;
  for (size_t k = 0; k < a.runs.size(); ++k) changes += std::abs(a.runs[k] - b.runs[k]);
  return changes;
}

void RepairSectionNumbers(std::vector<RawPage>* pages, std::vector<Warning>* warnings) {
  const std::vector<Heading> headings = FindHeadings(*pages);
  const std::vector<int> numbers = BestNumbering(headings);
  std::string changes;
  for (size_t i = 0; i < headings.size(); ++i) {
    const Heading& h = headings[i];
    RawPage& page = (*pages)[h.page];
    const std::string numeral = Roman(numbers[i]);
    if (page.origin != TextOrigin::kOcr || numbers[i] == 0 || numeral == h.read) continue;
    // Only a numeral one "I" away from what was read is rewritten.
    if (NumeralDistance(h.read, numeral) > 1) continue;
    std::string& text = page.lines[h.line].text;
    RE2::Replace(&text, HeadingPattern(), "\\1" + numeral + "\\3 \\4");
    if (!changes.empty()) changes += ", ";
    changes += "\"" + h.read + ".\" as \"" + numeral + ".\" (page " + std::to_string(h.page + 1) + ")";
  }
  if (!changes.empty()) {
    warnings->push_back({WarningCode::kOcrCorrected, "section numbers read out of sequence, taken as the "
                                          "sequence: " + changes});
  }
}

}  // namespace vanban
