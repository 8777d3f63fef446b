#include "pipeline/ocr/page_preprocess.h"

#include <leptonica/allheaders.h>

namespace vanban {

PixPtr PrepareForOcr(Pix* pix) {
  float angle = 0, conf = 0;
  PixPtr out(pixFindSkewAndDeskew(pix, 2, &angle, &conf));
  return out ? std::move(out) : PixPtr(pixClone(pix));
}

std::optional<PixelBox> RaisedInk(Pix* grey, const PixelBox& region, int raised_top) {
  // Ink is what is darker than mid-grey: the red-channel page has print
  // near black and paper and seal light.
  constexpr int kInk = 128;
  // Specks of scan noise, in pixels.
  constexpr int kSpeck = 4;
  Box* clip_box = boxCreate(region[0], region[1], region[2] - region[0], region[3] - region[1]);
  PixPtr clip(pixClipRectangle(grey, clip_box, nullptr));
  boxDestroy(&clip_box);
  if (!clip) return std::nullopt;
  PixPtr ink(pixConvertTo1(clip.get(), kInk));
  if (!ink) return std::nullopt;
  Boxa* parts = pixConnCompBB(ink.get(), 8);
  std::optional<PixelBox> out;
  for (int i = 0; parts && i < boxaGetCount(parts); ++i) {
    int x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(parts, i, &x, &y, &w, &h);
    if (x == 0 || w * h < kSpeck || region[1] + y > raised_top) continue;
    const PixelBox b{region[0] + x, region[1] + y, region[0] + x + w, region[1] + y + h};
    if (!out) {
      out = b;
      continue;
    }
    out = PixelBox{std::min(b[0], (*out)[0]), std::min(b[1], (*out)[1]), std::max(b[2], (*out)[2]),
                   std::max(b[3], (*out)[3])};
  }
  boxaDestroy(&parts);
  return out;
}

}  // namespace vanban
