#include "pipeline/base/anchored_capture.h"

#include <array>

namespace vanban {

bool CaptureAnchored(const RE2& re, re2::StringPiece text, RE2::Anchor anchor,
                     const RE2::Arg* args, int n, size_t* used) {
  std::array<re2::StringPiece, 17> sub;  // RE2's own limit: 16 arguments
  // RE2::Consume and FullMatch fail when asked for more groups than exist.
  if (n >= static_cast<int>(sub.size()) || n > re.NumberOfCapturingGroups()) return false;
  // With one submatch wanted (the whole match), RE2 answers from its DFA.
  re2::StringPiece whole;
  if (!re.Match(text, 0, text.size(), anchor, &whole, 1)) return false;
  const size_t end = static_cast<size_t>(whole.data() - text.data()) + whole.size();
  // The highest-priority match ending there is the match the DFA found, so
  // its groups are those RE2 would fill on the whole input; `text` stays the
  // context, so "$" and "\b" read past the match as before.
  if (!re.Match(text, 0, end, RE2::ANCHOR_BOTH, sub.data(), n + 1)) return false;
  for (int i = 0; i < n; ++i) {
    if (!args[i].Parse(sub[i + 1].data(), sub[i + 1].size())) return false;
  }
  *used = end;
  return true;
}

}  // namespace vanban
