// Digital-signature stamps on PDF pages (pipeline/ingest/pdf_reader.h):
// which lines are the stamp's, on the text layer and in what OCR reads of
// the same place.
#include "pipeline/ingest/pdf_reader.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

RawLine At(std::string text, double x0, double y0, double x1, double y1) {
  RawLine l;
  l.text = std::move(text);
  l.bbox = BBox{x0, y0, x1, y1};
  return l;
}

std::vector<std::string> Aside(const std::vector<RawLine> &lines) {
  std::vector<std::string> out;
  for (const RawLine &l : lines) {
    if (l.aside)
      out.push_back(l.text);
  }
  return out;
}

using V = std::vector<std::string>;

// Two stamps of a province's signing service on a scanned page: each
// anchor line, and the short lines boxed with it.
TEST(SetAsideSignatureStamps, AnchorsAndTheLinesBoxedWithThem) {
  std::vector<RawLine> lines = {
      At("Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi", 480, 4, 584, 10),
      At("TRUNG TÂM CÔNG BÁO", 20, 4, 90, 10),
      At("VÀ TIN HỌC", 30, 11, 80, 17),
      At("ttcbth@quangngai.gov.vn", 20, 18, 100, 24),
      At("27.01.2025 07:10:01 +07:00", 20, 25, 100, 31),
      At("Cơ quan: Tỉnh Quảng Ngãi", 480, 11, 570, 17),
      At("Thời gian ký: 26/01/2025 11:12:09", 480, 17, 566, 23),
  };
  SetAsideSignatureStamps(&lines);
  EXPECT_EQ(Aside(lines).size(), lines.size());
}

// The signing time with its zone on a line of its own.
TEST(SetAsideSignatureStamps, ATimeWhoseZoneIsOnTheNextLine) {
  std::vector<RawLine> lines = {
      At("TRUNG TÂM CÔNG", 20, 4, 90, 10),
      At("BÁO VÀ TIN HỌC", 20, 11, 90, 17),
      At("ttcbth@quangngai.gov.vn", 20, 18, 100, 24),
      At("24.01.2025 20:01:14", 20, 25, 90, 31),
      At("+07:00", 20, 32, 50, 38),
      At("ỦY BAN NHÂN DÂN", 60, 60, 200, 70),
  };
  SetAsideSignatureStamps(&lines);
  EXPECT_EQ(Aside(lines).size(), 5u);
  // A time of day in a document's sentence is its own.
  std::vector<RawLine> text = {
      At("Hội nghị bắt đầu lúc 08:00:00 ngày 24.01.2025", 70, 400, 520, 412)};
  SetAsideSignatureStamps(&text);
  EXPECT_TRUE(Aside(text).empty());
}

// Near misses: the document's own lines — a period of time, its contact
// line, a long line under a stamp, a line in another column — stay.
TEST(SetAsideSignatureStamps, TheDocumentsOwnLinesStay) {
  std::vector<RawLine> lines = {
      At("Người ký: Nguyễn Văn A", 400, 20, 560, 30),
      At("Thời gian: từ ngày 01/3/2025 đến ngày 30/3/2025", 70, 400, 520, 412),
      At("Email: sotc@tuyenquang.gov.vn", 70, 120, 250, 130),
      At("Sở Tài chính có trách nhiệm bố trí kinh phí thực hiện các nhiệm vụ "
         "nêu tại Kế "
         "hoạch này theo quy định.",
         400, 32, 560, 42),
      At("ỦY BAN NHÂN DÂN", 60, 20, 200, 30),
      At("Ngày 12/6/2015, Bộ Quốc phòng đã có Công văn số 4966/BQP-CT", 70, 430,
         520, 442),
  };
  SetAsideSignatureStamps(&lines);
  EXPECT_EQ(Aside(lines), V{"Người ký: Nguyễn Văn A"});
}

// What OCR reads where the text layer had a stamp is the stamp's; what it
// reads elsewhere, or mostly elsewhere, is the page's.
TEST(SetAsideWithin, OcrLinesInsideTheStamp) {
  RawPage page;
  page.lines = {
      At("Thời Ky ĐƠI: 1 gi giai n: ký Tỉnh", 478, 15, 568, 24),
      At("VÀ TÌN HỌC CỘNG BẢO R", 18, 3, 98, 18),
      At("ỦY BAN NHÂN DÂN", 60, 40, 200, 52),
      At("CỘNG HÒA XÃ 27.01.2025 HỘI CHỦ NGHĨA VIỆT NAM", 20, 26, 560, 38)};
  SetAsideWithin({BBox{480, 17, 566, 23}, BBox{20, 4, 90, 10},
                  BBox{30, 11, 80, 17}, BBox{20, 25, 100, 31}},
                 &page);
  EXPECT_EQ(Aside(page.lines),
            (V{"Thời Ky ĐƠI: 1 gi giai n: ký Tỉnh", "VÀ TÌN HỌC CỘNG BẢO R"}));
}

} // namespace
} // namespace vanban
