#include "pipeline/structure/table_columns.h"

#include "pipeline/language/lexicon.h"
#include "pipeline/language/text_util.h"

namespace vanban {

namespace {

ColumnKind KindNamed(std::string_view kind) {
  if (kind == "support") return ColumnKind::kSupport;
  if (kind == "lead") return ColumnKind::kLead;
  if (kind == "time") return ColumnKind::kTime;
  if (kind == "content") return ColumnKind::kContent;
  if (kind == "place") return ColumnKind::kPlace;
  if (kind == "area") return ColumnKind::kArea;
  if (kind == "ordinal") return ColumnKind::kOrdinal;
  return ColumnKind::kOther;
}

}  // namespace

ColumnKind ColumnOf(std::string_view header, const Lexicon& lex) {
  const auto ids = lex.IdsOf(Words(header));
  for (const Phrase& p : lex.table_columns()) {
    for (size_t w = 0; w < ids.size(); ++w) {
      if (MatchPhrase(ids, w, p)) return KindNamed(p.kind);
    }
  }
  return ColumnKind::kOther;
}


}  // namespace vanban
