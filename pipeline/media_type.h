// Decides what a file is from its first bytes, not from its name: a
// scanner's ".pdf" may be a JPEG, and a mail gateway's ".txt" may be HTML.
#ifndef VANBAN_PIPELINE_MEDIA_TYPE_H_
#define VANBAN_PIPELINE_MEDIA_TYPE_H_

#include <string_view>

namespace vanban {

enum class MediaType {
  kUnknown,
  kPdf,
  kPng,
  kJpeg,
  kTiff,
  kText,  // valid UTF-8 without control bytes
};

MediaType SniffMediaType(std::string_view bytes);

// "application/pdf", "text/plain", …
std::string_view MediaTypeName(MediaType t);

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view bytes);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_MEDIA_TYPE_H_
