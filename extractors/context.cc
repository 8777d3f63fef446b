#include "extractors/context.h"

#include <re2/re2.h>

namespace vanban {

namespace {

int ScopeYear(const std::string& title, int issued_year) {
  static const RE2 kYear(R"(\b((?:19|20)\d\d)\b)");
  int year = 0;
  if (!title.empty() && RE2::PartialMatch(title, kYear, &year)) return year;
  return issued_year;
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
