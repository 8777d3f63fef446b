#include "pipeline/ingest/text_encoding.h"

#include <unicode/unistr.h>

#include "pipeline/ingest/legacy_charsets.h"
#include "pipeline/ingest/media_type.h"
#include "pipeline/language/text_util.h"

namespace vanban {

namespace {

std::optional<std::string> Convert(std::string_view bytes, const char* encoding) {
  const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), encoding);
  if (text.isBogus()) return std::nullopt;
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Each byte as the Latin-1 character of its value: how a legacy font's
// bytes are spelled in legacy_charsets.tsv.
std::string Latin1(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() * 2);
  for (const char ch : bytes) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out += ch;
    } else {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

}  // namespace

std::optional<DecodedText> DecodeLegacyText(std::string_view bytes) {
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    const bool little = bytes[0] == '\xFF';
    auto utf8 = Convert(bytes.substr(2), little ? "UTF-16LE" : "UTF-16BE");
    if (!utf8) return std::nullopt;
    return DecodedText{std::move(*utf8), little ? "utf-16le" : "utf-16be"};
  }
  if (bytes.find('\0') != std::string_view::npos || IsValidUtf8(bytes)) return std::nullopt;
  // The code page and the two font encodings a Vietnamese text file of the
  // 1990s-2000s may be in: the one that reads best as Vietnamese.
  std::optional<DecodedText> best;
  double best_share = 0;
  auto consider = [&](std::optional<std::string> utf8, const char* encoding) {
    if (!utf8) return;
    const SyllableCount count = CountSyllables(*utf8);
    if (!ReadsAsVietnamese(count) || count.share() <= best_share) return;
    best_share = count.share();
    best = DecodedText{std::move(*utf8), encoding};
  };
  consider(Convert(bytes, "windows-1258"), "windows-1258");
  const std::string latin1 = Latin1(bytes);
  consider(FromLegacy(latin1, LegacyCharset::kTcvn3), "tcvn3");
  consider(FromLegacy(latin1, LegacyCharset::kVni), "vni");
  return best;
}

}  // namespace vanban
