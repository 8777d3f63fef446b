#include "pipeline/ingest/page_image.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <cstdlib>
#include <string>

#include "tests/unit/test_files.h"

namespace vanban {
namespace {

// A w×h image of `depth` bits, filled white with a black bar, encoded as
// `format` in memory.
std::string Encode(int w, int h, int depth, int format) {
  Pix* pix = pixCreate(w, h, depth);
  if (depth == 32) {
    pixSetAllArbitrary(pix, 0xffffff00);
  } else {
    pixSetAll(pix);
    if (depth == 1) pixClearAll(pix);
  }
  l_uint8* data = nullptr;
  size_t size = 0;
  pixWriteMem(&data, &size, pix, format);
  pixDestroy(&pix);
  std::string out(reinterpret_cast<char*>(data), size);
  lept_free(data);
  return out;
}

TEST(OpenImageFile, PngIsOnePageOfGrey) {
  const std::string png = Encode(120, 80, 32, IFF_PNG);
  auto src = OpenImageFile(png);
  ASSERT_TRUE(src.ok()) << src.error();
  EXPECT_EQ(src.value()->PageCount(), 1);
  auto page = src.value()->Render(0);
  ASSERT_TRUE(page.ok()) << page.error();
  EXPECT_EQ(pixGetDepth(page.value().pix.get()), 8);
  EXPECT_EQ(pixGetWidth(page.value().pix.get()), 120);
}

TEST(OpenImageFile, RedInkBecomesLight) {
  Pix* pix = pixCreate(10, 10, 32);
  pixSetAllArbitrary(pix, 0xc8202800);  // seal red (200, 32, 40)
  pixSetRGBPixel(pix, 0, 0, 20, 20, 20);  // print
  const std::string png = testing::PngOf(pix);
  pixDestroy(&pix);
  auto page = OpenImageFile(png).value()->Render(0);
  ASSERT_TRUE(page.ok());
  l_uint32 seal = 0, print = 0;
  pixGetPixel(page.value().pix.get(), 5, 5, &seal);
  pixGetPixel(page.value().pix.get(), 0, 0, &print);
  EXPECT_GE(seal, 190u);
  EXPECT_LE(print, 30u);
}

TEST(OpenImageFile, MultiPageTiffHasEveryPage) {
  Pixa* pixa = pixaCreate(3);
  for (int i = 0; i < 3; ++i) pixaAddPix(pixa, pixCreate(50 + i, 40, 1), L_INSERT);
  l_uint8* data = nullptr;
  size_t size = 0;
  ASSERT_EQ(pixaWriteMemMultipageTiff(&data, &size, pixa), 0);
  pixaDestroy(&pixa);
  const std::string tiff(reinterpret_cast<char*>(data), size);
  lept_free(data);
  auto src = OpenImageFile(tiff);
  ASSERT_TRUE(src.ok()) << src.error();
  ASSERT_EQ(src.value()->PageCount(), 3);
  auto third = src.value()->Render(2);
  ASSERT_TRUE(third.ok()) << third.error();
  EXPECT_EQ(pixGetWidth(third.value().pix.get()), 52);
  EXPECT_EQ(pixGetDepth(third.value().pix.get()), 8);
}

TEST(OpenImageFile, TruncatedPngFailsOnRender) {
  std::string png = Encode(300, 300, 32, IFF_PNG);
  png.resize(png.size() / 2);
  auto src = OpenImageFile(png);
  ASSERT_TRUE(src.ok());
  EXPECT_FALSE(src.value()->Render(0).ok());
}

// A decompression bomb: a header that claims 100000 × 100000 pixels is
// refused before anything is decoded.
TEST(OpenImageFile, AbsurdSizeIsRefusedFromTheHeader) {
  std::string png = Encode(16, 16, 8, IFF_PNG);
  const unsigned char huge[8] = {0x00, 0x01, 0x86, 0xa0, 0x00, 0x01, 0x86, 0xa0};
  png.replace(16, 8, reinterpret_cast<const char*>(huge), 8);  // IHDR width, height
  auto src = OpenImageFile(png);
  ASSERT_TRUE(src.ok());
  auto page = src.value()->Render(0);
  ASSERT_FALSE(page.ok());
  EXPECT_NE(page.error().find("above the limit"), std::string::npos) << page.error();
}

TEST(OpenImageFile, NotAnImage) {
  EXPECT_FALSE(OpenImageFile("plain words, not pixels").ok());
  EXPECT_FALSE(OpenImageFile("").ok());
}

TEST(OpenPdfImages, DamagedPdfFails) {
  EXPECT_FALSE(OpenPdfImages("%PDF-1.4\n garbage", 300).ok());
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

// An A4 page at 300 dpi, white, with `dark` pixels of ink in one block.
PageImage PageWithInk(int dark) {
  PixPtr pix(pixCreate(2480, 3508, 8));
  pixSetAll(pix.get());
  const int width = 200;
  for (int i = 0; i < dark; ++i) pixSetPixel(pix.get(), 300 + i % width, 400 + i / width, 0);
  return PageImage{std::move(pix), 300, /*blank=*/false, {}};
}

TEST(LooksBlank, OnlyPagesWithAlmostNoInk) {
  EXPECT_TRUE(LooksBlank(PageWithInk(0)));
  EXPECT_TRUE(LooksBlank(PageWithInk(400)));  // a speck, a page number
  // A short line of text: some 40 px high, a few hundred wide, a fifth ink.
  EXPECT_FALSE(LooksBlank(PageWithInk(3000)));
  PageImage known;
  known.blank = true;
  EXPECT_TRUE(LooksBlank(known));
}

}  // namespace
}  // namespace vanban
