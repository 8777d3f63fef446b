// Shared helpers for the unit tests: the project's lexicon and a Document
// built from plain text the way the pipeline builds it.
#ifndef VANBAN_TESTS_UNIT_TEST_SUPPORT_H_
#define VANBAN_TESTS_UNIT_TEST_SUPPORT_H_

#include <array>
#include <fstream>
#include <string>
#include <vector>

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

// The rows of a three-column file of tests/unit/data (tab-separated, lines
// opening with '#' are comments); a row without its third column has it
// empty.
inline std::vector<std::array<std::string, 3>> DataRows(const std::string& file) {
  std::ifstream in(std::string(VANBAN_UNIT_DATA_DIR) + "/" + file);
  std::vector<std::array<std::string, 3>> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const size_t a = line.find('\t'), b = line.find('\t', a + 1);
    out.push_back({line.substr(0, a), line.substr(a + 1, b - a - 1),
                   b == std::string::npos ? "" : line.substr(b + 1)});
  }
  return out;
}

}  // namespace vanban::testing

#endif  // VANBAN_TESTS_UNIT_TEST_SUPPORT_H_
