#include "pipeline/ingest/page_image.h"

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <mutex>

#include "pipeline/base/library_messages.h"
#include "pipeline/ingest/pdf_scan_page.h"

namespace vanban {

namespace {

// Leptonica prints its complaints to stderr (here, in Tesseract, and in
// deskewing); failures are reported by the caller, one line per document.
// Every OCR page comes from one of the sources below, so this runs before
// any worker touches Leptonica.
void SilenceLeptonica() {
  static std::once_flag once;
  std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

bool TooLarge(long long w, long long h, long long max_pixels) {
  return w <= 0 || h <= 0 || w > max_pixels / h;
}

// What a page that draws nothing renders to, without rendering it.
PageImage BlankPage(double dpi) {
  PixPtr white(pixCreate(1, 1, 8));
  pixSetAll(white.get());
  return PageImage{std::move(white), dpi, /*blank=*/true, {}};
}

// An 8-bit w×h image of the values `grey_at(x, y)` reads. Colour images
// give their red channel: red ink (seal, stamp) there is nearly as light as
// the paper, while black print and blue handwriting stay dark.
template <typename PixelAt>
PixPtr Grey8(int w, int h, PixelAt grey_at) {
  PixPtr out(pixCreate(w, h, 8));
  const int wpl = pixGetWpl(out.get());
  for (int y = 0; y < h; ++y) {
    l_uint32* line = pixGetData(out.get()) + static_cast<size_t>(y) * wpl;
    for (int x = 0; x < w; ++x) SET_DATA_BYTE(line, x, grey_at(x, y));
  }
  return out;
}

// 8-bit grey for OCR: the red channel of colour images; 1-bit and palette
// images converted.
PixPtr OcrGrey(Pix* pix) {
  PixPtr owned;
  if (pixGetColormap(pix)) {
    owned.reset(pixRemoveColormap(pix, REMOVE_CMAP_BASED_ON_SRC));
    pix = owned.get();
  }
  if (!pix) return nullptr;
  if (pixGetDepth(pix) == 8) return PixPtr(pixClone(pix));
  if (pixGetDepth(pix) != 32) return PixPtr(pixConvertTo8(pix, 0));
  const l_uint32* data = pixGetData(pix);
  const int wpl = pixGetWpl(pix);
  return Grey8(pixGetWidth(pix), pixGetHeight(pix), [&](int x, int y) {
    return GET_DATA_BYTE(data + static_cast<size_t>(y) * wpl, 4 * x + COLOR_RED);
  });
}

class PdfImages : public PageImageSource {
 public:
  PdfImages(std::unique_ptr<poppler::document> doc, std::unique_ptr<PdfScanPages> scans,
            double dpi, long long max_pixels)
      : doc_(std::move(doc)), scans_(std::move(scans)), dpi_(dpi), max_pixels_(max_pixels) {
    // RGB24 renders ~1.5× faster than ARGB32 here (0.29 s against 0.44 s a
    // page at 300 dpi), and grey 3× faster still (0.10 s), but grey loses
    // the red channel that fades seals: pages without colour are rendered
    // in grey, the others in RGB.
    colour_.set_image_format(poppler::image::format_rgb24);
    grey_.set_image_format(poppler::image::format_gray8);
    for (poppler::page_renderer* r : {&colour_, &grey_}) {
      r->set_render_hint(poppler::page_renderer::antialiasing, true);
      r->set_render_hint(poppler::page_renderer::text_antialiasing, true);
    }
  }

  int PageCount() const override { return doc_->pages(); }

  // poppler's document and renderer are not safe to share between threads;
  // rendering is a small part of a page's OCR time, so serialising it
  // costs little.
  Result<PageImage> Render(int index) const override {
    std::lock_guard<std::mutex> lock(mu_);
    Result<PageImage> out = Error{""};
    const std::string damage = CollectLibraryMessages([&] { out = RenderLocked(index); });
    if (damage.empty()) return out;
    if (!out.ok()) return Error{out.error() + " (" + damage + ")"};
    out.value().damage = damage;
    return out;
  }

 private:
  Result<PageImage> RenderLocked(int index) const {
    if (scans_) {
      const PageSurvey survey = scans_->Survey(index);
      if (survey.largest_image > max_pixels_) {
        return Error{"the page holds an image of " + std::to_string(survey.largest_image) +
                     " pixels, above the limit of " + std::to_string(max_pixels_)};
      }
      if (!survey.draws) return BlankPage(dpi_);
      if (std::optional<PageImage> scan = scans_->Decode(index, dpi_, max_pixels_)) {
        return std::move(*scan);
      }
    }
    std::unique_ptr<poppler::page> page(doc_->create_page(index));
    if (!page) return Error{"the page cannot be opened"};
    const poppler::rectf box = page->page_rect();
    if (TooLarge(static_cast<long long>(box.width() * dpi_ / 72),
                 static_cast<long long>(box.height() * dpi_ / 72), max_pixels_)) {
      return Error{"the page is too large to render"};
    }
    const bool colour = HasColour(page.get());
    const poppler::image img = (colour ? colour_ : grey_).render_page(page.get(), dpi_, dpi_);
    if (!img.is_valid()) return Error{"the page cannot be rendered"};
    return PageImage{FirstChannel(img, colour ? 3 : 1), dpi_, /*blank=*/false, {}};
  }

  // Whether the page has any colour, judged on a small render (~0.005 s,
  // against the 0.2 s a grey render saves). Only a page that is grey
  // throughout — a grey scan — is rendered grey: on a colour scan the red
  // channel reads better than grey even where there is no red ink, as the
  // paper's tint darkens the other channels (measured on the real scans).
  bool HasColour(const poppler::page* page) const {
    constexpr double kThumbnailDpi = 24;
    // Chroma above rounding. A colour scan of black print on white paper
    // still has a few units of it everywhere (JPEG, the paper's tint).
    constexpr int kChroma = 2;
    const poppler::image img = colour_.render_page(page, kThumbnailDpi, kThumbnailDpi);
    if (!img.is_valid()) return true;
    const auto* data = reinterpret_cast<const unsigned char*>(img.const_data());
    for (int y = 0; y < img.height(); ++y) {
      const unsigned char* row = data + static_cast<size_t>(y) * img.bytes_per_row();
      for (int x = 0; x < img.width(); ++x) {
        const unsigned char* px = row + 3 * static_cast<size_t>(x);
        const int hi = std::max({px[0], px[1], px[2]}), lo = std::min({px[0], px[1], px[2]});
        if (hi - lo > kChroma) return true;
      }
    }
    return false;
  }

  // The first byte of each pixel: red of RGB24 (three bytes R, G, B), or
  // the grey of gray8. Each row is bytes_per_row long, which may be more
  // than the pixels need.
  static PixPtr FirstChannel(const poppler::image& img, size_t bytes_per_pixel) {
    const auto* data = reinterpret_cast<const unsigned char*>(img.const_data());
    const size_t stride = img.bytes_per_row();
    return Grey8(img.width(), img.height(), [&](int x, int y) {
      return data[y * stride + bytes_per_pixel * static_cast<size_t>(x)];
    });
  }

  mutable std::mutex mu_;
  std::unique_ptr<poppler::document> doc_;  // outlives scans_: it holds poppler's globals
  std::unique_ptr<PdfScanPages> scans_;     // null when poppler's core cannot open the bytes
  double dpi_;
  long long max_pixels_;
  poppler::page_renderer colour_;
  poppler::page_renderer grey_;
};

class ImageFile : public PageImageSource {
 public:
  ImageFile(const std::string& bytes, int format, int pages, long long max_pixels)
      : bytes_(bytes), format_(format), pages_(pages), max_pixels_(max_pixels) {}

  int PageCount() const override { return pages_; }

  Result<PageImage> Render(int index) const override {
    const auto* data = reinterpret_cast<const l_uint8*>(bytes_.data());
    int w = 0, h = 0, bps = 0, spp = 0, res = 0, cmap = 0, format = 0;
    const bool header_ok =
        L_FORMAT_IS_TIFF(format_)
            ? readHeaderMemTiff(data, bytes_.size(), index, &w, &h, &bps, &spp, &res, &cmap,
                                &format) == 0
            : pixReadHeaderMem(data, bytes_.size(), &format, &w, &h, &bps, &spp, &cmap) == 0;
    if (!header_ok) return Error{"the image header cannot be read"};
    if (TooLarge(w, h, max_pixels_)) {
      return Error{"the image is " + std::to_string(w) + "×" + std::to_string(h) +
                   " pixels, above the limit of " + std::to_string(max_pixels_)};
    }
    PixPtr pix;
    const std::string damage = CollectLibraryMessages([&] {
      pix.reset(L_FORMAT_IS_TIFF(format_) ? pixReadMemTiff(data, bytes_.size(), index)
                                          : pixReadMem(data, bytes_.size()));
    });
    if (!pix) return Error{"the image is damaged" + (damage.empty() ? "" : " (" + damage + ")")};
    const int xres = pixGetXRes(pix.get());
    PixPtr grey = OcrGrey(pix.get());
    if (!grey) return Error{"the image has an unsupported pixel format"};
    // Photos and many scanners leave the resolution unset; 300 dpi is what
    // office scanners use for documents.
    return PageImage{std::move(grey), xres >= 50 && xres <= 2400 ? double(xres) : 300.0,
                     /*blank=*/false, damage};
  }

 private:
  const std::string& bytes_;
  int format_;
  int pages_;
  long long max_pixels_;
};

int TiffPageCount(const std::string& bytes) {
  FILE* f = fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "rb");
  if (!f) return 0;
  int n = 0;
  if (tiffGetCount(f, &n) != 0) n = 0;
  fclose(f);
  return n;
}

}  // namespace

Result<std::unique_ptr<PageImageSource>> OpenPdfImages(const std::string& bytes, double dpi,
                                                       long long max_pixels) {
  SilenceLeptonica();
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc || doc->is_locked()) return Error{"not a readable PDF", "damaged_pdf"};
  return std::unique_ptr<PageImageSource>(
      new PdfImages(std::move(doc), PdfScanPages::Open(bytes), dpi, max_pixels));
}

