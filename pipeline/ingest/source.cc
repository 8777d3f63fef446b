#include "pipeline/ingest/source.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <system_error>

#include "pipeline/base/sha256.h"

namespace vanban {

Result<Source> LoadSource(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return Error{"no such file", "not_found"};
  if (fs::is_directory(st)) return Error{"is a directory", "not_a_file"};
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec) return Error{"cannot read size: " + ec.message(), "unreadable"};
  if (size == 0) return Error{"empty file", "empty_input"};
  if (size > kMaxInputBytes) return Error{"file larger than 512 MiB", "too_large"};

  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open for reading", "unreadable"};
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Error{"read error", "unreadable"};
  return SourceFromBytes(path, std::move(buf).str());
}

Result<Source> SourceFromBytes(std::string label, std::string bytes) {
  if (bytes.empty()) return Error{"empty input", "empty_input"};
  if (bytes.size() > kMaxInputBytes) return Error{"input larger than 512 MiB", "too_large"};
  Source src;
  src.path = std::move(label);
  src.bytes = std::move(bytes);
  src.sha256 = Sha256Hex(src.bytes);
  src.media_type = SniffMediaType(src.bytes);
  return src;
}

}  // namespace vanban
