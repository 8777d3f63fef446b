// Tests on eight bytes of text at once, in one uint64_t ("SWAR"): the scans
// that run over every line (word ends, digits, JSON escapes) take a block
// per step where a byte loop mispredicted its exit on nearly every word.
// Each test gives the high bit of every byte that passes; a byte above one
// that passes may be marked too, never one below, so the lowest mark (on a
// little-endian load) is exact.
#ifndef VANBAN_PIPELINE_BASE_SWAR_H_
#define VANBAN_PIPELINE_BASE_SWAR_H_

#include <cstdint>
#include <cstring>

namespace vanban::swar {

constexpr uint64_t kEachByte = 0x0101010101010101;
constexpr uint64_t kHighBits = kEachByte * 0x80;

inline uint64_t Load(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, sizeof x);
  return x;
}

// Bytes equal to `b`.
inline uint64_t Equal(uint64_t x, uint8_t b) {
  const uint64_t y = x ^ (kEachByte * b);
  return (y - kEachByte) & ~y & kHighBits;
}

// Bytes below `n` (n at most 0x80).
inline uint64_t Below(uint64_t x, uint8_t n) { return (x - kEachByte * n) & ~x & kHighBits; }

// Bytes from `lo` to `hi` (both below 0x80), without false marks.
inline uint64_t Between(uint64_t x, uint8_t lo, uint8_t hi) {
  const uint64_t low = x & (kEachByte * 0x7F);
  return (kEachByte * (0x7F + hi + 1) - low) & ~x & (low + kEachByte * (0x7F - (lo - 1))) &
         kHighBits;
}

}  // namespace vanban::swar

#endif  // VANBAN_PIPELINE_BASE_SWAR_H_
