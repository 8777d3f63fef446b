#include "pipeline/ocr/ocr_reader.h"

#include <future>

#include "pipeline/layout/reading_order.h"

namespace vanban {

namespace {

std::string PageName(int index) { return "page " + std::to_string(index + 1); }

// "3, 4, 7, …": the first ten of `numbers`.
std::string FirstPages(const std::vector<int>& numbers) {
  std::string which;
  for (size_t i = 0; i < std::min<size_t>(numbers.size(), 10); ++i) {
    which += (i ? ", " : "") + std::to_string(numbers[i]);
  }
  if (numbers.size() > 10) which += ", …";
  return which;
}

}  // namespace

void OcrPages(const PageImageSource& images, const std::vector<int>& indices, OcrPool& pool,
              StopTime until, std::vector<RawPage>* pages, std::vector<Warning>* warnings,
              OcrSummary* summary) {
  std::vector<std::pair<int, std::future<Result<OcrPage>>>> pending;
  for (int index : indices) pending.emplace_back(index, pool.Submit(images, index, until));

  summary->engine = OcrEngine::EngineName();
  summary->languages = pool.settings().language;
  double conf_sum = 0;
  size_t words = 0;
  std::vector<int> blank;    // 1-based
  std::vector<int> unbegun;  // 1-based
  for (auto& [index, future] : pending) {
    Result<OcrPage> read = future.get();
    if (!read.ok()) {
      warnings->push_back({WarningCode::kPageUnreadable, PageName(index) + ": " + read.error()});
      continue;
    }
    OcrPage& ocr = read.value();
    if (!ocr.damage.empty()) {
      warnings->push_back({WarningCode::kImageDamaged,
                           PageName(index) + ": the image decoder reported damage (" + ocr.damage +
                               "); part of the page may be missing"});
    }
    if (ocr.not_begun) {
      unbegun.push_back(index + 1);
      continue;
    }
    if (ocr.blank) {
      blank.push_back(index + 1);
      continue;
    }
    if (ocr.timed_out) {
      warnings->push_back({WarningCode::kOcrTimeout, PageName(index) + " ran out of time; the text read "
                                                            "before the deadline is kept"});
    }
    if (ocr.turned_quarters != 0) {
      warnings->push_back({WarningCode::kPageTurned, PageName(index) + " was scanned turned; read after a " +
                                              std::to_string(90 * ocr.turned_quarters) +
                                              "° clockwise turn"});
    }
    if (ocr.words.empty() && ocr.table_rows.empty()) {
      warnings->push_back({WarningCode::kOcrEmpty, PageName(index) + ": OCR found no text"});
    }
    conf_sum += ocr.mean_confidence * ocr.words.size();
    words += ocr.words.size();
    ++summary->pages;
    RawPage& page = (*pages)[index];
    page.origin = TextOrigin::kOcr;
    page.lines = PlaceTableRows(OrderWords(std::move(ocr.words), ocr.width_pt), ocr.table_rows);
  }
  if (words > 0) summary->mean_confidence = conf_sum / words;
  // One warning for all: a PDF of empty pages would give one per page.
  if (!blank.empty()) {
    warnings->push_back({WarningCode::kPageBlank, std::to_string(blank.size()) +
                                                      " blank page(s) not read by OCR: " +
                                                      FirstPages(blank)});
  }
  if (!unbegun.empty()) {
    warnings->push_back({WarningCode::kDocumentTimeout,
                         "the document's time ran out: " + std::to_string(unbegun.size()) +
                             " page(s) not read by OCR: " + FirstPages(unbegun)});
  }
}

}  // namespace vanban
