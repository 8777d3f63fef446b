// Shared helpers for the unit tests: the project's lexicon and a Document
// built from plain text the way the pipeline builds it.
#ifndef VANBAN_TESTS_UNIT_TEST_SUPPORT_H_
#define VANBAN_TESTS_UNIT_TEST_SUPPORT_H_

#include <string>

#include "extractors/context.h"
#include "pipeline/ingest/text_reader.h"
#include "pipeline/language/lexicon.h"
#include "pipeline/layout/page_builder.h"
#include "pipeline/model/document.h"
#include "pipeline/structure/structure.h"

namespace vanban::testing {

inline const Lexicon& Lex() {
  static const Lexicon lex = Lexicon::Load(Lexicon::DefaultDir()).value();
  return lex;
}

inline Document StructuredText(const std::string& text) {
  Document doc = BuildDocument(ReadPlainText(text), Lex());
  BuildStructure(&doc, Lex());
  return doc;
}

// The context the runner would make for `doc` with a header that gives
// these fields (empty or absent: not given).
inline DocumentContext ContextOf(const Document& doc, std::optional<Date> issued = std::nullopt,
                                 const std::string& issuer = "", const std::string& title = "") {
  DocumentMeta meta;
  if (issued) meta.issued = DateField{*issued, {}};
  if (!issuer.empty()) meta.issuer = Field{issuer, {}};
  if (!title.empty()) meta.title = Field{title, {}};
  return MakeContext(doc, Lex(), meta);
}

}  // namespace vanban::testing

#endif  // VANBAN_TESTS_UNIT_TEST_SUPPORT_H_
