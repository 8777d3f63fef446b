#include "pipeline/page_preprocess.h"

#include <leptonica/allheaders.h>

namespace vanban {

PixPtr PrepareForOcr(Pix* pix) {
  float angle = 0, conf = 0;
  PixPtr out(pixFindSkewAndDeskew(pix, 2, &angle, &conf));
  return out ? std::move(out) : PixPtr(pixClone(pix));
}

}  // namespace vanban
