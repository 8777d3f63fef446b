// Shared helpers for the unit tests: the project's lexicon and a Document
// built from plain text the way the pipeline builds it.
#ifndef VANBAN_TESTS_UNIT_TEST_SUPPORT_H_
#define VANBAN_TESTS_UNIT_TEST_SUPPORT_H_

#include <string>

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

}  // namespace vanban::testing

#endif  // VANBAN_TESTS_UNIT_TEST_SUPPORT_H_
