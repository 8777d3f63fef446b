#include "pipeline/ingest/text_encoding.h"

#include <unicode/unistr.h>

#include "pipeline/ingest/media_type.h"
#include "pipeline/language/normalize.h"
#include "pipeline/language/syllables.h"
#include "pipeline/language/text_util.h"

namespace vanban {

namespace {

// Fewer words than this cannot tell Vietnamese from another code page.
constexpr size_t kMinWords = 20;
// Of the words made of letters, at least this share are syllables in a
// Vietnamese text (names, abbreviations and foreign words are the rest).
constexpr double kMinSyllableShare = 0.6;

std::optional<std::string> Convert(std::string_view bytes, const char* encoding) {
  const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), encoding);
  if (text.isBogus()) return std::nullopt;
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Whether `text` (UTF-8) reads as Vietnamese: enough words, most of them
// syllables once the punctuation round them is off.
bool ReadsAsVietnamese(const std::string& text) {
  size_t words = 0, syllables = 0;
  for (size_t at = 0, end; at < text.size(); at = end + 1) {
    end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    const std::string normal = NormalizeLine(std::string_view(text).substr(at, end - at));
    for (std::string_view w : Words(normal)) {
      const std::string_view bare = StripPunct(w);
      if (bare.empty() || IsDigit(bare[0])) continue;
      ++words;
      syllables += IsSyllable(bare);
    }
  }
  return words >= kMinWords && static_cast<double>(syllables) >= kMinSyllableShare * words;
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
  auto utf8 = Convert(bytes, "windows-1258");
  if (!utf8 || !ReadsAsVietnamese(*utf8)) return std::nullopt;
  return DecodedText{std::move(*utf8), "windows-1258"};
}

}  // namespace vanban
