// The review page (--format html): one self-contained HTML file — no
// network, its CSS and script inline, its page pictures as data: URLs —
// that shows the record beside the document as it was read, for an auditor
// checking where every fact came from.
//
// In: the vanban/1 record (RecordJson, parsed), the document it was read
// from (its page texts and line boxes), and pictures of its pages (none for
// a text input; a page without one shows its text alone).
// Out: the page. Left, the record: the source, its warnings, then every
// item — document fields, recipients, references, agencies, targets,
// events, deadlines, tasks — with its value and a link (#i=ID). Right, each
// page: its picture with a box over every line, and its text. Every span
// of an item is marked in the text (an element with the item's ID among
// its space-separated data-i) and on the boxes of the lines it touches;
// choosing the item highlights them. An item read from OCR'd text under
// kCheckBelow confidence, or whose own confidence is under it, is marked
// for checking (class "check").
#ifndef VANBAN_PIPELINE_OUTPUT_REVIEW_PAGE_H_
#define VANBAN_PIPELINE_OUTPUT_REVIEW_PAGE_H_

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/page_picture.h"

namespace vanban {

class Lexicon;

// Under this confidence an item is marked for checking.
inline constexpr double kCheckBelow = 0.80;

// `lex` names the document types that references cite.
std::string ReviewPage(const nlohmann::json& record, const Document& doc,
                       const std::vector<PagePicture>& pictures, const Lexicon& lex);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_OUTPUT_REVIEW_PAGE_H_
