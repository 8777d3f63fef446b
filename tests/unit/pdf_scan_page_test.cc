#include "pipeline/ingest/pdf_scan_page.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>

#include <memory>
#include <string>
#include <vector>

#include "tests/unit/test_files.h"

namespace vanban {
namespace {

// An image XObject: w×h pixels of 8-bit `space` (DeviceGray: one byte a
// pixel, DeviceRGB: three).
struct TestImage {
  int w = 0, h = 0;
  std::string space = "DeviceGray";
  std::string pixels;
};

// Grey pixels, white but for a black square of side `s` at (x, y).
TestImage GreyWithSquare(int w, int h, int x, int y, int s) {
  TestImage img{w, h, "DeviceGray", std::string(static_cast<size_t>(w) * h, '\xff')};
  for (int r = y; r < y + s; ++r) {
    for (int c = x; c < x + s; ++c) img.pixels[static_cast<size_t>(r) * w + c] = '\0';
  }
  return img;
}

// A one-page PDF, `w_pt`×`h_pt` points, whose page draws `content` with the
// image as /Im0 and Helvetica as /F1.
std::string OnePagePdf(double w_pt, double h_pt, const std::string& content, const TestImage& img) {
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + std::to_string(w_pt) + " " +
          std::to_string(h_pt) +
          "] /Resources << /XObject << /Im0 5 0 R >> /Font << /F1 6 0 R >> >> /Contents 4 0 R >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
          "\nendstream",
      "<< /Type /XObject /Subtype /Image /Width " + std::to_string(img.w) + " /Height " +
          std::to_string(img.h) + " /ColorSpace /" + img.space +
          " /BitsPerComponent 8 /Length " + std::to_string(img.pixels.size()) + " >>\nstream\n" +
          img.pixels + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  };
  return testing::PdfOf(objects);
}

// Decodes page 0 of `pdf` the way the OCR source does: with a poppler-cpp
// document alive, which holds poppler's global parameters.
std::optional<PageImage> DecodeFirstPage(const std::string& pdf, double dpi = 300) {
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
  EXPECT_TRUE(doc);
  std::unique_ptr<PdfScanPages> scans = PdfScanPages::Open(pdf);
  EXPECT_TRUE(scans);
  if (!scans) return std::nullopt;
  return scans->Decode(0, dpi, Limits{}.max_pixels);
}

unsigned Grey(const PageImage& page, int x, int y) {
  l_uint32 v = 0;
  pixGetPixel(page.pix.get(), x, y, &v);
  return v;
}

TEST(PdfScanPages, PageThatIsOneImageIsDecodedAtItsResolution) {
  // 300×300 pixels over a 72-point page: 300 dpi.
  const std::string pdf = OnePagePdf(72, 72, "q 72 0 0 72 0 0 cm /Im0 Do Q",
                                     GreyWithSquare(300, 300, 100, 50, 20));
  const auto page = DecodeFirstPage(pdf);
  ASSERT_TRUE(page);
  EXPECT_EQ(pixGetWidth(page->pix.get()), 300);
  EXPECT_EQ(pixGetHeight(page->pix.get()), 300);
  EXPECT_EQ(pixGetDepth(page->pix.get()), 8);
  EXPECT_NEAR(page->dpi, 300, 0.01);
  // The image's first row is the top of the page.
  EXPECT_EQ(Grey(*page, 110, 60), 0u);
  EXPECT_EQ(Grey(*page, 110, 240), 255u);
  EXPECT_EQ(Grey(*page, 10, 10), 255u);
}

TEST(PdfScanPages, ImageSmallerThanThePageSitsOnWhitePaper) {
  // 150×150 pixels at 300 dpi (36 pt), 36 pt from the left and 18 pt above
  // the bottom of a 144×72-point page: top-left at (150, 75) pixels.
  const std::string pdf = OnePagePdf(144, 72, "q 36 0 0 36 36 18 cm /Im0 Do Q",
                                     GreyWithSquare(150, 150, 0, 0, 10));
  const auto page = DecodeFirstPage(pdf);
  ASSERT_TRUE(page);
  EXPECT_EQ(pixGetWidth(page->pix.get()), 600);
  EXPECT_EQ(pixGetHeight(page->pix.get()), 300);
  EXPECT_EQ(Grey(*page, 152, 77), 0u);
  EXPECT_EQ(Grey(*page, 147, 77), 255u);
  EXPECT_EQ(Grey(*page, 152, 72), 255u);
}

TEST(PdfScanPages, ColourImageGivesItsRedChannel) {
  TestImage img{30, 30, "DeviceRGB", ""};
  for (int i = 0; i < 30 * 30; ++i) img.pixels += i < 30 ? std::string("\x14\x14\x14", 3)
                                                           : std::string("\xc8\x20\x28", 3);
  const auto page = DecodeFirstPage(OnePagePdf(7.2, 7.2, "q 7.2 0 0 7.2 0 0 cm /Im0 Do Q", img));
  ASSERT_TRUE(page);
  EXPECT_EQ(Grey(*page, 5, 0), 0x14u);   // print stays dark
  EXPECT_EQ(Grey(*page, 5, 20), 0xc8u);  // seal red turns light
}

TEST(PdfScanPages, ScanWithinThreePercentOfTheResolutionIsKept) {
  // 295 pixels over 72 points: 295 dpi, read as it is.
  const auto page = DecodeFirstPage(
      OnePagePdf(72, 72, "q 72 0 0 72 0 0 cm /Im0 Do Q", GreyWithSquare(295, 295, 0, 0, 1)));
  ASSERT_TRUE(page);
  EXPECT_NEAR(page->dpi, 295, 0.01);
  EXPECT_EQ(pixGetWidth(page->pix.get()), 295);
}

TEST(PdfScanPages, AnythingElseIsLeftToTheRenderer) {
  const TestImage scan = GreyWithSquare(300, 300, 0, 0, 1);
  const std::vector<std::pair<std::string, std::string>> pages = {
      {"text over the scan", "q 72 0 0 72 0 0 cm /Im0 Do Q BT /F1 8 Tf 10 10 Td (ok) Tj ET"},
      {"text only", "BT /F1 8 Tf 10 10 Td (ok) Tj ET"},
      {"a box drawn over it", "q 72 0 0 72 0 0 cm /Im0 Do Q 10 10 20 20 re S"},
      {"a second image", "q 72 0 0 72 0 0 cm /Im0 Do Q q 36 0 0 36 0 0 cm /Im0 Do Q"},
      {"a 200-dpi scan", "q 108 0 0 108 0 -36 cm /Im0 Do Q"},
      {"stretched", "q 72 0 0 70 0 0 cm /Im0 Do Q"},
      {"rotated", "q 0 72 -72 0 72 0 cm /Im0 Do Q"},
      {"mirrored", "q -72 0 0 72 72 0 cm /Im0 Do Q"},
      {"clipped", "q 0 0 36 72 re W n 72 0 0 72 0 0 cm /Im0 Do Q"},
      {"empty", ""},
  };
  for (const auto& [what, content] : pages) {
    EXPECT_FALSE(DecodeFirstPage(OnePagePdf(72, 72, content, scan))) << what;
  }
}

TEST(PdfScanPages, InvisibleTextLayerOverTheScanIsNoInk) {
  // An OCRed scan: text in render mode 3 over the image.
  const auto page = DecodeFirstPage(OnePagePdf(
      72, 72, "q 72 0 0 72 0 0 cm /Im0 Do Q BT 3 Tr /F1 8 Tf 10 10 Td (ok) Tj ET",
      GreyWithSquare(300, 300, 0, 0, 1)));
  EXPECT_TRUE(page);
}

TEST(PdfScanPages, TruncatedImageEndsInPaper) {
  // Rows the data does not reach are white, as a render shows them.
  TestImage img = GreyWithSquare(300, 300, 0, 0, 300);
  img.pixels.resize(img.pixels.size() / 2);
  const auto page = DecodeFirstPage(OnePagePdf(72, 72, "q 72 0 0 72 0 0 cm /Im0 Do Q", img));
  ASSERT_TRUE(page);
  EXPECT_EQ(Grey(*page, 150, 100), 0u);
  EXPECT_EQ(Grey(*page, 150, 200), 255u);
}

TEST(PdfScanPages, PageOutOfRangeIsNothing) {
  const std::string pdf =
      OnePagePdf(72, 72, "q 72 0 0 72 0 0 cm /Im0 Do Q", GreyWithSquare(300, 300, 0, 0, 1));
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
  auto scans = PdfScanPages::Open(pdf);
  ASSERT_TRUE(scans);
  EXPECT_FALSE(scans->Decode(1, 300, Limits{}.max_pixels));
  EXPECT_FALSE(scans->Decode(-1, 300, Limits{}.max_pixels));
}

}  // namespace
}  // namespace vanban
