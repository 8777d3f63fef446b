#include "pipeline/ingest/source.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <system_error>

#include "pipeline/base/sha256.h"
#include "pipeline/ingest/text_encoding.h"

namespace vanban {

namespace {

Error TooLarge(std::uintmax_t size, std::uintmax_t max_bytes) {
  return Error{std::to_string(size) + " bytes, above the limit of " + std::to_string(max_bytes) +
                   " bytes",
               "too_large"};
}

}  // namespace

Result<Source> LoadSource(const std::string& path, std::uintmax_t max_bytes) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return Error{"no such file", "not_found"};
  if (fs::is_directory(st)) return Error{"is a directory", "not_a_file"};
  if (!fs::is_regular_file(st)) {
    return Error{"not a regular file (a device, pipe or socket)", "not_a_file"};
  }
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec) return Error{"cannot read size: " + ec.message(), "unreadable"};
  if (size == 0) return Error{"empty file", "empty_input"};
  if (size > max_bytes) return TooLarge(size, max_bytes);

  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open for reading", "unreadable"};
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Error{"read error", "unreadable"};
  return SourceFromBytes(path, std::move(buf).str(), max_bytes);
}

Result<Source> SourceFromBytes(std::string label, std::string bytes, std::uintmax_t max_bytes) {
  if (bytes.empty()) return Error{"empty input", "empty_input"};
  if (bytes.size() > max_bytes) return TooLarge(bytes.size(), max_bytes);
  Source src;
  src.path = std::move(label);
  src.bytes = std::move(bytes);
  src.sha256 = Sha256Hex(src.bytes);
  src.media_type = SniffMediaType(src.bytes);
  if (src.media_type == MediaType::kUnknown) {
    if (auto text = DecodeLegacyText(src.bytes)) {
      src.bytes = std::move(text->utf8);
      src.decoded_from = std::move(text->encoding);
      src.media_type = SniffMediaType(src.bytes);
    }
  }
  return src;
}

}  // namespace vanban
