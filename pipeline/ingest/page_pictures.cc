#include "pipeline/ingest/page_pictures.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <memory>

#include "pipeline/ingest/page_image.h"

namespace vanban {

namespace {

// Enough for print and tone marks to stay legible at 96 dpi, a third of
// the size of quality 90.
constexpr int kJpegQuality = 70;

// `page` scaled down to `dpi` and encoded; no bytes when it cannot be.
PagePicture Encode(int number, const PageImage& page, double dpi) {
  PagePicture out;
  out.page = number;
  Pix* pix = page.pix.get();
  out.width_pt = pixGetWidth(pix) * 72.0 / page.dpi;
  out.height_pt = pixGetHeight(pix) * 72.0 / page.dpi;
  PixPtr scaled;
  if (page.dpi > dpi * 1.05) {
    const float factor = static_cast<float>(dpi / page.dpi);
    scaled.reset(pixScale(pix, factor, factor));
    if (!scaled) return out;
    pix = scaled.get();
  }
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMemJpeg(&data, &size, pix, kJpegQuality, 0) != 0 || !data) return out;
  out.media_type = "image/jpeg";
  out.bytes.assign(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  return out;
}

}  // namespace

std::vector<PagePicture> PagePictures(const Source& src, int max_pages, const Limits& limits,
                                      double dpi) {
  std::vector<PagePicture> out;
  Result<std::unique_ptr<PageImageSource>> pages = Error{""};
  if (src.media_type == MediaType::kPdf) {
    pages = OpenPdfImages(src.bytes, dpi, limits.max_pixels);
  } else if (src.media_type == MediaType::kPng || src.media_type == MediaType::kJpeg ||
             src.media_type == MediaType::kTiff) {
    pages = OpenImageFile(src.bytes, limits.max_pixels);
  } else {
    return out;
  }
  if (!pages.ok()) return out;
  const int n = std::min(max_pages, pages.value()->PageCount());
  for (int i = 0; i < n; ++i) {
    Result<PageImage> image = pages.value()->Render(i);
    if (!image.ok() || image.value().blank) continue;
    PagePicture picture = Encode(i + 1, image.value(), dpi);
    if (!picture.bytes.empty()) out.push_back(std::move(picture));
  }
  return out;
}

}  // namespace vanban
