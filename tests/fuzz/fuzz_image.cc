// libFuzzer target: any bytes as a PNG, JPEG or TIFF scan, decoded page by
// page as OCR would receive it (the decoders, the size limit, the blank
// check), without OCR itself.
#include <cstddef>
#include <cstdint>
#include <string>

#include "pipeline/ingest/page_image.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace vanban;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  auto images = OpenImageFile(bytes);
  if (!images.ok()) return 0;
  for (int i = 0; i < images.value()->PageCount() && i < 4; ++i) {
    auto page = images.value()->Render(i);
    if (page.ok()) (void)LooksBlank(page.value());
  }
  return 0;
}
