// libFuzzer target: any bytes as a text document (UTF-8, Markdown or HTML as scraped) through reading, structure, every extractor and every writer. Inputs of another kind are
// left to their own target.
#include <cstddef>
#include <cstdint>
#include <string>

#include "pipeline/ingest/source.h"
#include "pipeline/runner.h"
#include "tests/fuzz/fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace vanban;
  auto source = SourceFromBytes("fuzz", std::string(reinterpret_cast<const char*>(data), size));
  if (!source.ok() || source.value().media_type != MediaType::kText) return 0;
  auto x = ExtractSource(std::move(source).value(), fuzz::Lex(), /*ocr=*/nullptr);
  if (x.ok()) fuzz::WriteEveryView(x.value());
  return 0;
}