Result<std::unique_ptr<PageImageSource>> OpenImageFile(const std::string& bytes,
                                                       long long max_pixels) {
  SilenceLeptonica();
  if (bytes.size() < 12) return Error{"image file too short", "damaged_image"};
  int format = IFF_UNKNOWN;
  if (findFileFormatBuffer(reinterpret_cast<const l_uint8*>(bytes.data()), &format) != 0 ||
      format == IFF_UNKNOWN) {
    return Error{"not an image Leptonica can read", "damaged_image"};
  }
  const int pages = L_FORMAT_IS_TIFF(format) ? TiffPageCount(bytes) : 1;
  if (pages <= 0) return Error{"TIFF without readable pages", "damaged_image"};
  return std::unique_ptr<PageImageSource>(new ImageFile(bytes, format, pages, max_pixels));
}

bool LooksBlank(const PageImage& page) {
  if (page.blank) return true;
  PIX* pix = page.pix.get();
  const long long pixels = static_cast<long long>(pixGetWidth(pix)) * pixGetHeight(pix);
  if (pixels == 0) return true;
  PixPtr dark(pixThresholdToBinary(pix, 128));
  l_int32 ink = 0;
  if (!dark || pixCountPixels(dark.get(), &ink, nullptr) != 0) return false;
  return ink * 10'000LL < pixels;
}

}  // namespace vanban
