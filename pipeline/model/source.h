// Where a record comes from: the input's bytes and what kind of file they
// are, and what OCR did when it read any page. Filled by the ingest and OCR
// stages, reported by the output stage.
#ifndef VANBAN_PIPELINE_MODEL_SOURCE_H_
#define VANBAN_PIPELINE_MODEL_SOURCE_H_

#include <string>

#include "pipeline/model/date.h"

namespace vanban {

enum class MediaType {
  kUnknown,
  kPdf,
  kPng,
  kJpeg,
  kTiff,
  kText,  // valid UTF-8 without control bytes
};

struct Source {
  std::string path;
  std::string bytes;
  std::string sha256;  // lower-case hex
  MediaType media_type = MediaType::kUnknown;
  // The encoding a text file was decoded from ("windows-1258", "utf-16le");
  // empty for UTF-8 and for other media. `bytes` then holds the decoded
  // text, `sha256` still the file's own bytes.
  std::string decoded_from;
};

// What source.ocr reports.
struct OcrSummary {
  std::string engine;
  std::string languages;
  int pages = 0;               // pages read by OCR
  double mean_confidence = 0;  // word-weighted, 0..1
};

// A digital signature as the signing software stamped it on a PDF page
// ("Ký bởi: …", "Cơ quan: …", "Thời gian ký: 04/02/2025 16:42:36"): who
// signed the file and when, which is not what the document says of itself.
struct DigitalSignature {
  int page = 1;              // 1-based
  std::string signed_by;     // "Ký bởi:" / "Người ký:"; empty when not stamped
  std::string organisation;  // "Cơ quan:"; empty when not stamped
  Date time;                 // to the minute; year 0 when no time was stamped
  std::string time_text;     // as stamped: "04/02/2025 16:42:36 +07:00"
};

}  // namespace vanban

#endif  // VANBAN_PIPELINE_MODEL_SOURCE_H_
