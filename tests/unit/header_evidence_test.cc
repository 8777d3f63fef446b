// A scanned header completed from the file's name and its digital
// signature (extractors/header_evidence.h).
#include "extractors/header_evidence.h"

#include <gtest/gtest.h>

#include "extractors/metadata.h"
#include "pipeline/layout/page_builder.h"
#include "pipeline/structure/structure.h"
#include "test_support.h"

namespace vanban {
namespace {

using testing::Lex;

const std::vector<std::string> kCT = {"CT"};
const std::vector<std::string> kQD = {"QĐ"};
const std::vector<std::string> kNone = {};
// Other types' codes, as the lexicon gives them beside a Chỉ thị's.
const std::vector<std::string> kOthers = {"QĐ", "TB", "KH", "BC", "HD", "NQ"};

// How clerks and archives name a scan, and the serial each gives.
TEST(SerialInFileName, NamesThatGiveTheSerial) {
  EXPECT_EQ(SerialInFileName("ct-2021-ubnd-quang-ngai-11", "CT-UBND", kCT, kOthers, 2021), "11");
  EXPECT_EQ(SerialInFileName("05CT_20250517_033418", "CT-UBND", kCT, kOthers, 2020), "05");
  EXPECT_EQ(SerialInFileName("11 CT.signed_20250513_153510", "CT-UBND", kCT, kOthers, 2024), "11");
  EXPECT_EQ(SerialInFileName("46 TB.signed_20250510_123557", "TB-UBND", {"TB"}, kOthers, 2025), "46");
  // A receipt number beside it: the one before the code is the serial.
  EXPECT_EQ(SerialInFileName("2770 (08-CT-UBND)..signed_20250220_102437", "CT-UBND", kCT, kOthers, 2018),
            "08");
  // A công văn has no type code: the symbol's segments name it.
  EXPECT_EQ(SerialInFileName("cv-2025-ubnd-quang-ngai-574", "UBND-KTTH", kNone, kOthers, 2025), "574");
  EXPECT_EQ(SerialInFileName("CV 1846 UBND-YT", "UBND-YT", kNone, kOthers, 2024), "1846");
  // Diacritics and case folded: "QĐ" is "qd" in a file name.
  EXPECT_EQ(SerialInFileName("qd_986_2024_ubnd", "QĐ-UBND", kQD, kOthers, 2024), "986");
  EXPECT_EQ(SerialInFileName("Quyết định 254-QĐ-UBND", "QĐ-UBND", kQD, kOthers, 2023), "254");
  EXPECT_EQ(SerialInFileName("KH 12 SYT", "KH-SYT", {"KH"}, kOthers, 0), "12");
}

// Near misses: a name without the document's code, another year, two
// numbers neither before a code, a date stamp only, a number of zeros.
TEST(SerialInFileName, NamesThatDoNot) {
  EXPECT_FALSE(SerialInFileName("scan_0012", "CT-UBND", kCT, kOthers, 2021));
  EXPECT_FALSE(SerialInFileName("IMG_20250204_101500", "CT-UBND", kCT, kOthers, 2025));
  EXPECT_FALSE(SerialInFileName("574 UB.signed_20250510_124908", "UBND-KTTH", kNone, kOthers, 2025));
  EXPECT_FALSE(SerialInFileName("ct-2019-ubnd-quang-ngai-11", "CT-UBND", kCT, kOthers, 2021));
  EXPECT_FALSE(SerialInFileName("tb-2025-ubnd-46", "CT-UBND", kCT, kOthers, 2025));
  EXPECT_FALSE(SerialInFileName("ct 12 ubnd 14", "CT-UBND", kCT, kOthers, 2021));
  EXPECT_FALSE(SerialInFileName("CT-UBND_20250204", "CT-UBND", kCT, kOthers, 2025));
  EXPECT_FALSE(SerialInFileName("ct-000", "CT-UBND", kCT, kOthers, 2025));
  EXPECT_FALSE(SerialInFileName("document (2)", "CT-UBND", kCT, kOthers, 2025));
  EXPECT_FALSE(SerialInFileName("", "CT-UBND", kCT, kOthers, 2025));
}

// A header as OCR read it: each line with its confidence.
Document ScannedHeader(const std::string& number_line, double number_confidence,
                       const std::string& date_line, TextOrigin origin = TextOrigin::kOcr) {
  RawPage page;
  page.origin = origin;
  const std::pair<std::string, double> lines[] = {
      {"ỦY BAN NHÂN DÂN", 0.95}, {"TỈNH QUẢNG NGÃI", 0.95}, {number_line, number_confidence},
      {"||", 0.95},             {date_line, 0.95},         {"", 1},
      {"CHỈ THỊ", 0.95},        {"Về an toàn cầu", 0.95}};
  for (const auto& [text, confidence] : lines) {
    RawLine l;
    l.text = text;
    if (origin == TextOrigin::kOcr) l.confidence = confidence;
    page.lines.push_back(l);
  }
  Document doc = BuildDocument({page}, Lex());
  BuildStructure(&doc, Lex());
  return doc;
}

struct Completed {
  DocumentMeta meta;
  std::vector<WarningCode> codes;  // signer_missing left out
};

Completed Complete(const Document& doc, std::string_view file,
                   const std::vector<DigitalSignature>& signatures = {}) {
  Completed c;
  std::vector<Warning> w;
  c.meta = ExtractMetadata(doc, Lex(), &w);
  CompleteScannedHeader(doc, Lex(), file, signatures, &c.meta, &w);
  for (const Warning& x : w) {
    if (x.code != WarningCode::kSignerMissing) c.codes.push_back(x.code);
  }
  return c;
}

DigitalSignature SignedBy(std::string who, int year, int month, int day) {
  DigitalSignature s;
  s.signed_by = std::move(who);
  s.time = Date(year, month, day);
  s.time.hour = 16;
  s.time_text = "…";
  return s;
}

using Codes = std::vector<WarningCode>;
const char kDate[] = "Quảng Ngãi, ngày 11 tháng 9 năm 2024";

TEST(CompleteScannedHeader, ABlankSerialIsTheFileNames) {
  const Completed c = Complete(ScannedHeader("Số: /CT-UBND", 0.95, kDate),
                               "/inbox/ct-2024-ubnd-quang-ngai-11.pdf");
  ASSERT_TRUE(c.meta.number);
  EXPECT_EQ(c.meta.number->value, "11/CT-UBND");
  EXPECT_EQ(c.meta.serial, 11);
  EXPECT_EQ(c.codes, Codes{WarningCode::kNumberFromFileName});
}

// A doubtful reading the file name contradicts gives way; a clear one
// stays, and the disagreement is said; one the name agrees with is kept.
TEST(CompleteScannedHeader, AReadSerialAgainstTheFileName) {
  const char kFile[] = "ct-2024-ubnd-quang-ngai-11.pdf";
  Completed c = Complete(ScannedHeader("Số: 44/CT-UBND", 0.77, kDate), kFile);
  EXPECT_EQ(c.meta.number->value, "11/CT-UBND");
  EXPECT_EQ(c.codes, Codes{WarningCode::kNumberFromFileName});
  c = Complete(ScannedHeader("Số: 44/CT-UBND", 0.93, kDate), kFile);
  EXPECT_EQ(c.meta.number->value, "44/CT-UBND");
  EXPECT_EQ(c.codes, Codes{WarningCode::kNumberUnsure});
  c = Complete(ScannedHeader("Số: 11/CT-UBND", 0.93, kDate), kFile);
  EXPECT_EQ(c.meta.number->value, "11/CT-UBND");
  EXPECT_TRUE(c.codes.empty());
}

// A printed header is left as printed, and a name without the document's
// code gives nothing.
TEST(CompleteScannedHeader, PrintedHeadersAndForeignNamesAreLeftAlone) {
  Completed c = Complete(ScannedHeader("Số: /CT-UBND", 0.95, kDate, TextOrigin::kPdfText),
                         "ct-2024-ubnd-quang-ngai-11.pdf");
  EXPECT_FALSE(c.meta.number);
  c = Complete(ScannedHeader("Số: /CT-UBND", 0.95, kDate), "scan-0011.pdf");
  EXPECT_FALSE(c.meta.number);
  EXPECT_EQ(c.codes, Codes{WarningCode::kNumberBlank});
}

// The day left unread is the issuer's signing day in the month read; a
// signature of another month or by someone else gives nothing.
TEST(CompleteScannedHeader, AnUnreadDayIsTheIssuersSigningDay) {
  const Document doc = ScannedHeader("Số: 11/CT-UBND", 0.95, "Quảng Ngãi, tháng 9 năm 2024");
  Completed c = Complete(doc, "x.pdf", {SignedBy("Ủy ban nhân dân tỉnh Quảng Ngãi", 2024, 9, 12),
                                        SignedBy("Uỷ ban nhân dân tỉnh Quảng Ngãi", 2024, 9, 11)});
  EXPECT_EQ(c.meta.issued->value.Iso(), "2024-09-11");
  EXPECT_EQ(c.codes, Codes{WarningCode::kIssuedFromSignature});
  c = Complete(doc, "x.pdf", {SignedBy("Ủy ban nhân dân tỉnh Quảng Ngãi", 2024, 10, 1)});
  EXPECT_EQ(c.meta.issued->value.Iso(), "2024-09");
  EXPECT_EQ(c.codes, Codes{WarningCode::kIssuedPartial});
  c = Complete(doc, "x.pdf", {SignedBy("Cổng Thông tin điện tử Chính phủ", 2024, 9, 20)});
  EXPECT_EQ(c.meta.issued->value.Iso(), "2024-09");
  // A day read is kept whatever the signature says.
  c = Complete(ScannedHeader("Số: 11/CT-UBND", 0.95, kDate), "x.pdf",
               {SignedBy("Ủy ban nhân dân tỉnh Quảng Ngãi", 2024, 9, 13)});
  EXPECT_EQ(c.meta.issued->value.Iso(), "2024-09-11");
  EXPECT_TRUE(c.codes.empty());
}

}  // namespace
}  // namespace vanban
