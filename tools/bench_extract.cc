// Google Benchmark of the text → JSON step (structure, every extractor,
// the JSON writer) over the directive texts in samples/, in MB/s per core.
//
//   build/vanban-bench-extract [--benchmark_filter=…]
//
// Peer for comparison: reading the same bytes once (the floor of any
// whole-text pass), reported as BM_CopyText. BM_WriteRecords and
// BM_NlohmannDump compare the record writer with nlohmann/json's dump() of
// the same records already built as trees (a floor for writing through
// nlohmann, which would build the tree as well).
#include <benchmark/benchmark.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "pipeline/ingest/source.h"
#include "pipeline/language/lexicon.h"
#include "pipeline/output/json_output.h"
#include "pipeline/runner.h"

namespace {

std::vector<vanban::Source> Samples() {
  std::vector<vanban::Source> out;
  for (const auto& e : std::filesystem::directory_iterator(VANBAN_SAMPLES_DIR)) {
    if (e.path().extension() != ".txt") continue;
    auto src = vanban::LoadSource(e.path().string());
    if (src.ok()) out.push_back(std::move(src.value()));
  }
  return out;
}

void BM_TextToJson(benchmark::State& state) {
  const auto lex = vanban::Lexicon::Load(vanban::Lexicon::DefaultDir()).value();
  const auto samples = Samples();
  size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& s : samples) {
      auto x = vanban::ExtractSource(s, lex, nullptr);
      benchmark::DoNotOptimize(vanban::RecordJson(x.value(), false));
      bytes += s.bytes.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_TextToJson)->Unit(benchmark::kMillisecond);

std::vector<vanban::Extraction> Extracted(const vanban::Lexicon& lex) {
  std::vector<vanban::Extraction> out;
  for (const auto& s : Samples()) out.push_back(vanban::ExtractSource(s, lex, nullptr).value());
  return out;
}

void BM_WriteRecords(benchmark::State& state) {
  const auto lex = vanban::Lexicon::Load(vanban::Lexicon::DefaultDir()).value();
  const auto records = Extracted(lex);
  size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& x : records) {
      const std::string json = vanban::RecordJson(x, false);
      benchmark::DoNotOptimize(json.data());
      bytes += json.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_WriteRecords);

void BM_NlohmannDump(benchmark::State& state) {
  const auto lex = vanban::Lexicon::Load(vanban::Lexicon::DefaultDir()).value();
  std::vector<nlohmann::ordered_json> trees;
  for (const auto& x : Extracted(lex)) {
    trees.push_back(nlohmann::ordered_json::parse(vanban::RecordJson(x, false)));
  }
  size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& tree : trees) {
      const std::string json = tree.dump();
      benchmark::DoNotOptimize(json.data());
      bytes += json.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_NlohmannDump);

void BM_CopyText(benchmark::State& state) {
  const auto samples = Samples();
  size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& s : samples) {
      std::string copy = s.bytes;
      benchmark::DoNotOptimize(copy.data());
      bytes += copy.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_CopyText);

}  // namespace

BENCHMARK_MAIN();
