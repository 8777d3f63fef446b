// Ownership of a Leptonica image: a Pix held by PixPtr is destroyed with
// it. Every stage that handles page images (ingest, layout, OCR) passes them
// this way.
#ifndef VANBAN_PIPELINE_BASE_PIX_H_
#define VANBAN_PIPELINE_BASE_PIX_H_

#include <memory>

struct Pix;

namespace vanban {

struct PixDeleter {
  void operator()(Pix* pix) const;
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

}  // namespace vanban

#endif  // VANBAN_PIPELINE_BASE_PIX_H_
