#include "pipeline/base/utf8.h"

#include <unicode/utf8.h>

namespace vanban {

int32_t WellFormedLengthByIcu(const uint8_t* s, int32_t i, int32_t n) {
  int32_t next = i;
  UChar32 c;
  U8_NEXT(s, next, n, c);
  return c < 0 ? 0 : next - i;
}

}  // namespace vanban
