// What the extractors produce for one document; the JSON writer turns it
// into the output contract (../shared/spec/output-contract.md).
#ifndef VANBAN_EXTRACTORS_RECORD_H_
#define VANBAN_EXTRACTORS_RECORD_H_

#include <optional>
#include <string>
#include <vector>

#include "pipeline/document.h"

namespace vanban {

// A scalar fact and where it was read.
struct Field {
  std::string value;
  Span span;
};

struct Signer {
  std::optional<Field> name;
  std::optional<Field> position;
  std::optional<std::string> authority;          // innermost prefix: TM, KT, …
  std::vector<std::string> authority_chain;      // outermost first
  std::optional<std::string> for_office;         // "Chủ tịch"
  std::optional<Span> span;                      // the whole block
};

struct Recipient {
  std::string name;
  std::optional<std::string> purpose;
  Span span;
};

struct DocumentMeta {
  std::optional<Field> type;  // value: code ("chi_thi")
  std::optional<std::string> type_name;
  std::optional<Field> number;
  std::optional<int> serial;
  std::optional<Field> symbol;
  std::optional<Field> issuer;
  std::optional<std::string> parent_issuer;
  std::optional<Field> place;
  std::optional<Field> issued;
  std::optional<Field> title;
  Signer signer;
  std::vector<Recipient> recipients;
};

struct Reference {
  std::string type;  // code
  std::optional<std::string> number;
  std::optional<std::string> issued;
  std::optional<std::string> issuer;
  std::optional<std::string> title;  // laws cited by name
  std::string role;                  // "basis" | "mention"
  Span span;
};

}  // namespace vanban

#endif  // VANBAN_EXTRACTORS_RECORD_H_
