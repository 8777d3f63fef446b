#include "pipeline/ocr/ocr_pool.h"

#include <leptonica/allheaders.h>

#include <memory>

namespace vanban {

OcrPool::OcrPool(int workers, OcrSettings settings)
    : settings_(std::move(settings)) {
  for (int i = 0; i < std::max(workers, 1); ++i) threads_.emplace_back([this] { Work(); });
}

OcrPool::~OcrPool() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  has_job_.notify_all();
  for (auto& t : threads_) t.join();
}

std::future<Result<OcrPage>> OcrPool::Submit(const PageImageSource& images, int index,
                                             StopTime until) {
  std::unique_lock<std::mutex> lock(mu_);
  queue_.push_back({&images, index, until, {}});
  auto future = queue_.back().done.get_future();
  lock.unlock();
  has_job_.notify_one();
  return future;
}

void OcrPool::Work() {
  std::unique_ptr<OcrEngine> engine;
  std::string engine_error;
  for (;;) {
    std::unique_lock<std::mutex> lock(mu_);
    has_job_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, nothing left
    Job job = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();

    // A page of a document out of time costs nothing, not even an engine.
    if (std::chrono::steady_clock::now() >= job.until) {
      OcrPage late;
      late.not_begun = true;
      job.done.set_value(std::move(late));
      continue;
    }
    if (!engine && engine_error.empty()) {
      auto created = OcrEngine::Create(settings_);
      if (created.ok()) {
        engine = std::move(created.value());
      } else {
        engine_error = created.error();
      }
    }
    if (!engine) {
      job.done.set_value(Error{engine_error});
      continue;
    }
    auto image = job.images->Render(job.index);
    if (!image.ok()) {
      job.done.set_value(Error{image.error()});
      continue;
    }
    if (LooksBlank(image.value())) {
      OcrPage blank;
      blank.blank = true;
      blank.width_pt = pixGetWidth(image.value().pix.get()) * 72.0 / image.value().dpi;
      blank.damage = image.value().damage;
      job.done.set_value(std::move(blank));
      continue;
    }
    Result<OcrPage> read = engine->Read(image.value(), job.until);
    if (read.ok()) read.value().damage = image.value().damage;
    job.done.set_value(std::move(read));
  }
}

}  // namespace vanban
