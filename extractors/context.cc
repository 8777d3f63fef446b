#include "extractors/context.h"

#include "pipeline/language/time_grammar.h"

namespace vanban {

namespace {

// The first year the title's first time expression names ("Kế hoạch hiến
// máu năm 2025", "… giai đoạn 2023 - 2027", "Kế hoạch 2025"), else the
// issue year. A year inside a document's number ("Nghị định
// 100/2019/NĐ-CP") is none.
int ScopeYear(const std::string& title, int issued_year) {
  const std::vector<TimeExpr> times = FindTimes(title, TimeAnchor{}, TimeForms{.bare_year = true});
  return times.empty() ? issued_year : times.front().from.first.year;
}

}  // namespace

DocumentContext MakeContext(const Document& doc, const Lexicon& lex, const DocumentMeta& meta) {
  DocumentContext cx;
  if (meta.issued) cx.issued = meta.issued->value;
  if (meta.issuer) cx.issuer = meta.issuer->value;
  if (meta.number) cx.number = meta.number->value;
  if (meta.title) cx.title = meta.title->value;
  if (meta.type_name) cx.type_name = *meta.type_name;
  cx.scope_year = ScopeYear(cx.title, cx.issued_year());
  cx.mentions = FindAllAgencies(doc, lex);
  cx.short_names = DefinedShortNames(doc, lex, cx.mentions, cx.issuer);
  return cx;
}

}  // namespace vanban
