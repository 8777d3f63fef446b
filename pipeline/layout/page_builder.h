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

// The longest line the grammars are given. Real lines stay far below it
// (2.5 KB at most in the corpora: a scraped paragraph); a text dump
// without line breaks would make every grammar's pass over a line cost
// its length squared (1 MB on one line: a minute).
inline constexpr size_t kMaxLineBytes = 4096;

// Blank lines are kept (once) as paragraph breaks; leading and trailing
// blank lines of a page are dropped. A line longer than kMaxLineBytes is
// cut into lines of at most that, after a sentence's end (". ", "; ")
// where one is in its second half, else at a space, else anywhere between
// characters; Document::lines_split counts them.
Document BuildDocument(const std::vector<RawPage>& pages, const Lexicon& lex);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_LAYOUT_PAGE_BUILDER_H_
