// Markdown emphasis ("**2.**", "*“Hiến máu cứu người”*", "__x__") in text
// exported from word processors and web pages.
#ifndef VANBAN_PIPELINE_INGEST_EMPHASIS_H_
#define VANBAN_PIPELINE_INGEST_EMPHASIS_H_

#include <string>

namespace vanban {

// Replaces each emphasis in `s` by its text and returns how many there
// were. An emphasis is one to three "*" or two to three "_", text that
// starts and ends with a non-space, and a closing run of either kind; runs
// are read greedily, the text as short as it can be, leftmost first. This
// is RE2::GlobalReplace(s, R"((\*{1,3}|_{2,3})(\S|\S.*?\S)(\*{1,3}|_{2,3}))",
// "\\2"), which costs RE2 two scans of the line per emphasis.
int ReplaceEmphasis(std::string* s);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_INGEST_EMPHASIS_H_
