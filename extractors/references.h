// Documents a document cites: "Kế hoạch số 312/KH-UBND ngày 11/10/2024 của
// Ủy ban nhân dân tỉnh Hà Giang", "Luật Phòng, chống thiên tai ngày 19
// tháng 6 năm 2013". Each cited document once, `basis` when cited in the
// preamble ("Căn cứ", "Thực hiện", "Theo đề nghị"), else `mention`.
#ifndef VANBAN_EXTRACTORS_REFERENCES_H_
#define VANBAN_EXTRACTORS_REFERENCES_H_

#include <optional>
#include <string>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/record.h"

namespace vanban {

class Lexicon;
struct DocumentContext;  // extractors/context.h

// The context's own number (this document's, if any) is never a reference.
std::vector<Reference> ExtractReferences(const Document& doc, const Lexicon& lex,
                                         const DocumentContext& cx);

// The body a citation names after "của": "Bộ trưởng Bộ Y tế" → "Bộ Y tế",
// "UBND tỉnh" → "Ủy ban nhân dân tỉnh". Exposed for tests.
std::string CleanCitedIssuer(std::string_view text, const Lexicon& lex);

}  // namespace vanban

#endif  // VANBAN_EXTRACTORS_REFERENCES_H_
