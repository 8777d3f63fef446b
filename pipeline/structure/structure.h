// The structure stage: gives every line of a Document its role in the
// layout Nghị định 30/2020/NĐ-CP prescribes — header (issuer, "Số:",
// quốc hiệu, place and date), type heading and trích yếu, addressees,
// preamble, body, footnotes, "Nơi nhận", signature, appendix.
//
// It reads line text only (and PDF layout hints where present), so plain
// text, PDF text layers and OCR output go through the same rules.
#ifndef VANBAN_PIPELINE_STRUCTURE_STRUCTURE_H_
#define VANBAN_PIPELINE_STRUCTURE_STRUCTURE_H_

#include <string_view>

#include "pipeline/model/document.h"

namespace vanban {

class Lexicon;
struct DocumentType;

// Fills doc->roles (one per line).
void AssignRoles(Document* doc, const Lexicon& lex);

// The whole stage: roles, then the block tree and tables (BuildBlocks).
void BuildStructure(Document* doc, const Lexicon& lex);

// "header_issuer", "title", … (for --format lines and tests).
const char* RoleName(Role role);

// Line classifiers, exposed for the extractors and for tests.
bool IsNumberLine(std::string_view line);       // "Số: 12/KH-UBND"
// Bytes of the "Số:" label a number line opens with (spaces before it
// included), 0 when it opens with none.
size_t NumberLabelLength(std::string_view line);
// A number line whose handwritten serial OCR read as a scrap or lost, its
// label perhaps garbled too ("Số: đ /CT-UBND", "SôztT /CT-UBND",
// "/TB-UBND"): the byte offset of the "/" before the symbol; npos for any
// other line.
size_t UnreadSerialSlash(std::string_view line);
bool IsPlaceDateLine(std::string_view line);    // "Lạng Sơn, ngày … năm 2023"
bool IsMottoLine(std::string_view line);        // quốc hiệu, tiêu ngữ, rules
bool IsVvLine(std::string_view line);           // "V/v …", "Về việc …"
bool IsPreambleCue(std::string_view line);      // "Căn cứ", "Thực hiện", …
bool IsRecipientsHead(std::string_view line);   // "Nơi nhận:"
bool IsAuthorityPrefixed(std::string_view line);  // "KT. CHỦ TỊCH"
bool IsFootnoteLine(std::string_view line);     // "¹ Cơ quan thường trực …"
bool IsStrayMark(std::string_view line);        // "2", "(", "/ |": no letter, short
bool IsLetterScrap(std::string_view line);      // "Ip", "là": two letters at most, not capitals
// Length in bytes of the type name a heading line starts with ("KẾ HOẠCH"
// in "KẾ HOẠCH Tuyên truyền …"), or 0 when the line is no type heading.
size_t TypeHeadingLength(std::string_view line, const Lexicon& lex);
// The type a heading line names ("CHỈ THỊ", or "CHÍ THỊ" as OCR misread
// it), or null when the line is no type heading.
const DocumentType* HeadingType(std::string_view line, const Lexicon& lex);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_STRUCTURE_STRUCTURE_H_
