// Who must do what: one task per numbered or lettered item of the body
// ("1.", "a)", "2.3.") that names parties.
//
// The lead is the body or bodies the item opens with, its grammatical
// subject — also after "Giao", "Đề nghị", or an office of the body
// ("Chủ tịch UBND các huyện" → the Ủy ban), or a heading line that is
// just a body's name, with the duties below it. The support is who is
// named after "phối hợp với". The cue words are data
// (task_grammar.tsv).
#ifndef VANBAN_EXTRACTORS_TASKS_H_
#define VANBAN_EXTRACTORS_TASKS_H_

#include <optional>
#include <string>
#include <vector>

#include "extractors/agencies.h"
#include "pipeline/model/document.h"

namespace vanban {

class Lexicon;
struct DocumentContext;  // extractors/context.h


// Also one task per row of a schedule table naming a party; a row with a
// partner but no lead column is the `issuer`'s. `mentions`: the bodies of
// each line (FindAllAgencies). Short names the document defines
// (`defined`, from DefinedShortNames) are written out.
std::vector<Task> ExtractTasks(const Document& doc, const Lexicon& lex, const DocumentContext& cx);

}  // namespace vanban

#endif  // VANBAN_EXTRACTORS_TASKS_H_
