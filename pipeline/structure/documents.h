// One file, several documents: a scan batch, or a PDF whose later pages
// are another letter (its own header, number and date). A page that opens
// with a header block of its own begins a new document.
#ifndef VANBAN_PIPELINE_STRUCTURE_DOCUMENTS_H_
#define VANBAN_PIPELINE_STRUCTURE_DOCUMENTS_H_

#include <vector>

#include "pipeline/model/document.h"

namespace vanban {

// The first page (1-based) of each document `doc` holds, in order; {1}
// for a file of one document. A page after the first begins a document
// when, among its first lines, there stand a "Số:" line and the quốc hiệu
// or a place-and-date line: an appendix, a form or an attached plan has
// no number of its own.
std::vector<int> DocumentFirstPages(const Document& doc);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_STRUCTURE_DOCUMENTS_H_
