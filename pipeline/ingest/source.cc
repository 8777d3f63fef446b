#include "pipeline/ingest/source.h"

#include <openssl/evp.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <system_error>

namespace vanban {

std::string Sha256Hex(const std::string& bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &len, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(len * 2);
  for (unsigned int i = 0; i < len; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0xf];
  }
  return out;
}

Result<Source> LoadSource(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return Error{"no such file"};
  if (fs::is_directory(st)) return Error{"is a directory"};
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec) return Error{"cannot read size: " + ec.message()};
  if (size == 0) return Error{"empty file"};
  if (size > kMaxInputBytes) return Error{"file larger than 512 MiB"};

  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open for reading"};
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Error{"read error"};

  Source src;
  src.path = path;
  src.bytes = std::move(buf).str();
  src.sha256 = Sha256Hex(src.bytes);
  src.media_type = SniffMediaType(src.bytes);
  return src;
}

}  // namespace vanban
