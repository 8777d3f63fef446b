#include "extractors/metadata.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "extractors/issuer.h"
#include "extractors/signature.h"
#include "pipeline/language/normalize.h"
#include "test_support.h"

namespace vanban {
namespace {

using testing::Lex;
using testing::StructuredText;

const char kBody[] = "\n\nNội dung.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n";

Signer SignerOf(const std::string& block) {
  return ExtractSigner(StructuredText(std::string("QUYẾT ĐỊNH\nVề việc A") + kBody + block), Lex());
}

TEST(ExtractSigner, BareOffice) {
  const Signer s = SignerOf("CHỦ TỊCH\nHồ Tiến Thiệu");
  EXPECT_EQ(s.name->value, "Hồ Tiến Thiệu");
  EXPECT_EQ(s.position->value, "Chủ tịch");
  EXPECT_FALSE(s.authority);
}

TEST(ExtractSigner, StackedPrefixesTakeTheInnermost) {
  const Signer s = SignerOf("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nMa Văn Thắng");
  EXPECT_EQ(*s.authority, "KT");
  EXPECT_EQ(s.authority_chain, (std::vector<std::string>{"TM", "KT"}));
  EXPECT_EQ(*s.for_office, "Chủ tịch");
  EXPECT_EQ(s.position->value, "Phó Chủ tịch");
}

TEST(ExtractSigner, ConcurrentTitleIsNotThePosition) {
  const Signer s = SignerOf(
      "KT. TRƯỞNG BAN\nPHÓ BAN THƯỜNG TRỰC\nCHỦ TỊCH HỘI CHỮ THẬP ĐỎ TỈNH\nNông Bích Thuận");
  EXPECT_EQ(s.position->value, "Phó Ban Thường trực");
  EXPECT_EQ(*s.for_office, "Trưởng ban");
  EXPECT_EQ(s.name->value, "Nông Bích Thuận");
}

// The concurrent office written in sentence case (a traffic-safety board
// whose deputy head is the police director) stays in the block.
TEST(ExtractSigner, ConcurrentOfficeInSentenceCase) {
  const Signer s = SignerOf("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nGiám đốc Công an tỉnh\nTrần Văn Hùng");
  EXPECT_EQ(s.position->value, "Phó Trưởng ban");
  ASSERT_TRUE(s.name);
  EXPECT_EQ(s.name->value, "Trần Văn Hùng");
  // A sentence is no office line: the block ends before it.
  EXPECT_FALSE(SignerOf("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nGiám đốc Sở ký thay.\nTrần Văn Hùng").name);
}

TEST(ExtractSigner, SealScrapsBetweenTitleAndName) {
  // What OCR reads of a red seal over the signature: marks and scraps.
  Signer s = SignerOf("KT. GIÁM ĐỐC\n'PHÓ GIÁM ĐỐC\nIp\nPhạm Quang Cường");
  EXPECT_EQ(s.position->value, "Phó Giám đốc");
  ASSERT_TRUE(s.name);
  EXPECT_EQ(s.name->value, "Phạm Quang Cường");
  s = SignerOf("KT. TRƯỞNG BAN\nPHÓ BAN THƯỜNG TRỰC\n2\nlà\nCHỦ TỊCH HỘI CHỮ THẬP ĐỎ TỈNH\n"
               "Nông Bích Thuận");
  ASSERT_TRUE(s.name);
  EXPECT_EQ(s.name->value, "Nông Bích Thuận");
  // A line of words is no scrap: the block ends before it.
  s = SignerOf("CHỦ TỊCH\nđã ký số\nHồ Tiến Thiệu");
  EXPECT_FALSE(s.name);
}

TEST(ExtractSigner, PrefixLineWrappedByTheLayout) {
  const Signer s = SignerOf("TM. BAN CHỈ ĐẠO VĐHMTN THÀNH\nPHỐ\nTRƯỞNG BAN\nLê Khắc Nam");
  EXPECT_EQ(*s.authority, "TM");
  EXPECT_EQ(s.position->value, "Trưởng ban");
}

TEST(ExtractSigner, OneLineBlockAndActingHead) {
  Signer s = SignerOf("KT. BỘ TRƯỞNG THỨ TRƯỞNG\nLê Tấn Dũng");
  EXPECT_EQ(*s.for_office, "Bộ trưởng");
  EXPECT_EQ(s.position->value, "Thứ trưởng");
  s = SignerOf("Q. GIÁM ĐỐC\nNguyễn Văn Bình");
  EXPECT_EQ(*s.authority, "Q");
  EXPECT_EQ(s.position->value, "Quyền giám đốc");
}

// A block a table cell flattened into one line: prefixes stacked on it,
// the signer's own office opening with its last title and naming its body.
TEST(ExtractSigner, BlockFlattenedIntoOneLine) {
  struct Case {
    const char* block;
    const char* authority;
    const char* for_office;
    const char* position;
  };
  const Case cases[] = {
      {"TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH\nNguyễn Huy Tưởng", "KT", "Chủ tịch",
       "Phó Chủ tịch"},
      {"TL. BỘ TRƯỞNG CỤC TRƯỞNG CỤC NGƯỜI CÓ CÔNG\nHoàng Công Thái", "TL", "Bộ trưởng",
       "Cục trưởng Cục Người có công"},
      {"TL. TỔNG CỤC TRƯỞNG KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH PHÓ VỤ TRƯỞNG\nNgô Văn Độ", "KT",
       "Vụ trưởng Vụ Chính sách", "Phó Vụ trưởng"},
      {"KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM\nNguyễn Khắc Định", "KT", "Bộ trưởng, Chủ nhiệm",
       "Phó Chủ nhiệm"},
      {"TM. CHÍNH PHỦ THỦ TƯỚNG\nNguyễn Tấn Dũng", "TM", "Chính phủ", "Thủ tướng"},
      {"KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC\nLê Văn Hùng", "KT", "Giám đốc", "Phó Giám đốc"},
  };
  for (const Case& c : cases) {
    const Signer s = SignerOf(c.block);
    ASSERT_TRUE(s.authority && s.for_office && s.position) << c.block;
    EXPECT_EQ(*s.authority, c.authority) << c.block;
    EXPECT_EQ(MatchKey(*s.for_office), MatchKey(c.for_office)) << c.block;
    EXPECT_EQ(s.position->value, c.position) << c.block;
  }
  // Without a prefix the first office is the one signed as.
  EXPECT_EQ(SignerOf("TRƯỞNG BAN PHÓ THỦ TƯỚNG\nNguyễn Thiện Nhân").position->value, "Trưởng ban");
}

TEST(ExtractRecipients, ItemsPurposesAndArchive) {
  const Document doc = StructuredText(
      "QUYẾT ĐỊNH\nVề việc A\n\nNội dung.\n\nNơi nhận:\n- Như trên;\n- Sở Y tế (b/c);\n"
      "- Đ/c: Dương Xuân Huyền - PCT TT UBND\ntỉnh, Trưởng BCD tỉnh (để b/c);\n"
      "- Các phòng, đơn vị trực thuộc\n- Lưu VT, KGVX(NCD).\n\nCHỦ TỊCH\nHồ Tiến Thiệu");
  const auto r = ExtractRecipients(doc);
  ASSERT_EQ(r.size(), 5u);
  EXPECT_EQ(r[0].name, "Như trên");
  EXPECT_EQ(r[1].name, "Sở Y tế");
  EXPECT_EQ(*r[1].purpose, "b/c");
  EXPECT_EQ(r[2].name, "Đ/c: Dương Xuân Huyền - PCT TT UBND tỉnh, Trưởng BCD tỉnh");
  EXPECT_EQ(*r[2].purpose, "để b/c");
  EXPECT_EQ(r[3].name, "Các phòng, đơn vị trực thuộc");
  EXPECT_EQ(r[4].name, "Lưu");
  EXPECT_EQ(*r[4].purpose, "VT, KGVX(NCD)");
}

DocumentMeta MetaOf(const std::string& text, std::vector<Warning>* w) {
  return ExtractMetadata(StructuredText(text), Lex(), w);
}

TEST(ExtractMetadata, HeaderWithParentIssuer) {
  std::vector<Warning> w;
  const DocumentMeta m = MetaOf(
      "UBND TỈNH TUYÊN QUANG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 528/KH-SGDĐT\n||\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTuyên Quang, ngày 12 tháng 3 năm 2025\n\n"
      "KẾ HOẠCH\nTriển khai nhiệm vụ chuyển đổi số\n\nCăn cứ Quyết định số 131/QĐ-TTg ngày 25/01/2022.\n",
      &w);
  EXPECT_EQ(m.type->value, "ke_hoach");
  EXPECT_EQ(m.number->value, "528/KH-SGDĐT");
  EXPECT_EQ(*m.serial, 528);
  EXPECT_EQ(m.issuer->value, "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang");
  EXPECT_EQ(*m.parent_issuer, "Ủy ban nhân dân tỉnh Tuyên Quang");
  EXPECT_EQ(m.place->value, "Tuyên Quang");
  EXPECT_EQ(m.issued->value.Iso(), "2025-03-12");
  EXPECT_EQ(m.title->value, "Triển khai nhiệm vụ chuyển đổi số");
  // The excerpt stops before the signature.
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].code, WarningCode::kSignerMissing);
}

