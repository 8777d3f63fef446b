// Text files in the encodings older archives hold, other than UTF-8:
// UTF-16 with its byte-order mark (what Windows' Notepad saves as
// "Unicode"), Windows-1258, the Vietnamese Windows code page (tone marks
// as combining characters after the letter), and the TCVN3 and VNI font
// encodings (legacy_charsets.h).
#ifndef VANBAN_PIPELINE_INGEST_TEXT_ENCODING_H_
#define VANBAN_PIPELINE_INGEST_TEXT_ENCODING_H_

#include <optional>
#include <string>
#include <string_view>

namespace vanban {

struct DecodedText {
  std::string utf8;
  std::string encoding;  // "utf-16le", "utf-16be", "windows-1258", "tcvn3", "vni"
};

// `bytes` decoded to UTF-8 when they are UTF-16 with a byte-order mark, or
// Windows-1258, TCVN3 or VNI text: no valid UTF-8, no NUL byte, and once
// decoded mostly Vietnamese syllables (ReadsAsVietnamese), so that binary
// data or another language's code page is not taken for it; of the three,
// the one that reads best. nullopt otherwise, and for UTF-8 (which needs no
// decoding).
std::optional<DecodedText> DecodeLegacyText(std::string_view bytes);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_INGEST_TEXT_ENCODING_H_
