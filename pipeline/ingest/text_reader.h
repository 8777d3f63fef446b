// Plain-text input: UTF-8 text as clerks paste it or as it is scraped from
// legal-document portals, often with Markdown/HTML markup left in.
#ifndef VANBAN_PIPELINE_INGEST_TEXT_READER_H_
#define VANBAN_PIPELINE_INGEST_TEXT_READER_H_

#include <string_view>
#include <vector>

#include "pipeline/model/document.h"

namespace vanban {

// Splits `text` into pages at form feeds and lines at newlines, and removes
// markup: Markdown emphasis and heading marks, HTML tags, autolink brackets.
// Footnote marks written as <sup>n</sup> become superscript digits so that
// they stay distinguishable from the text around them. Two-column Markdown
// tables (header and signature blocks) are read column by column, like the
// two columns of a printed header; wider tables become tab-separated rows.
// A page with Markdown tables or a portal's title or source line is marked
// scraped. A page number printed inside a sentence (the text of a scan,
// "… phối hợp Sở Nông nghiệp và" / "3" / "Phát triển nông thôn, …") is
// dropped and the sentence joined.
std::vector<RawPage> ReadPlainText(std::string_view text);

// Exposed for tests: one line with its inline markup removed.
std::string StripInlineMarkup(std::string_view line);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_INGEST_TEXT_READER_H_
