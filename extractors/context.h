// What the extractors share about one document, worked out once after its
// header is read: its date and the year it is about, its issuer and its
// own number, its title, the bodies each line names and the short names it
// defines. Built by MakeContext; every extractor after the metadata takes
// it instead of a list of loose values.
#ifndef VANBAN_EXTRACTORS_CONTEXT_H_
#define VANBAN_EXTRACTORS_CONTEXT_H_

#include <optional>
#include <string>

#include "extractors/agencies.h"
#include "pipeline/model/date.h"
#include "pipeline/model/document.h"
#include "pipeline/model/record.h"

namespace vanban {

class Lexicon;

struct DocumentContext {
  std::optional<Date> issued;          // the date of issue, when read
  int scope_year = 0;                  // the year the document is about; 0 when unknown
  std::optional<std::string> issuer;   // as the record names it
  std::optional<std::string> number;   // its own "Số" ("12/KH-UBND")
  std::string title;                   // its trích yếu, or empty
  std::string type_name;               // its type as named ("Báo cáo"), or empty
  LineMentions mentions;               // the bodies of each line (FindAllAgencies)
  ShortNames short_names;              // the short names it defines (DefinedShortNames)

  int issued_year() const { return issued ? issued->year : 0; }
};

// The context of `doc` whose header reads `meta`. The scope year is the
// first year the title names ("… năm 2025", "giai đoạn 2023 - 2027"), else
// the year of issue.
DocumentContext MakeContext(const Document& doc, const Lexicon& lex, const DocumentMeta& meta);

}  // namespace vanban

#endif  // VANBAN_EXTRACTORS_CONTEXT_H_
