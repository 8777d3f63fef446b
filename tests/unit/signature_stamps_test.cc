// Digital-signature stamps on PDF pages (pipeline/ingest/signature_stamps.h):
// which lines are the stamp's, on the text layer and in what OCR reads of
// the same place.
#include "pipeline/ingest/signature_stamps.h"

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

// A stamp in small type over the quốc hiệu: the motto, the date line and
// the type heading under it, in the document's size, stay the document's.
TEST(SetAsideSignatureStamps, TheMottoUnderAStampStays) {
  std::vector<RawLine> lines = {
      At("TRUNG TÂM CÔNG", 447, 15, 538, 24),
      At("BÁO VÀ TIN HỌC", 447, 25, 529, 34),
      At("ttcbth@quangngai.gov.vn", 447, 35, 552, 45),
      At("24.01.2025 20:01:14", 447, 45, 531, 55),
      At("+07:00", 447, 56, 476, 65),
      At("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 287, 71.5, 558, 85.8),
      At("Độc lập - Tự do - Hạnh phúc", 343, 86.4, 502, 100.7),
      At("Quảng Ngãi, ngày 24 tháng 01 năm 2025", 319, 117, 532, 131.5),
  };
  SetAsideSignatureStamps(&lines);
  EXPECT_EQ(Aside(lines), (V{"TRUNG TÂM CÔNG", "BÁO VÀ TIN HỌC", "ttcbth@quangngai.gov.vn",
                             "24.01.2025 20:01:14", "+07:00"}));
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

RawPage Stamped(std::vector<RawLine> lines) {
  SetAsideSignatureStamps(&lines);
  RawPage page;
  page.lines = std::move(lines);
  return page;
}

// Two boxes side by side, their lines interleaved in reading order: the
// signing body's box is the signature; the publishing centre's, with a time
// and no label, is not.
TEST(ReadSignatureStamps, TheSignersBoxBesideAPublishersStamp) {
  const RawPage page = Stamped({
      At("Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi", 160, 4, 300, 10),
      At("TRUNG TÂM CÔNG", 20, 4, 90, 10),
      At("BÁO VÀ TIN HỌC", 20, 11, 90, 17),
      At("ttcbth@quangngai.gov.vn", 20, 18, 100, 24),
      At("05.02.2025 08:09:28", 20, 25, 90, 31),
      At("+07:00", 20, 32, 50, 38),
      At("Cơ quan: Tỉnh Quảng Ngãi", 160, 11, 260, 17),
      At("Thời gian ký: 04/02/2025 16:42:36", 160, 18, 280, 24),
      At("ỦY BAN NHÂN DÂN", 60, 60, 200, 70),
  });
  const std::vector<DigitalSignature> sigs = ReadSignatureStamps(page, 1);
  ASSERT_EQ(sigs.size(), 1u);
  EXPECT_EQ(sigs[0].signed_by, "Ủy ban nhân dân tỉnh Quảng Ngãi");
  EXPECT_EQ(sigs[0].organisation, "Tỉnh Quảng Ngãi");
  EXPECT_EQ(sigs[0].time.Iso(), "2025-02-04T16:42");
  EXPECT_EQ(sigs[0].time_text, "04/02/2025 16:42:36");
  EXPECT_EQ(sigs[0].page, 1);
}

// A narrow box wraps every field, the time under its label with its zone.
TEST(ReadSignatureStamps, FieldsWrappedOverLines) {
  const RawPage page = Stamped({
      At("Người ký: Ủy ban", 20, 4, 80, 10),
      At("nhân dân tỉnh Quảng", 20, 11, 85, 17),
      At("Ngãi", 20, 18, 40, 24),
      At("Cơ quan: Tỉnh Quảng", 20, 25, 85, 31),
      At("Ngãi", 20, 32, 40, 38),
      At("Thời gian ký:", 20, 39, 70, 45),
      At("16.04.2020 07:37:07", 20, 46, 90, 52),
      At("+07:00", 20, 53, 45, 59),
  });
  const std::vector<DigitalSignature> sigs = ReadSignatureStamps(page, 2);
  ASSERT_EQ(sigs.size(), 1u);
  EXPECT_EQ(sigs[0].signed_by, "Ủy ban nhân dân tỉnh Quảng Ngãi");
  EXPECT_EQ(sigs[0].organisation, "Tỉnh Quảng Ngãi");
  EXPECT_EQ(sigs[0].time.Iso(), "2020-04-16T07:37");
  EXPECT_EQ(sigs[0].time_text, "16.04.2020 07:37:07 +07:00");
  EXPECT_EQ(sigs[0].page, 2);
}

// The government portal's box: an e-mail line between signer and body.
TEST(ReadSignatureStamps, AnEmailLineIsNotTheSigner) {
  const std::vector<DigitalSignature> sigs = ReadSignatureStamps(
      Stamped({At("Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", 20, 4, 200, 10),
               At("Email: thongtinchinhphu@chinhphu.vn", 20, 11, 160, 17),
               At("Cơ quan: VĂN PHÒNG CHÍNH PHỦ", 20, 18, 150, 24),
               At("Thời gian ký: 04.05.2026 09:44:21 +07:00", 20, 25, 190, 31)}),
      1);
  ASSERT_EQ(sigs.size(), 1u);
  EXPECT_EQ(sigs[0].signed_by, "CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ");
  EXPECT_EQ(sigs[0].organisation, "VĂN PHÒNG CHÍNH PHỦ");
  EXPECT_EQ(sigs[0].time.Iso(), "2026-05-04T09:44");
}

// Two signers on one page (a person and the body), each its own.
TEST(ReadSignatureStamps, TwoSignersTwoSignatures) {
  const RawPage page = Stamped({
      At("Ký bởi: Nguyễn Văn A", 20, 4, 120, 10),
      At("Ký bởi: Sở Y tế", 300, 4, 380, 10),
      At("Thời gian ký: 03/03/2025 09:00", 20, 11, 140, 17),
      At("Thời gian ký: 03/03/2025 10:15", 300, 11, 420, 17),
  });
  const std::vector<DigitalSignature> sigs = ReadSignatureStamps(page, 1);
  ASSERT_EQ(sigs.size(), 2u);
  EXPECT_EQ(sigs[0].signed_by, "Nguyễn Văn A");
  EXPECT_EQ(sigs[0].time.Iso(), "2025-03-03T09:00");
  EXPECT_EQ(sigs[1].signed_by, "Sở Y tế");
  EXPECT_EQ(sigs[1].time.Iso(), "2025-03-03T10:15");
}

// A reading order that joined the box's lines into one: cut at the labels.
TEST(ReadSignatureStamps, LabelsJoinedOnOneLine) {
  const std::vector<DigitalSignature> sigs = ReadSignatureStamps(
      Stamped({At("Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi Thời gian ký: 11/05/2021 11:26:39",
                  420, 8, 475, 32)}),
      1);
  ASSERT_EQ(sigs.size(), 1u);
  EXPECT_EQ(sigs[0].signed_by, "Ủy ban nhân dân tỉnh Quảng Ngãi");
  EXPECT_EQ(sigs[0].organisation, "");
  EXPECT_EQ(sigs[0].time.Iso(), "2021-05-11T11:26");
}

// Near misses: a page without stamps, a document's own "Người ký" in a
// form without a box, an impossible time.
TEST(ReadSignatureStamps, NoneWhereNoBoxSaysSo) {
  EXPECT_TRUE(ReadSignatureStamps(Stamped({At("ỦY BAN NHÂN DÂN", 60, 20, 200, 30)}), 1).empty());
  RawPage unboxed;
  unboxed.lines.emplace_back().text = "Người ký: Nguyễn Văn A";
  SetAsideSignatureStamps(&unboxed.lines);
  EXPECT_TRUE(ReadSignatureStamps(unboxed, 1).empty());
  const std::vector<DigitalSignature> bad = ReadSignatureStamps(
      Stamped({At("Ký bởi: Sở Y tế", 20, 4, 120, 10),
               At("Thời gian ký: 31/02/2025 09:00:00", 20, 11, 140, 17)}),
      1);
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0].time.year, 0);
  EXPECT_TRUE(bad[0].time_text.empty());
}

} // namespace
} // namespace vanban
