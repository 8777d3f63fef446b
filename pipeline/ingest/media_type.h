// Decides what a file is from its first bytes, not from its name: a
// scanner's ".pdf" may be a JPEG, and a mail gateway's ".txt" may be HTML.
#ifndef VANBAN_PIPELINE_INGEST_MEDIA_TYPE_H_
#define VANBAN_PIPELINE_INGEST_MEDIA_TYPE_H_

#include <string_view>

#include "pipeline/model/source.h"

namespace vanban {

MediaType SniffMediaType(std::string_view bytes);


// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view bytes);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_INGEST_MEDIA_TYPE_H_
