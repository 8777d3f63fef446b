#include "pipeline/language/document_number.h"

#include <re2/re2.h>

#include <algorithm>


namespace vanban {

const char* NumberPattern() {
  // 05/TT-BYT · 66/2021/NĐ-CP · 57-NQ/TW · 12/TTr-SNN · 14/HD – BCĐQG
  return R"(\d{1,6}(?:\s*/\s*\d{4})?(?:\s*[/-]\s*\p{Lu}[\pL\d&.]*)+)";
}

std::string NormalizeNumberText(std::string_view s) {
  static const RE2 kAroundSeparator(R"(\s*([/-])\s*)");
  std::string out(s);
  RE2::GlobalReplace(&out, kAroundSeparator, "\\1");
  while (!out.empty() && (out.back() == '.' || out.back() == ',' || out.back() == ' ')) {
    out.pop_back();
  }
  while (!out.empty() && out.front() == ' ') out.erase(0, 1);
  return out;
}

std::optional<DocumentNumber> ParseDocumentNumber(std::string_view text) {
  static const RE2 kNumber(
      R"(^\s*((?:\d(?:\d| \d){0,6})?)\s*((?:/\s*\d{4}\s*)?[/-]\s*\p{Lu}[\pL\d&.]*(?:\s*[/-]\s*\p{Lu}[\pL\d&.]*)*))");
  // "Số: KH-SKHCN": a blank serial whose slash a scan lost (the number is
  // written in by hand after signing); the symbol still has its hyphen.
  static const RE2 kBareSymbol(R"(^\s*(\p{Lu}[\pL\d&.]*(?:\s*-\s*\p{Lu}[\pL\d&.]*)+))");
  std::string serial, rest;
  if (!RE2::PartialMatch(text, kNumber, &serial, &rest) &&
      !RE2::PartialMatch(text, kBareSymbol, &rest)) {
    return std::nullopt;
  }
  DocumentNumber n;
  std::string tail = NormalizeNumberText(rest);
  // The symbol is what follows the serial (and the year of a legal act).
  static const RE2 kLead(R"(^/(?:\d{4}/)?)");
  std::string symbol = tail;
  RE2::Replace(&symbol, kLead, "");
  if (symbol.empty()) return std::nullopt;
  n.symbol = symbol;
  if (serial.find(' ') != std::string::npos) {
    serial.erase(std::remove(serial.begin(), serial.end(), ' '), serial.end());
    n.serial_spaced = true;
  }
  if (!serial.empty()) {
    n.serial = std::stoi(serial);
    n.number = serial + tail;
  }
  return n;
}

}  // namespace vanban
