#include "pipeline/ingest/emphasis.h"

#include <re2/re2.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "pipeline/ingest/media_type.h"

namespace vanban {

namespace {

struct Emphasis {
  size_t text_begin = 0;
  size_t text_end = 0;
  size_t end = 0;  // after the closing run
};

// The length of the run of `mark` at `at`, counted up to three: no rule
// looks further, and counting a long run at each of its positions made a
// line of stars cost its length squared.
size_t RunOf(std::string_view s, size_t at, char mark) {
  size_t n = 0;
  while (n < 3 && at + n < s.size() && s[at + n] == mark) ++n;
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

// For each byte, the first code point at or after it that a closing run
// follows, without crossing a line feed (npos: none). The lazy text of
// every opening ends there: looking it up, not scanning for it from each
// opening, keeps a line of unclosed marks linear.
std::vector<size_t> ClosingsAfter(std::string_view s) {
  std::vector<size_t> next(s.size() + 1, std::string_view::npos);
  size_t found = std::string_view::npos;
  for (size_t i = s.size(); i-- > 0;) {
    const uint8_t byte = static_cast<uint8_t>(s[i]);
    if (s[i] == '\n') {
      found = std::string_view::npos;
    } else if ((byte & 0xC0) != 0x80) {
      if (const size_t n = NonSpaceAt(s, i); n && CloseAt(s, i + n)) found = i;
    }
    next[i] = found;
  }
  return next;
}

// The emphasis that starts at `at`, trying openings and texts in the
// order the pattern's greedy runs and lazy text give them; `closings` is
// ClosingsAfter(s).
std::optional<Emphasis> EmphasisAt(std::string_view s, size_t at,
                                   const std::vector<size_t>& closings) {
  const char mark = s[at];
  const size_t run = RunOf(s, at, mark);
  const size_t shortest = mark == '*' ? 1 : 2;
  for (size_t open = std::min<size_t>(run, 3); open >= shortest; --open) {
    const size_t text = at + open;
    if (NonSpaceAt(s, text) == 0) continue;
    // The text's last code point is the first from which a closing run
    // follows; the code points between may be anything but a line feed.
    const size_t last = closings[text];
    if (last == std::string_view::npos) continue;
    const size_t n = NonSpaceAt(s, last);
    return Emphasis{text, last + n, *CloseAt(s, last + n)};
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
  if (next_mark(0) == s->size()) return 0;
  const std::vector<size_t> closings = ClosingsAfter(*s);
  for (size_t at = next_mark(0); at < s->size(); at = next_mark(at)) {
    const std::optional<Emphasis> e = EmphasisAt(*s, at, closings);
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
