// A document as it arrives: its bytes, their digest and what kind of file
// they are. Reading the file is the only I/O the rest of the pipeline needs.
#ifndef VANBAN_PIPELINE_INGEST_SOURCE_H_
#define VANBAN_PIPELINE_INGEST_SOURCE_H_

#include <cstdint>
#include <string>

#include "pipeline/base/result.h"
#include "pipeline/ingest/media_type.h"
#include "pipeline/model/limits.h"

namespace vanban {

// Reads `path`, hashes it and sniffs its media type from the content. A
// file above `max_bytes` is refused (too_large) without being read; so is
// what is not a regular file (a device or a pipe: not_a_file).
Result<Source> LoadSource(const std::string& path,
                          std::uintmax_t max_bytes = Limits{}.max_input_bytes);

// The same for bytes already read (standard input): `label` is what the
// record reports as the file.
Result<Source> SourceFromBytes(std::string label, std::string bytes,
                               std::uintmax_t max_bytes = Limits{}.max_input_bytes);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_INGEST_SOURCE_H_
