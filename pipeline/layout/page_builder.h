// Assembles reader output into the Document every later stage reads:
// each line normalised (pipeline/normalize.h), pages joined by '\n', the
// byte range of every line recorded so spans can point into pages, and
// every word keyed and given its id in the lexicon.
#ifndef VANBAN_PIPELINE_LAYOUT_PAGE_BUILDER_H_
#define VANBAN_PIPELINE_LAYOUT_PAGE_BUILDER_H_

#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/limits.h"

namespace vanban {

class Lexicon;

// Blank lines are kept (once) as paragraph breaks; leading and trailing
// blank lines of a page are dropped. A line longer than
// `limits.max_line_bytes` (at least 16) is cut into lines of at most that, after a
// sentence's end (". ", "; ") where one is in its second half, else at a
// space, else anywhere between characters; Document::lines_split counts
// them. The grammars are linear in a line, but a megabyte line would
// still hand every one of them a megabyte at a time. Lines past
// `limits.max_lines` are dropped (Document::lines_dropped counts them): the
// document's memory grows with its lines.
Document BuildDocument(const std::vector<RawPage>& pages, const Lexicon& lex,
                       const Limits& limits = {});

}  // namespace vanban

#endif  // VANBAN_PIPELINE_LAYOUT_PAGE_BUILDER_H_
