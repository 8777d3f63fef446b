// The foot of a document: the signature block (authority prefixes such as
// "TM." / "KT.", the signer's office, the name) and the "Nơi nhận" list.
#ifndef VANBAN_EXTRACTORS_SIGNATURE_H_
#define VANBAN_EXTRACTORS_SIGNATURE_H_

#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/record.h"

namespace vanban {

class Lexicon;

// Reads the lines the structure stage marked kSignature.
Signer ExtractSigner(const Document& doc, const Lexicon& lex);

// Reads the lines marked kRecipients: one item per "-" entry (wrapped
// entries joined), a trailing parenthesis as purpose, "Lưu: VT, X" as name
// "Lưu" with purpose "VT, X".
std::vector<Recipient> ExtractRecipients(const Document& doc);

}  // namespace vanban

#endif  // VANBAN_EXTRACTORS_SIGNATURE_H_