// A portal's one-cell header runs the bodies together on one line.
TEST(ExtractMetadata, HeaderIssuerOfTwoBodiesOnOneLine) {
  std::vector<Warning> w;
  auto meta = [&](const std::string& header) {
    return MetaOf(header + "\nSố: 15/CV-X\n||\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                  "Hà Nội, ngày 02 tháng 4 năm 2025\n\nV/v kiểm tra an toàn thực phẩm\n\n"
                  "Kính gửi: Các đơn vị.\n", &w);
  };
  DocumentMeta m = meta("BỘ Y TẾ CỤC AN TOÀN THỰC PHẨM");
  EXPECT_EQ(m.issuer->value, "Cục An toàn thực phẩm");
  EXPECT_EQ(*m.parent_issuer, "Bộ Y tế");
  m = meta("ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH SỞ GIAO THÔNG VẬN TẢI");
  EXPECT_EQ(m.issuer->value, "Sở Giao thông vận tải tỉnh Thái Bình");
  // Near misses: one body whose words include a head.
  for (const char* one : {"VĂN PHÒNG CHÍNH PHỦ", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                          "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "VIỆN KHOA HỌC THỦY LỢI"}) {
    m = meta(one);
    EXPECT_FALSE(m.parent_issuer) << one;
  }
}

// A header line may wrap inside a word ("MÔI / TRƯỜNG") whose second half
// opens like another body ("Trường", a school); a line that names a body
// of its own still starts one.
TEST(ExtractMetadata, HeaderIssuerWrappedInsideAWord) {
  std::vector<Warning> w;
  const DocumentMeta m = MetaOf(
      "UBND TỈNH KIÊN GIANG\nSỞ NÔNG NGHIỆP VÀ MÔI\nTRƯỜNG\nSố: 88/KH-SNNMT\n||\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKiên Giang, ngày 02 tháng 4 năm 2025\n\n"
      "KẾ HOẠCH\nPhòng, chống xâm nhập mặn\n\nCăn cứ Quyết định số 131/QĐ-TTg ngày 25/01/2022.\n",
      &w);
  EXPECT_EQ(m.issuer->value, "Sở Nông nghiệp và Môi trường tỉnh Kiên Giang");
  EXPECT_EQ(*m.parent_issuer, "Ủy ban nhân dân tỉnh Kiên Giang");
  const DocumentMeta school = MetaOf(
      "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN\nSố: 15/KH-THPT\n||\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐà Nẵng, ngày 02 tháng 4 năm 2025\n\n"
      "KẾ HOẠCH\nTổ chức ngày hội đọc sách\n\nCăn cứ Quyết định số 131/QĐ-TTg ngày 25/01/2022.\n",
      &w);
  EXPECT_EQ(school.issuer->value.rfind("Trường THPT", 0), 0u) << school.issuer->value;
}

TEST(ExtractMetadata, BlankSerialAndDayAreNullWithWarnings) {
  std::vector<Warning> w;
  const DocumentMeta m = MetaOf(
      "ỦY BAN NHÂN DÂN\nHUYỆN VỊ XUYÊN\nSố:    /CT-UBND\n||\nVị Xuyên, ngày   tháng 02 năm 2023\n\n"
      "CHỈ THỊ\nVề tăng cường\n",
      &w);
  EXPECT_FALSE(m.number);
  EXPECT_FALSE(m.serial);
  EXPECT_EQ(m.symbol->value, "CT-UBND");
  EXPECT_EQ(m.issued->value.Iso(), "2023-02");
  EXPECT_EQ(m.issuer->value, "Ủy ban nhân dân huyện Vị Xuyên");
  ASSERT_EQ(w.size(), 3u);
  EXPECT_EQ(w[0].code, WarningCode::kNumberBlank);
  EXPECT_EQ(w[1].code, WarningCode::kIssuedPartial);
  EXPECT_EQ(w[2].code, WarningCode::kSignerMissing);  // the text ends before its signature
}

// A clerk files by number, date and signer: each one not read is said; a
// text with no type, number or title gets none of these (no_structure).
TEST(ExtractMetadata, MissingNumberDateAndSignerAreSaid) {
  std::vector<Warning> w;
  MetaOf("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nCHỈ THỊ\nVề phòng, chống thiên tai\n\n"
         "1. Các sở chủ động ứng phó.\n",
         &w);
  std::vector<WarningCode> codes;
  for (const Warning& x : w) codes.push_back(x.code);
  EXPECT_EQ(codes, (std::vector<WarningCode>{WarningCode::kNumberMissing, WarningCode::kDateMissing,
                                             WarningCode::kSignerMissing}));
  w.clear();
  MetaOf("Bản tin thời tiết: mưa to ở các tỉnh miền Trung.\n", &w);
  EXPECT_TRUE(w.empty());
  // Near miss: all three read, nothing said.
  w.clear();
  MetaOf("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 11/CT-UBND\n||\nQuảng Ngãi, ngày 11 tháng 9 năm "
         "2024\n\nCHỈ THỊ\nVề an toàn cầu\n\n1. Sở Giao thông vận tải kiểm tra.\n\nNơi nhận:\n"
         "- Lưu: VT.\n\nCHỦ TỊCH\nNguyễn Hoàng Giang\n",
         &w);
  EXPECT_TRUE(w.empty()) << w.front().message;
}

// On a scan, a number or date read from a doubtful line is flagged (a
// handwritten "11" read as "44"), and a blank serial or day may be a
// handwritten one OCR could not read; from a clear line, nothing is said.
TEST(ExtractMetadata, DoubtfulOcrOfTheNumberAndDateIsFlagged) {
  auto scanned = [](double number_confidence, double date_confidence,
                    std::optional<std::string>* number = nullptr) {
    RawPage page;
    page.origin = TextOrigin::kOcr;
    const std::pair<const char*, double> lines[] = {
        {"ỦY BAN NHÂN DÂN", 0.95},       {"TỈNH QUẢNG NGÃI", 0.95},
        {"Số: 44/CT-UBND", number_confidence}, {"||", 0.95},
        {"Quảng Ngãi, ngày 11 tháng 9 năm 2024", date_confidence},
        {"", 1},                          {"CHỈ THỊ", 0.95},
        {"Về an toàn cầu", 0.95}};
    for (const auto& [text, confidence] : lines) {
      RawLine l;
      l.text = text;
      l.confidence = confidence;
      page.lines.push_back(l);
    }
    Document doc = BuildDocument({page}, Lex());
    BuildStructure(&doc, Lex());
    std::vector<Warning> w;
    const DocumentMeta m = ExtractMetadata(doc, Lex(), &w);
    if (number && m.number) *number = m.number->value;
    std::vector<WarningCode> codes;
    for (const Warning& x : w) {
      if (x.code != WarningCode::kSignerMissing) codes.push_back(x.code);
    }
    return codes;
  };
  EXPECT_EQ(scanned(0.77, 0.70),
            (std::vector<WarningCode>{WarningCode::kNumberUnsure, WarningCode::kDateUnsure}));
  EXPECT_EQ(scanned(0.77, 0.94), std::vector<WarningCode>{WarningCode::kNumberUnsure});
  EXPECT_TRUE(scanned(0.84, 0.96).empty());
  // Read too badly to keep: the serial is withheld, and said.
  std::optional<std::string> number;
  EXPECT_EQ(scanned(0.58, 0.96, &number), std::vector<WarningCode>{WarningCode::kNumberUnsure});
  EXPECT_FALSE(number);
  EXPECT_EQ(scanned(0.77, 0.96, &number), std::vector<WarningCode>{WarningCode::kNumberUnsure});
  EXPECT_EQ(number, "44/CT-UBND");
}

// A page read by OCR, a line at a time, each read with confidence 0.95.
Document ScannedPage(const std::vector<std::string>& lines) {
  RawPage page;
  page.origin = TextOrigin::kOcr;
  for (const std::string& text : lines) {
    RawLine l;
    l.text = text;
    l.confidence = 0.95;
    page.lines.push_back(l);
  }
  Document doc = BuildDocument({page}, Lex());
  BuildStructure(&doc, Lex());
  return doc;
}

// What OCR makes of a stamped header: the label and the handwritten serial
// garbled, "ngày" lost with the handwritten day, the heading's tones
// misread, "Về việc" run together, a receipt stamp over the title's end.
// The symbol, place, month, type and title are still read, and the blank
// serial and day are said.
TEST(ExtractMetadata, StampedScanHeaderIsReadThroughItsMisreadings) {
  const Document doc = ScannedPage({"ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "SôztT /CT-UBND", "",
                                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                    "Quảng Ngãi, tháng 9 năm 2024", "CHÍ THỊ", "",
                                    ",Vêviệc tăng cường an toàn công trình cầu",
                                    "trong mùa mưa bão FBUNG-TÂM CÔNG BAO â TIN HỌC O. NGÃI", "",
                                    "Cơn bão số 3 vừa qua đã gây thiệt hại rất lớn."});
  std::vector<Warning> w;
  const DocumentMeta m = ExtractMetadata(doc, Lex(), &w);
  ASSERT_TRUE(m.symbol);
  EXPECT_EQ(m.symbol->value, "CT-UBND");
  EXPECT_FALSE(m.number);
  EXPECT_EQ(m.type->value, "chi_thi");
  EXPECT_EQ(m.place->value, "Quảng Ngãi");
  EXPECT_EQ(m.issued->value.Iso(), "2024-09");
  EXPECT_EQ(m.title->value, "Về việc tăng cường an toàn công trình cầu trong mùa mưa bão");
  std::vector<WarningCode> codes;
  for (const Warning& x : w) codes.push_back(x.code);
  EXPECT_NE(std::find(codes.begin(), codes.end(), WarningCode::kNumberBlank), codes.end());
  EXPECT_NE(std::find(codes.begin(), codes.end(), WarningCode::kIssuedPartial), codes.end());
}

// OCR drops the diacritics of a small bold header line now and then; the
// date line spells the place right, and the issuer takes its spelling. A
// line that names another place keeps what OCR read.
TEST(ExtractMetadata, IssuerTakesThePlaceSpellingOfTheDateLine) {
  auto issuer = [](const char* second_line) {
    const Document doc = ScannedPage({"ỦY BAN NHÂN DÂN", second_line, "Số: 574/UBND-KTTH",
                                      "Quảng Ngãi, ngày 04 tháng 02 năm 2025", "",
                                      "Kính gửi: Thường trực HĐND tỉnh", "",
                                      "Ủy ban nhân dân tỉnh đề nghị như sau."});
    std::vector<Warning> w;
    return ExtractMetadata(doc, Lex(), &w).issuer->value;
  };
  EXPECT_EQ(issuer("TINH QUANG NGAI"), "Ủy ban nhân dân tỉnh Quảng Ngãi");
  EXPECT_EQ(issuer("TĨNH QUANG NGAI"), "Ủy ban nhân dân tỉnh Quảng Ngãi");
  EXPECT_EQ(issuer("TỈNH QUẢNG NGÃI"), "Ủy ban nhân dân tỉnh Quảng Ngãi");
  EXPECT_EQ(issuer("TINH QUANG NAM").find("Ngãi"), std::string::npos);
}

// The same for the head of a body: "VAN PHONG" is Văn phòng, the body under
// the one above it. A head read with some diacritics is left as read.
TEST(ExtractMetadata, IssuerHeadReadWithoutDiacritics) {
  auto meta = [](const char* second_line) {
    const Document doc = ScannedPage({"UBND TỈNH PHÚ THỌ", second_line, "Số: 620/VP-KSTTHC",
                                      "Phú Thọ, ngày 02 tháng 12 năm 2011", "",
                                      "Kính gửi: Các sở, ban, ngành.", "", "Nội dung."});
    std::vector<Warning> w;
    return ExtractMetadata(doc, Lex(), &w);
  };
  const DocumentMeta m = meta("VAN PHONG");
  EXPECT_EQ(m.issuer->value.substr(0, std::string("Văn phòng").size()), "Văn phòng");
  EXPECT_EQ(*m.parent_issuer, "Ủy ban nhân dân tỉnh Phú Thọ");
  EXPECT_EQ(meta("VÀN PHONG").issuer->value.find("Văn phòng"), std::string::npos);
}

// The type a misread heading names, with no symbol to tell it.
TEST(ExtractMetadata, MisreadHeadingGivesTheType) {
  for (const auto& [heading, code] : std::vector<std::pair<std::string, std::string>>{
           {"QUYÊT ĐỊNH", "quyet_dinh"}, {"CHÍ THỊ", "chi_thi"}, {"THÔNG BẢO", "thong_bao"}}) {
    const Document doc = ScannedPage({"ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI",
                                      "Quảng Ngãi, ngày 11 tháng 5 năm 2021", heading, "Về việc A",
                                      "", "Nội dung."});
    std::vector<Warning> w;
    const DocumentMeta m = ExtractMetadata(doc, Lex(), &w);
    ASSERT_TRUE(m.type) << heading;
    EXPECT_EQ(m.type->value, code);
  }
}

// A công văn may write its trích yếu "Về việc …" in the header, not "V/v".
TEST(ExtractMetadata, CongVanTitleWrittenOut) {
  std::vector<Warning> w;
  const DocumentMeta m = MetaOf(
      "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 4532/UBND-KSTTHC\nVề việc xây dựng kế hoạch rà\n"
      "soát quy định, thủ tục hành chính.\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Phú Thọ, ngày 07 tháng 12 năm 2011\n\nKính gửi: Các sở, ban, ngành.\n\nNội dung.\n",
      &w);
  EXPECT_EQ(m.title->value, "Về việc xây dựng kế hoạch rà soát quy định, thủ tục hành chính.");
  EXPECT_EQ(m.type->value, "cong_van");
}

// Capitals at the end of a typed title are the title's: no stamp lies on
// typed text. On a scan, fewer than three words in capitals stay too.
TEST(ExtractMetadata, CapitalsEndingATitleStayUnlessAStampLeftThem) {
  std::vector<Warning> w;
  const DocumentMeta typed = MetaOf(
      "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 11/CT-UBND\nQuảng Ngãi, ngày 11 tháng 9 năm 2024\n\n"
      "CHỈ THỊ\nVề việc tổ chức Giải BÓNG ĐÁ NAM TOÀN TỈNH\n\nNội dung.\n",
      &w);
  EXPECT_EQ(typed.title->value, "Về việc tổ chức Giải BÓNG ĐÁ NAM TOÀN TỈNH");
  const Document scanned = ScannedPage({"ỦY BAN NHÂN DÂN", "Số: 11/CT-UBND",
                                        "Quảng Ngãi, ngày 11 tháng 9 năm 2024", "CHỈ THỊ",
                                        "Về phòng, chống dịch COVID-19 của UBND tỉnh", "",
                                        "Nội dung của chỉ thị."});
  EXPECT_EQ(ExtractMetadata(scanned, Lex(), &w).title->value,
            "Về phòng, chống dịch COVID-19 của UBND tỉnh");
}

TEST(ExtractMetadata, CongVanTypeFromVvLine) {
  std::vector<Warning> w;
  const DocumentMeta m = MetaOf(
      "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 5115/LĐTBXH-KHTC\nV/v thí điểm chi trả\n||\n"
      "Hà Nội, ngày 03 tháng 12 năm 2018\n\nKính gửi: Sở Lao động - Thương binh và Xã hội.\n",
      &w);
  EXPECT_EQ(m.type->value, "cong_van");
  EXPECT_EQ(m.title->value, "V/v thí điểm chi trả");
  EXPECT_EQ(m.issuer->value, "Bộ Lao động - Thương binh và Xã hội");
}

TEST(ExtractIssuer, InferredFromSymbolAndSubjectWhenTheHeaderIsMissing) {
  const struct {
    const char* body;
    const char* symbol;
    const char* want;
  } cases[] = {
      {"Chủ tịch Ủy ban nhân dân tỉnh đề nghị các cơ quan thực hiện.", "CT-UBND",
       "Ủy ban nhân dân tỉnh Lạng Sơn"},
      {"Sở Khoa học và Công nghệ xây dựng Kế hoạch tuyên truyền năm 2023.", "KH-SKHCN",
       "Sở Khoa học và Công nghệ tỉnh Lạng Sơn"},
      {"Căn cứ Hướng dẫn số 1/HD-BCĐQG của Ban Chỉ đạo quốc gia, Ban Chỉ đạo vận động HMTN tỉnh "
       "hướng dẫn như sau:",
       "HD-BCĐ", "Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh Lạng Sơn"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.body);
    const Document doc =
        StructuredText(std::string("Số: /") + c.symbol + "\nLạng Sơn, ngày tháng 3 năm 2023\n\n" +
                       "KẾ HOẠCH\nTuyên truyền\n\n" + c.body + "\n");
    const IssuerResult r = ExtractIssuer(doc, Lex(), c.symbol, "Lạng Sơn");
    ASSERT_TRUE(r.issuer);
    EXPECT_EQ(r.issuer->value, c.want);
    EXPECT_TRUE(r.inferred);
  }
}

TEST(ExtractIssuer, InferredIssuerTakesTheLevelTheBodySpeaksOf) {
  // "thành phố" twice, "tỉnh" once as a word ("tỉnhthành" is no word).
  const Document doc = StructuredText(
      "Số: /KH-SKHCN\nHải Phòng, ngày tháng 3 năm 2023\n\nKẾ HOẠCH\nTuyên truyền\n\n"
      "Sở Khoa học và Công nghệ xây dựng Kế hoạch tuyên truyền trên địa bàn thành phố.\n"
      "Các quận, huyện của thành phố phối hợp với tỉnh bạn; tỉnhthành, tỉnhthành.\n");
  const IssuerResult r = ExtractIssuer(doc, Lex(), "KH-SKHCN", "Hải Phòng");
  ASSERT_TRUE(r.issuer);
  EXPECT_EQ(r.issuer->value, "Sở Khoa học và Công nghệ thành phố Hải Phòng");
}

}  // namespace
}  // namespace vanban
