// Digital-signature stamps on PDF pages. A province's signing service
// prints a box on the page it signs ("Ký bởi: Ủy ban nhân dân tỉnh Quảng
// Ngãi", "Cơ quan: Tỉnh Quảng Ngãi", "Thời gian ký: 04/02/2025 16:42:36"),
// and a publishing centre its own (name, e-mail, "05.02.2025 08:09:28
// +07:00"). Their lines are the software's, not the document's: they are set
// aside (RawLine::aside), and what a signature box says is read as what it is,
// into source.signatures.
#ifndef VANBAN_PIPELINE_INGEST_SIGNATURE_STAMPS_H_
#define VANBAN_PIPELINE_INGEST_SIGNATURE_STAMPS_H_

#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/source.h"

namespace vanban {

// Sets aside (RawLine::aside) the lines of digital-signature stamps: each
// line that anchors one ("Ký bởi: …", "Người ký: …", "Thời gian ký: …",
// the signing time "27.01.2025 07:10:01 +07:00", its zone perhaps on a
// line of its own), and the short lines boxed
// with it (the stamping body's name and address). Lines without a box are
// left alone. ReadPdf does this to every page.
void SetAsideSignatureStamps(std::vector<RawLine>* lines);

// The boxes of the lines set aside on `page` (its signature stamps).
std::vector<BBox> AsideBoxes(const RawPage& page);

// Sets aside the lines of `page` whose box lies mostly inside one of
// `boxes`: what OCR reads of a stamp on a page read again from its image.
void SetAsideWithin(const std::vector<BBox>& boxes, RawPage* page);

// The signatures stamped on `page` (number `page_number`), read from its
// text layer's lines set aside above: one per "Ký bởi:" / "Người ký:" box,
// with the organisation and signing time boxed with it, a field wrapped
// over several lines joined. A publishing centre's stamp (a time with no
// label) is no signature. Lines without a box are not read.
std::vector<DigitalSignature> ReadSignatureStamps(const RawPage& page, int page_number);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_INGEST_SIGNATURE_STAMPS_H_
