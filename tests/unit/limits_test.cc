// The bounds of pipeline/model/limits.h: each reached bound keeps what was
// read and says so (a warning), or refuses the input (an error).
#include "pipeline/model/limits.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "pipeline/ingest/page_image.h"
#include "pipeline/ingest/pdf_reader.h"
#include "pipeline/ingest/source.h"
#include "pipeline/ocr/ocr_pool.h"
#include "pipeline/runner.h"
#include "tests/unit/test_files.h"
#include "tests/unit/test_support.h"

namespace vanban {
namespace {

bool Warns(const Extraction& x, WarningCode code) {
  return std::any_of(x.warnings.begin(), x.warnings.end(),
                     [&](const Warning& w) { return w.code == code; });
}

Extraction Extract(const std::string& text, const Limits& limits) {
  auto src = SourceFromBytes("test.txt", text);
  EXPECT_TRUE(src.ok());
  auto x = ExtractSource(std::move(src.value()), testing::Lex(), nullptr, limits);
  EXPECT_TRUE(x.ok()) << x.error();
  return std::move(x.value());
}

// A PDF of `n` pages, each with one line of Helvetica text.
std::string PdfOfPages(int n) {
  const std::string content = "BT /F1 12 Tf 72 720 Td (Ke hoach so 12) Tj ET";
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>", "",
                                      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                                      "<< /Length " + std::to_string(content.size()) +
                                          " >>\nstream\n" + content + "\nendstream"};
  std::string kids;
  for (int i = 0; i < n; ++i) {
    kids += std::to_string(5 + i) + " 0 R ";
    objects.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R "
        ">> >> /Contents 4 0 R >>");
  }
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(n) + " >>";
  return testing::PdfOf(objects);
}

TEST(Limits, PagesPastTheLimitAreDroppedWithAWarning) {
  Limits limits;
  limits.max_pages = 2;
  const Extraction x = Extract("KẾ HOẠCH\nTrang một\fTrang hai\fTrang ba\fTrang bốn\n", limits);
  EXPECT_EQ(x.doc.pages.size(), 2u);
  EXPECT_TRUE(Warns(x, WarningCode::kPagesDropped));
  EXPECT_FALSE(Warns(Extract("KẾ HOẠCH\nTrang một\fTrang hai\n", limits),
                     WarningCode::kPagesDropped));
}

TEST(Limits, LinesPastTheLimitAreDroppedWithAWarning) {
  std::string text = "KẾ HOẠCH\n";
  for (int i = 0; i < 500; ++i) text += "Các sở báo cáo kết quả thực hiện.\n";
  Limits limits;
  limits.max_lines = 100;
  const Extraction x = Extract(text, limits);
  EXPECT_EQ(x.doc.lines.size(), 100u);
  EXPECT_TRUE(Warns(x, WarningCode::kLinesDropped));
}

TEST(Limits, LinesLongerThanTheLimitAreCut) {
  std::string text = "KẾ HOẠCH\n";
  while (text.size() < 2000) text += "Các sở báo cáo kết quả thực hiện trước ngày 30/6/2025. ";
  Limits limits;
  limits.max_line_bytes = 256;
  const Extraction x = Extract(text, limits);
  EXPECT_TRUE(Warns(x, WarningCode::kLineSplit));
  for (size_t i = 0; i < x.doc.lines.size(); ++i) EXPECT_LE(x.doc.LineText(i).size(), 256u);
}

TEST(Limits, InputAboveTheByteLimitIsRefused) {
  auto src = SourceFromBytes("big.txt", std::string(200, 'a'), 100);
  ASSERT_FALSE(src.ok());
  EXPECT_EQ(src.failure().code, "too_large");
  EXPECT_TRUE(SourceFromBytes("small.txt", std::string(100, 'a'), 100).ok());
}

TEST(Limits, DeviceIsNotReadAsAFile) {
  auto src = LoadSource("/dev/zero");  // would never end
  ASSERT_FALSE(src.ok());
  EXPECT_EQ(src.failure().code, "not_a_file");
}

TEST(Limits, PdfReadsOnlyItsFirstPagesAndStopsAtTheDeadline) {
  const std::string pdf = PdfOfPages(3);
  auto two = ReadPdf(pdf, 2);
  ASSERT_TRUE(two.ok()) << two.error();
  EXPECT_EQ(two.value().page_count, 3);
  EXPECT_EQ(two.value().pages.size(), 2u);
  EXPECT_TRUE(two.value().pages_out_of_time.empty());

  auto late = ReadPdf(pdf, 10, std::chrono::steady_clock::now());
  ASSERT_TRUE(late.ok()) << late.error();
  EXPECT_EQ(late.value().pages_out_of_time, (std::vector<int>{1, 2, 3}));
}

// A source that must not be asked for pages.
class NoPages : public PageImageSource {
 public:
  int PageCount() const override { return 3; }
  Result<PageImage> Render(int) const override {
    ADD_FAILURE() << "a page of a document out of time was rendered";
    return Error{"rendered"};
  }
};

TEST(Limits, OcrPoolLeavesPagesOfADocumentOutOfTime) {
  OcrPool pool(1, OcrSettings{});
  NoPages source;
  const StopTime past = std::chrono::steady_clock::now() - std::chrono::seconds(1);
  for (int i = 0; i < 3; ++i) {
    Result<OcrPage> page = pool.Submit(source, i, past).get();
    ASSERT_TRUE(page.ok());
    EXPECT_TRUE(page.value().not_begun);
  }
}

TEST(Limits, ImageAboveThePixelLimitIsRefusedBeforeDecoding) {
  Pix* pix = pixCreate(120, 80, 8);
  pixSetAll(pix);
  const std::string png = testing::PngOf(pix);
  pixDestroy(&pix);
  auto small = OpenImageFile(png, 120 * 80 - 1);
  ASSERT_TRUE(small.ok());
  auto page = small.value()->Render(0);
  ASSERT_FALSE(page.ok());
  EXPECT_NE(page.error().find("above the limit of 9599"), std::string::npos) << page.error();
  EXPECT_TRUE(OpenImageFile(png, 120 * 80).value()->Render(0).ok());
}

}  // namespace
}  // namespace vanban
