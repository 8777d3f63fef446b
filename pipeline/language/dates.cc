#include "pipeline/language/dates.h"

#include <re2/re2.h>

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

}  // namespace vanban
