// Anchored RE2 matches that fill submatches, at the cost of the match rather
// than of the whole input.
//
// For a pattern anchored at the start (Consume, FullMatch, a "^" pattern)
// with submatches to fill, RE2 skips its DFA and runs BitState over the whole
// input, whose setup grows with the input's length (a line of text), or its
// NFA, which is slow on large patterns. These functions first let the DFA
// find where the match ends — and reject the many inputs that do not match —
// then fill the submatches from the matched bytes alone, which is what RE2
// itself does for unanchored searches. The results are those of RE2::Consume
// and RE2::FullMatch with the same arguments.
#ifndef VANBAN_PIPELINE_BASE_ANCHORED_CAPTURE_H_
#define VANBAN_PIPELINE_BASE_ANCHORED_CAPTURE_H_

#include <re2/re2.h>

#include <cstddef>

namespace vanban {

// Matches `re` at the start of `text` (to its end with RE2::ANCHOR_BOTH) and
// parses the first `n` submatches into `args`; on success sets `*used` to
// the length of the match.
bool CaptureAnchored(const RE2& re, re2::StringPiece text, RE2::Anchor anchor,
                     const RE2::Arg* args, int n, size_t* used);

// As RE2::Consume(in, re, out...).
template <typename... Out>
bool ConsumeCapturing(re2::StringPiece* in, const RE2& re, Out*... out) {
  static_assert(sizeof...(Out) > 0, "without submatches, RE2::Consume is as fast");
  const RE2::Arg args[] = {RE2::Arg(out)...};
  size_t used = 0;
  if (!CaptureAnchored(re, *in, RE2::ANCHOR_START, args, sizeof...(Out), &used)) return false;
  in->remove_prefix(used);
  return true;
}

// As RE2::FullMatch(text, re, out...).
template <typename... Out>
bool FullMatchCapturing(re2::StringPiece text, const RE2& re, Out*... out) {
  static_assert(sizeof...(Out) > 0, "without submatches, RE2::FullMatch is as fast");
  const RE2::Arg args[] = {RE2::Arg(out)...};
  size_t used = 0;
  return CaptureAnchored(re, text, RE2::ANCHOR_BOTH, args, sizeof...(Out), &used);
}

}  // namespace vanban

#endif  // VANBAN_PIPELINE_BASE_ANCHORED_CAPTURE_H_
