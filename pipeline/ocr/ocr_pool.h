// A fixed set of OCR workers, one thread and one Tesseract engine each,
// shared by every document of a run. Pages from any document queue here;
// a document waits for its own pages' futures.
//
// A worker renders the page it takes, then reads it: the workers are the
// only threads doing heavy work, so N workers keep N cores busy, and only
// the pages being read are in memory.
#ifndef VANBAN_PIPELINE_OCR_OCR_POOL_H_
#define VANBAN_PIPELINE_OCR_OCR_POOL_H_

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/ingest/page_image.h"
#include "pipeline/ocr/ocr_engine.h"

namespace vanban {

class OcrPool {
 public:
  // `workers` ≥ 1. Engines are created by each worker on its first page,
  // so a run that never needs OCR never loads a model.
  OcrPool(int workers, OcrSettings settings);
  ~OcrPool();  // finishes queued pages, then joins
  OcrPool(const OcrPool&) = delete;
  OcrPool& operator=(const OcrPool&) = delete;

  // Page `index` of `images`, which must outlive the returned future's
  // completion. A page still queued at `until` is not read: it comes back
  // with OcrPage::not_begun set.
  std::future<Result<OcrPage>> Submit(const PageImageSource& images, int index,
                                      StopTime until = StopTime::max());

  int workers() const { return static_cast<int>(threads_.size()); }
  const OcrSettings& settings() const { return settings_; }

 private:
  struct Job {
    const PageImageSource* images;
    int index;
    StopTime until;
    std::promise<Result<OcrPage>> done;
  };

  void Work();

  OcrSettings settings_;
  std::mutex mu_;
  std::condition_variable has_job_;
  std::deque<Job> queue_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace vanban

#endif  // VANBAN_PIPELINE_OCR_OCR_POOL_H_
