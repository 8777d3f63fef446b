// libFuzzer target: any text through the time grammar — dates, periods and
// the date prefixes every extractor reads.
#include <cstddef>
#include <cstdint>
#include <string>

#include "pipeline/ingest/media_type.h"
#include "pipeline/language/dates.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace vanban;
  const std::string text(reinterpret_cast<const char*>(data), size);
  if (!IsValidUtf8(text)) return 0;  // the grammar reads normalised page text
  size_t at = 0;
  if (auto d = FindDate(text, &at)) (void)d->Iso();
  (void)FindPeriod(text);
  size_t consumed = 0;
  (void)ParseDatePrefix(text, &consumed);
  // The grammar itself, with an anchor and every form a reader may ask for;
  // an expression's bytes lie inside the text.
  const TimeAnchor anchor{Date(2025, 3, 10), 2025};
  const TimeForms all{.bare_day_month = true, .bare_year = true};
  for (const TimeExpr& e : FindTimes(text, anchor, all)) {
    if (e.begin + e.length > text.size()) __builtin_trap();
    (void)e.End().last.Iso();
  }
  if (auto e = ReadTimeAt(text, anchor, all); e && e->begin + e->length > text.size()) {
    __builtin_trap();
  }
  return 0;
}
