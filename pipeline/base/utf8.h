// Reading UTF-8 byte by byte where it is hot: Vietnamese has a multi-byte
// letter every few bytes, so the walks over whole texts (validating,
// escaping for JSON) spend their time on 2- and 3-byte sequences.
#ifndef VANBAN_PIPELINE_BASE_UTF8_H_
#define VANBAN_PIPELINE_BASE_UTF8_H_

#include <cstdint>

namespace vanban {

inline bool IsUtf8Continuation(uint8_t b) { return (b & 0xC0) == 0x80; }

// WellFormedLength's judgement of what it does not decide itself.
int32_t WellFormedLengthByIcu(const uint8_t* s, int32_t i, int32_t n);

// Bytes of the well-formed sequence at s[i] (i < n), or 0 when there is
// none: ICU's U8_NEXT judgement (no overlong forms, no surrogates, nothing
// past U+10FFFF). ASCII, two-byte sequences and the three-byte ones of
// U+1000 to U+CFFF (the Vietnamese letters of U+1EA0–U+1EF9 among them)
// are decided here, inline; the rest, rare in these texts, by ICU.
inline int32_t WellFormedLength(const uint8_t* s, int32_t i, int32_t n) {
  const uint8_t b = s[i];
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) return i + 1 < n && IsUtf8Continuation(s[i + 1]) ? 2 : 0;
  if (b >= 0xE1 && b <= 0xEC && i + 2 < n && IsUtf8Continuation(s[i + 1]) &&
      IsUtf8Continuation(s[i + 2])) {
    return 3;
  }
  return WellFormedLengthByIcu(s, i, n);
}

}  // namespace vanban

#endif  // VANBAN_PIPELINE_BASE_UTF8_H_
