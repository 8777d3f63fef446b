// Assembles reader output into the Document every later stage reads:
// each line normalised (pipeline/normalize.h), pages joined by '\n', the
// byte range of every line recorded so spans can point into pages, and
// every word keyed and given its id in the lexicon.
#ifndef VANBAN_PIPELINE_LAYOUT_PAGE_BUILDER_H_
#define VANBAN_PIPELINE_LAYOUT_PAGE_BUILDER_H_

#include <vector>

#include "pipeline/model/document.h"

namespace vanban {

class Lexicon;

// Blank lines are kept (once) as paragraph breaks; leading and trailing
// blank lines of a page are dropped.
Document BuildDocument(const std::vector<RawPage>& pages, const Lexicon& lex);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_LAYOUT_PAGE_BUILDER_H_
