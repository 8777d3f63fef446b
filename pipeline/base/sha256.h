// SHA-256 digests (OpenSSL), for the input's identity in a record and for
// the data a record was read with.
#ifndef VANBAN_PIPELINE_BASE_SHA256_H_
#define VANBAN_PIPELINE_BASE_SHA256_H_

#include <string>
#include <string_view>

namespace vanban {

// The digest of `bytes`, 64 lower-case hex digits.
std::string Sha256Hex(std::string_view bytes);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_BASE_SHA256_H_
