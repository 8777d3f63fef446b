#include "pipeline/structure/table_columns.h"

#include "pipeline/language/lexicon.h"
#include "pipeline/language/text_util.h"

namespace vanban {

ColumnKind ColumnOf(std::string_view header, const Lexicon& lex) {
  const auto ids = lex.IdsOf(Words(header));
  for (const Phrase& p : lex.table_columns()) {
    for (size_t w = 0; w < ids.size(); ++w) {
      if (MatchPhrase(ids, w, p)) return static_cast<ColumnKind>(p.value);
    }
  }
  return ColumnKind::kOther;
}


}  // namespace vanban
