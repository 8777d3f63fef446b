// "Số, ký hiệu": the serial number and symbol of a document
// ("1846/UBND-YT", "66/2021/NĐ-CP", "57-NQ/TW").
#ifndef VANBAN_PIPELINE_LANGUAGE_DOCUMENT_NUMBER_H_
#define VANBAN_PIPELINE_LANGUAGE_DOCUMENT_NUMBER_H_

#include <optional>
#include <string>
#include <string_view>

namespace vanban {

struct DocumentNumber {
  std::optional<std::string> number;  // null when the serial is blank
  std::optional<int> serial;
  std::string symbol;  // "CT-UBND"
  // The serial's digits stood apart ("6 40 /VP-KSTTHC"): a handwritten
  // serial as OCR read it, joined here and worth checking.
  bool serial_spaced = false;
};

// Spacing around '/' and '-' removed, dash variants made '-', characters
// otherwise kept as typed: "14/HD – BCĐQG" → "14/HD-BCĐQG".
std::string NormalizeNumberText(std::string_view s);

// Parses the text after "Số:" ("/CT-UBND", "528/KH-SGDĐT", " 07 /CT-UBND").
std::optional<DocumentNumber> ParseDocumentNumber(std::string_view text);

// The RE2 pattern (no groups) of a cited number, shared with the
// reference grammar: serial, optional year, then symbol segments.
const char* NumberPattern();

}  // namespace vanban

#endif  // VANBAN_PIPELINE_LANGUAGE_DOCUMENT_NUMBER_H_
