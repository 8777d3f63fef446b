// Who issued the document. Read from the header when it is there; when a
// copy lacks its header (common in texts copied from portals), inferred
// from the code in the document symbol and the body sentence whose subject
// that code abbreviates ("KH-SKHCN" + "Sở Khoa học và Công nghệ xây dựng
// Kế hoạch …").
#ifndef VANBAN_EXTRACTORS_ISSUER_H_
#define VANBAN_EXTRACTORS_ISSUER_H_

#include <optional>
#include <string>
#include <string_view>

#include "pipeline/model/document.h"
#include "pipeline/model/record.h"

namespace vanban {

class Lexicon;

struct IssuerResult {
  std::optional<Field> issuer;
  std::optional<std::string> parent;
  bool inferred = false;
};

// `symbol` ("CT-UBND") and `place` ("Lạng Sơn") may be empty.
IssuerResult ExtractIssuer(const Document& doc, const Lexicon& lex, std::string_view symbol,
                           std::string_view place);

// The first symbol segment that is neither a type abbreviation nor a year:
// "CT-UBND" → "UBND", "UBND-YT" → "UBND".
std::string SymbolIssuerCode(std::string_view symbol, const Lexicon& lex);

// Expands the abbreviations of abbreviations.tsv word by word
// ("UBND TỈNH" → "Ủy ban nhân dân TỈNH").
std::string ExpandAbbreviations(std::string_view text, const Lexicon& lex);

}  // namespace vanban

#endif  // VANBAN_EXTRACTORS_ISSUER_H_
