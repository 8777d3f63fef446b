// A document as it arrives: its bytes, their digest and what kind of file
// they are. Reading the file is the only I/O the rest of the pipeline needs.
#ifndef VANBAN_PIPELINE_INGEST_SOURCE_H_
#define VANBAN_PIPELINE_INGEST_SOURCE_H_

#include <cstdint>
#include <string>

#include "pipeline/base/result.h"
#include "pipeline/ingest/media_type.h"

namespace vanban {

// Files above this size are refused rather than read into memory.
inline constexpr std::uintmax_t kMaxInputBytes = 512ull * 1024 * 1024;

// Reads `path`, hashes it and sniffs its media type from the content.
Result<Source> LoadSource(const std::string& path);

// The same for bytes already read (standard input): `label` is what the
// record reports as the file.
Result<Source> SourceFromBytes(std::string label, std::string bytes);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_INGEST_SOURCE_H_
