// What the libFuzzer targets share: the lexicon, loaded once, and the
// check that a record's JSON, CSV and ICS views can be written.
#ifndef VANBAN_TESTS_FUZZ_FUZZ_COMMON_H_
#define VANBAN_TESTS_FUZZ_FUZZ_COMMON_H_

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "pipeline/language/lexicon.h"
#include "pipeline/model/record.h"
#include "pipeline/output/csv_output.h"
#include "pipeline/output/ics_output.h"
#include "pipeline/output/json_output.h"

namespace vanban::fuzz {

inline const Lexicon& Lex() {
  static const Lexicon* lex = [] {
    auto loaded = Lexicon::Load(Lexicon::DefaultDir());
    if (!loaded.ok()) std::abort();  // a fuzz run without data finds nothing
    return new Lexicon(std::move(loaded).value());
  }();
  return *lex;
}

// Every output of a record: the JSON must parse back, the views must be
// written from it.
inline void WriteEveryView(const Extraction& x) {
  const nlohmann::json record = nlohmann::json::parse(RecordJson(x, false));
  (void)CsvRows(record);
  IcsCalendar calendar;
  calendar.Add(record);
  (void)calendar.Text();
  (void)PagesAsText(x.doc);
  (void)LinesWithRoles(x.doc);
}

}  // namespace vanban::fuzz

#endif  // VANBAN_TESTS_FUZZ_FUZZ_COMMON_H_
