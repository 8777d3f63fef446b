// What reading one document may cost. Each bound has a flag in the CLI
// (tools/vanban) and a code in the record when it is reached:
//
//   bound              flag              past it
//   max_input_bytes    --max-bytes       error too_large: the file is not read
//   max_pages          --max-pages       warning pages_dropped: the first pages are read
//   max_pixels         --max-pixels      warning page_unreadable for that page (a page
//                                        image, or an image drawn on it, above the bound
//                                        is refused before it is decoded or rendered)
//   max_line_bytes     --max-line        warning line_split: longer lines are cut before
//                                        any grammar reads them
//   max_lines          --max-lines       warning lines_dropped: lines past it are not kept
//   (OCR per page)     --ocr-timeout     warning ocr_timeout: the text read so far is kept
//   document_seconds   --doc-timeout     warning document_timeout: pages not begun by
//                                        then are left unread (error no_text when none was)
//
// Memory follows from these: one page image at a time per OCR worker, and
// the document's lines and text, which max_lines and max_input_bytes bound.
#ifndef VANBAN_PIPELINE_MODEL_LIMITS_H_
#define VANBAN_PIPELINE_MODEL_LIMITS_H_

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace vanban {

// When a document's reading must end (Limits::document_seconds).
using StopTime = std::chrono::steady_clock::time_point;

struct Limits {
  std::uintmax_t max_input_bytes = 512ull * 1024 * 1024;
  // The longest archived dossiers run to a few hundred pages.
  int max_pages = 1000;
  // About A3 at 600 dpi twice over: a few-kilobyte file can otherwise
  // claim gigabytes of pixels.
  long long max_pixels = 150'000'000;
  // Real lines stay far below it (2.5 KB at most in the corpora: a scraped
  // paragraph); a text dump without line breaks would otherwise hand the
  // grammars megabytes at a time.
  std::size_t max_line_bytes = 4096;
  // A document's memory grows with its lines (about 500 bytes each, with
  // their words and structure); the longest real texts have a few thousand.
  std::size_t max_lines = 100'000;
  // A 100-page scan takes about five minutes of OCR on one core.
  double document_seconds = 900;
};

}  // namespace vanban

#endif  // VANBAN_PIPELINE_MODEL_LIMITS_H_
