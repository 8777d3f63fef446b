// A scanned header's handwritten serial and day, completed from what the
// file says outside its pages' text. A clerk writes the serial and day in
// by hand after signing, and OCR reads handwriting badly; but a clerk also
// names the scan by its number ("46 TB.pdf", "2770 (08-CT-UBND).pdf",
// "ct-2021-ubnd-quang-ngai-11.pdf"), and a province's signing service
// stamps the day the issuer signed the file (source.signatures).
#ifndef VANBAN_EXTRACTORS_HEADER_EVIDENCE_H_
#define VANBAN_EXTRACTORS_HEADER_EVIDENCE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/record.h"
#include "pipeline/model/source.h"

namespace vanban {

class Lexicon;

// The serial a file name gives a document whose number is `symbol` and
// whose year of issue is `year` (0: not known), as written ("08"), or
// nullopt. The name must hold a code of the document (its type's
// abbreviation, one of `type_codes`, or a segment of the symbol: "CT",
// "UBND"), no other type's code (`other_type_codes`: "tb" names a Thông
// báo's file), no year but `year`, and one number that can be the serial:
// the one just before the symbol's first segment ("08-CT-UBND", "46 TB")
// or else the only one. Runs of six digits or more (a scan's date and time
// stamp) are none.
std::optional<std::string> SerialInFileName(std::string_view file_name, std::string_view symbol,
                                            const std::vector<std::string>& type_codes,
                                            const std::vector<std::string>& other_type_codes,
                                            int year);

// Completes `m` (read by ExtractMetadata from `doc`) where its header was
// read by OCR:
// - a serial OCR could not read, or read from a line under the metadata's
//   doubt threshold and the file name gives another, is the file name's
//   (warning number_from_file_name, in place of number_blank or
//   number_unsure);
// - a day of issue left unread, with the month and year read, is the day of
//   the issuer's own digital signature in that month (warning
//   issued_from_signature, in place of issued_partial): the paper may be
//   dated a day or two earlier.
// A header read from a text layer or a text file is left as printed.
void CompleteScannedHeader(const Document& doc, const Lexicon& lex, std::string_view file_name,
                           const std::vector<DigitalSignature>& signatures, DocumentMeta* m,
                           std::vector<Warning>* warnings);

}  // namespace vanban

#endif  // VANBAN_EXTRACTORS_HEADER_EVIDENCE_H_
