#include "pipeline/ingest/media_type.h"

#include "pipeline/base/utf8.h"

namespace vanban {

namespace {

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// Text that is valid UTF-8 but full of control bytes is binary data that
// happens to decode (e.g. a zero-filled file).
bool LooksLikeText(std::string_view bytes) {
  if (!IsValidUtf8(bytes)) return false;
  size_t controls = 0;
  for (unsigned char c : bytes) {
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
  }
  return controls * 100 <= bytes.size();  // tolerate a stray form feed or two
}

}  // namespace

bool IsValidUtf8(std::string_view bytes) {
  const int32_t n = static_cast<int32_t>(bytes.size());
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  for (int32_t i = 0; i < n;) {
    const int32_t length = WellFormedLength(s, i, n);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

MediaType SniffMediaType(std::string_view bytes) {
  // A PDF header may follow a little junk (some scanners prepend bytes).
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return MediaType::kPdf;
  if (StartsWith(bytes, "\x89PNG\r\n\x1a\n")) return MediaType::kPng;
  if (StartsWith(bytes, "\xff\xd8\xff")) return MediaType::kJpeg;
  if (StartsWith(bytes, "II*\0") || StartsWith(bytes, std::string_view("MM\0*", 4)))
    return MediaType::kTiff;
  if (!bytes.empty() && LooksLikeText(bytes)) return MediaType::kText;
  return MediaType::kUnknown;
}

}  // namespace vanban
