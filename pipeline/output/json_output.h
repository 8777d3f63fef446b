// Writers for an Extraction: the vanban/1 JSON record of the output
// contract, and the normalised page texts (--format text).
#ifndef VANBAN_PIPELINE_OUTPUT_JSON_OUTPUT_H_
#define VANBAN_PIPELINE_OUTPUT_JSON_OUTPUT_H_

#include <string>

#include "pipeline/model/record.h"

namespace vanban {

// The vanban/1 record: compact, or `pretty` with two-space indents.
std::string RecordJson(const Extraction& x, bool pretty);

// Pages separated by form feeds, as pdftotext writes them.
std::string PagesAsText(const Document& doc);

// One line per text line: "page<TAB>role<TAB>text" — what the structure
// stage decided, for checking a document that comes out wrong.
std::string LinesWithRoles(const Document& doc);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_OUTPUT_JSON_OUTPUT_H_
