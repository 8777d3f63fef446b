// Assembles reader output into the Document every later stage reads:
// each line normalised (pipeline/normalize.h), pages joined by '\n', and
// the byte range of every line recorded so spans can point into pages.
#ifndef VANBAN_PIPELINE_PAGE_BUILDER_H_
#define VANBAN_PIPELINE_PAGE_BUILDER_H_

#include <vector>

#include "pipeline/document.h"

namespace vanban {

// Blank lines are kept (once) as paragraph breaks; leading and trailing
// blank lines of a page are dropped.
Document BuildDocument(const std::vector<RawPage>& pages);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_PAGE_BUILDER_H_
