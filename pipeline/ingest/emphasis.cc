#include "pipeline/ingest/emphasis.h"

#include <re2/re2.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <optional>
#include <string_view>

#include "pipeline/ingest/media_type.h"

namespace vanban {

namespace {

struct Emphasis {
  size_t text_begin = 0;
  size_t text_end = 0;
  size_t end = 0;  // after the closing run
};

size_t RunOf(std::string_view s, size_t at, char mark) {
  size_t n = 0;
  while (at + n < s.size() && s[at + n] == mark) ++n;
  return n;
}

// Where a closing run at `at` ends: the longest of up to three "*", else
// of two or three "_".
std::optional<size_t> CloseAt(std::string_view s, size_t at) {
  if (const size_t stars = RunOf(s, at, '*')) return at + std::min<size_t>(stars, 3);
  if (const size_t lows = RunOf(s, at, '_'); lows >= 2) return at + std::min<size_t>(lows, 3);
  return std::nullopt;
}

// Bytes of the code point whose lead byte is `lead` (the text is valid UTF-8).
size_t CodePointBytes(char lead) {
  return static_cast<size_t>(U8_COUNT_TRAIL_BYTES(static_cast<uint8_t>(lead))) + 1;
}

// Bytes of the code point at `at` when it is not a space (RE2's \S: not
// tab, line feed, form feed, carriage return or space), else 0.
size_t NonSpaceAt(std::string_view s, size_t at) {
  if (at >= s.size()) return 0;
  const char c = s[at];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') return 0;
  return CodePointBytes(c);
}

// The emphasis that starts at `at`, trying openings and texts in the
// order the pattern's greedy runs and lazy text give them.
std::optional<Emphasis> EmphasisAt(std::string_view s, size_t at) {
  const char mark = s[at];
  const size_t run = RunOf(s, at, mark);
  const size_t shortest = mark == '*' ? 1 : 2;
  for (size_t open = std::min<size_t>(run, 3); open >= shortest; --open) {
    const size_t text = at + open;
    if (NonSpaceAt(s, text) == 0) continue;
    // The text's last code point is the first from which a closing run
    // follows; the code points between may be anything but a line feed.
    for (size_t last = text; last < s.size(); last += CodePointBytes(s[last])) {
      if (const size_t n = NonSpaceAt(s, last)) {
        if (auto end = CloseAt(s, last + n)) return Emphasis{text, last + n, *end};
      }
      if (s[last] == '\n') break;
    }
  }
  return std::nullopt;
}

}  // namespace

int ReplaceEmphasis(std::string* s) {
  // The scan below steps by code points; RE2 has its own reading of bytes
  // that are not UTF-8, and such lines are rare enough to leave to it.
  if (!IsValidUtf8(*s)) {
    static const RE2 kEmphasis(R"((\*{1,3}|_{2,3})(\S|\S.*?\S)(\*{1,3}|_{2,3}))");
    return RE2::GlobalReplace(s, kEmphasis, "\\2");
  }
  std::string out;
  int replaced = 0;
  size_t copied = 0;  // bytes of *s already in `out`
  // A loop rather than find_first_of, which calls memchr at every byte.
  auto next_mark = [s](size_t from) {
    while (from < s->size() && (*s)[from] != '*' && (*s)[from] != '_') ++from;
    return from;
  };
  for (size_t at = next_mark(0); at < s->size(); at = next_mark(at)) {
    const std::optional<Emphasis> e = EmphasisAt(*s, at);
    if (!e) {
      ++at;
      continue;
    }
    out.append(*s, copied, at - copied);
    out.append(*s, e->text_begin, e->text_end - e->text_begin);
    copied = at = e->end;
    ++replaced;
  }
  if (replaced == 0) return 0;
  out.append(*s, copied);
  *s = std::move(out);
  return replaced;
}

}  // namespace vanban
