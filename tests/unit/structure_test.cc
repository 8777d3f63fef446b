#include "pipeline/structure/structure.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.h"

namespace vanban {
namespace {

using testing::Lex;
using testing::StructuredText;

TEST(LineClassifiers, HeaderLines) {
  EXPECT_TRUE(IsNumberLine("Số: 1846/UBND-YT"));
  EXPECT_TRUE(IsNumberLine("Số: /CT-UBND"));
  EXPECT_TRUE(IsNumberLine("Số 5115/LĐTBXH-KHTC"));
  // A number with its year segment.
  EXPECT_TRUE(IsNumberLine("Số: 87/2013/NĐ-CP"));
  EXPECT_TRUE(IsNumberLine("Số: 170/2008/QĐ-TTg"));
  EXPECT_TRUE(IsNumberLine("Số: 16/2006/TTLT/BLĐTBXH-BGD-ĐT-BTC"));
  EXPECT_FALSE(IsNumberLine("Số 2023/2024 học sinh"));
  EXPECT_TRUE(IsNumberLine("Sô: 07/CT-UBND"));  // OCR tone misread
  EXPECT_FALSE(IsNumberLine("Source: https://thuvienphapluat.vn/van-ban"));
  EXPECT_FALSE(IsNumberLine("Sơ kết 6 tháng đầu năm"));
  EXPECT_FALSE(IsNumberLine("Số lượng người hiến máu tăng"));

  EXPECT_TRUE(IsPlaceDateLine("Lạng Sơn, ngày tháng 02 năm 2023"));
  EXPECT_TRUE(IsPlaceDateLine("Hà Nội, ngày 03 tháng 12 năm 2018"));
  EXPECT_TRUE(IsPlaceDateLine("Tân Long ngày 28 tháng 3 năm 2025"));
  EXPECT_TRUE(IsPlaceDateLine("Hà Nội, ngày30 tháng 4 năm 2026"));  // OCR of a written-in day
  // OCR lost "ngày" with the handwritten day after it.
  EXPECT_TRUE(IsPlaceDateLine("Quảng Ngãi, tháng 9 năm 2024"));
  EXPECT_FALSE(IsPlaceDateLine("Trong tháng 9 năm 2024"));
  EXPECT_FALSE(IsPlaceDateLine("Quảng Ngãi tháng 9 năm 2024"));
  EXPECT_FALSE(IsPlaceDateLine("Hà Nội, ngàyxx tháng 4 năm 2026"));
  EXPECT_FALSE(IsPlaceDateLine("Năm 2022, toàn tỉnh tổ chức 19 đợt vận động"));

  EXPECT_TRUE(IsMottoLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  EXPECT_TRUE(IsMottoLine("Độc lập - Tự do - Hạnh phúc"));
  EXPECT_TRUE(IsMottoLine("---------------"));
  EXPECT_TRUE(IsVvLine("V/v triển khai Chiến dịch"));
}

TEST(LineClassifiers, BodyAndFootLines) {
  EXPECT_TRUE(IsPreambleCue("Căn cứ Luật Tổ chức chính quyền địa phương"));
  EXPECT_TRUE(IsPreambleCue("Thực hiện Kế hoạch số 312/KH-UBND"));
  EXPECT_TRUE(IsPreambleCue("Theo đề nghị của Giám đốc Sở"));
  EXPECT_FALSE(IsPreambleCue("Thường trực Ban Chỉ đạo"));
  EXPECT_TRUE(IsRecipientsHead("Nơi nhận:"));
  EXPECT_TRUE(IsAuthorityPrefixed("KT. CHỦ TỊCH"));
  EXPECT_TRUE(IsAuthorityPrefixed("TM. ỦY BAN NHÂN DÂN"));
  EXPECT_FALSE(IsAuthorityPrefixed("KT ĐẠI HỌC"));
  EXPECT_TRUE(IsFootnoteLine("¹ Cơ quan Thường trực Ban Chỉ đạo"));
}

TEST(TypeHeading, AloneOrFollowedByTitle) {
  EXPECT_EQ(TypeHeadingLength("CHỈ THỊ", Lex()), std::string_view("CHỈ THỊ").size());
  EXPECT_EQ(TypeHeadingLength("KẾ HOẠCH Tuyên truyền, vận động", Lex()),
            std::string_view("KẾ HOẠCH").size());
  EXPECT_EQ(TypeHeadingLength("THÔNG TƯ LIÊN TỊCH", Lex()),
            std::string_view("THÔNG TƯ LIÊN TỊCH").size());
  EXPECT_EQ(TypeHeadingLength("Kế hoạch này được triển khai", Lex()), 0u);
  EXPECT_EQ(TypeHeadingLength("KẾ HOẠCH THỰC HIỆN NĂM 2023", Lex()), 0u);  // a title in capitals
}

// OCR garbles the bold capitals of a type heading's tone marks; the line
// alone, in capitals, with a type name's letters is still the heading.
TEST(TypeHeading, ToneMarksMisreadByOcr) {
  for (const char* line : {"CHÍ THỊ", "CHI THI", "QUYÊT ĐỊNH", "THÔNG BẢO", "KÊ HOẠCH",
                           "HƯỚNG DÂN", "BÁO CẢO", "TỜ TRINH", "CÔNG ĐIÊN", "NGHỊ QUYÊT", "KÉ HOẠCH"}) {
    SCOPED_TRACE(line);
    EXPECT_EQ(TypeHeadingLength(line, Lex()), std::string_view(line).size());
  }
  // Not a heading: ordinary case, other letters, or more on the line.
  for (const char* line : {"Chí thị", "CHI TIẾT", "THÔNG BÁO KẾT QUẢ TUYỂN SINH",
                           "QUYẾT TÂM", "CHỈ THỊ SỐ", "BÁO CHÍ", "Thông bảo"}) {
    SCOPED_TRACE(line);
    EXPECT_EQ(TypeHeadingLength(line, Lex()), 0u);
  }
}

// A handwritten serial OCR could not read, with the label around it
// garbled or lost: the line is still the number line, and the symbol is
// found after its "/".
TEST(LineClassifiers, NumberLineWithAnUnreadSerial) {
  const std::pair<const char*, const char*> unread[] = {
      {"Số: đ /CT-UBND", "/CT-UBND"},    {"SôztT /CT-UBND", "/CT-UBND"},
      {"/TB-UBND", "/TB-UBND"},          {"Số:   /UBND-KTTH", "/UBND-KTTH"},
      {"Sô: ‡ / QĐ-UBND", "/ QĐ-UBND"}, {"So ư /KH-SGDĐT", "/KH-SGDĐT"},
      {"Số: /TTr-SNN", "/TTr-SNN"},      {"  /BC-BCĐ ", "/BC-BCĐ "},
      {"S6: .. /HD-SYT", "/HD-SYT"},     {"Số —/STTTT-CNTT", "/STTTT-CNTT"}};
  for (const auto& [line, tail] : unread) {
    SCOPED_TRACE(line);
    EXPECT_TRUE(IsNumberLine(line));
    const size_t slash = UnreadSerialSlash(line);
    ASSERT_NE(slash, std::string_view::npos);
    EXPECT_EQ(std::string_view(line).substr(slash), tail);
  }
  // No number line: a serial that was read, a symbol without its hyphen,
  // words before the slash, a date or a ratio.
  for (const char* line : {"Số: 12/KH-UBND", "Sông Cầu /CT", "Số lượng /CT-UBND", "ngày 20/10",
                           "và/hoặc", "Tỷ lệ 3/4", "Hà Nội /HN-UB và các tỉnh", "/ 2024",
                           "Số: 5/", "Quảng Ngãi /QN-T tỉnh"}) {
    SCOPED_TRACE(line);
    EXPECT_EQ(UnreadSerialSlash(line), std::string_view::npos);
  }
  EXPECT_TRUE(IsNumberLine("Số: 12/KH-UBND"));
}

std::vector<std::string> RolesOf(const Document& doc) {
  std::vector<std::string> out;
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    if (doc.roles[i] != Role::kBlank) out.push_back(RoleName(doc.roles[i]));
  }
  return out;
}

TEST(AssignRoles, ComposedQuyetDinh) {
  const Document doc = StructuredText(
      "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 86/QĐ-UBND\n||\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "Quảng Bình, ngày 09 tháng 01 năm 2024\n\n"
      "QUYẾT ĐỊNH\nVề việc kiện toàn Ban Chỉ huy\n\nỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\n\n"
      "Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;\n"
      "Theo đề nghị của Giám đốc Sở Nông nghiệp.\n\nQUYẾT ĐỊNH:\n\n"
      "Điều 1. Kiện toàn Ban Chỉ huy.\n¹ Ghi chú.\n\nNơi nhận:\n- Như Điều 4;\n- Lưu: VT, KT.\n\n"
      "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Quốc Khánh\n\nPHỤ LỤC\nDanh sách");
  const std::vector<std::string> want = {
      "header_issuer", "header_issuer", "header_number", "national_motto", "national_motto",
      "place_date", "type_heading", "title", "authority_line", "preamble", "preamble", "body",
      "body", "footnote", "recipients", "recipients", "recipients", "signature", "signature",
      "signature", "appendix", "appendix"};
  EXPECT_EQ(RolesOf(doc), want);
}

// The plan a decision issues, after its signature, is read as body past
// its heading and title; another appendix (a list) stays appendix.
TEST(AssignRoles, TheDocumentADecisionIssuesIsBody) {
  const std::string decision =
      "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 254/QĐ-UBND\n||\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSơn La, ngày 17 tháng 02 năm 2023\n\n"
      "QUYẾT ĐỊNH\nBan hành Kế hoạch bảo vệ bí mật nhà nước năm 2023\n\n"
      "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch bảo vệ bí mật nhà nước.\n\n"
      "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nCHỦ TỊCH\nHoàng Quốc Khánh\n\n";
  const Document plan = StructuredText(
      decision + "KẾ HOẠCH\nBảo vệ bí mật nhà nước năm 2023\n(Kèm theo Quyết định số "
                 "254/QĐ-UBND ngày 17/02/2023)\n\nI. MỤC ĐÍCH\n1. Sở Tư pháp rà soát văn bản.\n");
  const auto roles = RolesOf(plan);
  const std::vector<std::string> tail(roles.end() - 5, roles.end());
  EXPECT_EQ(tail, (std::vector<std::string>{"appendix", "appendix", "appendix", "body", "body"}));
  const Document list = StructuredText(decision + "DANH SÁCH\nThành viên Ban Chỉ đạo\n"
                                                  "1. Ông Nguyễn Văn A, Giám đốc Sở Tư pháp.\n");
  EXPECT_EQ(RolesOf(list).back(), "appendix");
}

TEST(AssignRoles, CongVanWithVvAndAddressees) {
  const Document doc = StructuredText(
      "Source: https://example.org/cong-van\n\nBỘ Y TẾ\nSố: 12/BYT-KCB\nV/v tăng cường\nphòng chống sởi\n||\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 03 tháng 12 năm 2024\n\n"
      "Kính gửi:\n- Sở Y tế các tỉnh;\n- Bệnh viện trực thuộc Bộ.\n\n"
      "Thực hiện Chỉ thị số 01/CT-TTg ngày 02/01/2024 của Thủ tướng Chính phủ, Bộ Y tế đề nghị:\n"
      "1. Các Sở Y tế tổ chức tiêm.\n\nNơi nhận:\n- Như trên;\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn A");
  // The source line a portal puts above the document stands aside.
  const std::vector<std::string> want = {
      "aside", "header_issuer", "header_number", "title", "title", "national_motto", "place_date",
      "addressees", "addressees", "addressees", "preamble", "body", "recipients", "recipients",
      "signature", "signature", "signature"};
  EXPECT_EQ(RolesOf(doc), want);
}

// What OCR made of a receipt stamp over a V/v line's end ("gỬi:", "Ì ổNG
// THÔNG TIN") wraps no V/v line; a wrapped line in ordinary case does.
TEST(AssignRoles, StampScrapsDoNotWrapAVvLine) {
  const Document doc = StructuredText(
      "THỦ TƯỚNG CHÍNH PHỦ\nSố: /TTg-CĐS\nV/v triển khai các Nghị quyết cắt giảm,\n"
      "đơn giản hóa TTHC, ĐKKD\ngỬi:\nÌ ổNG THÔNG TIN ĐIỆN TỪ CHÍNH PHÙ\n\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 30 tháng 4 năm 2026\n\n"
      "Kính gửi: Các bộ, cơ quan ngang bộ.\n\nNội dung của công văn.\n");
  const std::vector<std::string> roles = RolesOf(doc);
  ASSERT_GE(roles.size(), 6u);
  EXPECT_EQ(std::vector<std::string>(roles.begin() + 2, roles.begin() + 6),
            (std::vector<std::string>{"title", "title", "body", "body"}));
}

// A portal's page title is no title of the document, even when it is a
// "V/v" line or names another document.
TEST(AssignRoles, PortalTitleStandsAside) {
  const Document doc = StructuredText(
      "*Source: https://example.org/van-ban/123*\n\n# V/v hướng dẫn chế độ ưu đãi\n\n"
      "| BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
      "| Số: 12/BYT-KCB V/v hướng dẫn chế độ ưu đãi | Hà Nội, ngày 03 tháng 12 năm 2024 |\n\n"
      "Kính gửi: Sở Y tế các tỉnh\n\nBộ Y tế đề nghị các Sở thực hiện.\n");
  const auto roles = RolesOf(doc);
  ASSERT_GE(roles.size(), 2u);
  EXPECT_EQ(roles[0], "aside");
  EXPECT_EQ(roles[1], "aside");
  EXPECT_EQ(std::count(roles.begin(), roles.end(), "title"), 1) << ::testing::PrintToString(roles);
}

// A trích yếu printed in capitals, however long, is the title, not the
// deciding authority's line that follows it.
TEST(AssignRoles, LongTitleInCapitals) {
  const Document doc = StructuredText(
      "THỦ TƯỚNG CHÍNH PHỦ\nSố: 62/2011/QĐ-TTg\n\nQUYẾT ĐỊNH\n\nVỀ CHẾ ĐỘ, CHÍNH SÁCH ĐỐI VỚI "
      "ĐỐI TƯỢNG THAM GIA CHIẾN TRANH BẢO VỆ TỔ QUỐC, LÀM NHIỆM VỤ QUỐC TẾ Ở CĂM-PU-CHI-A, GIÚP "
      "BẠN LÀO SAU NGÀY 30 THÁNG 4 NĂM 1975 ĐÃ PHỤC VIÊN, XUẤT NGŨ, THÔI VIỆC\n\n"
      "THỦ TƯỚNG CHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ;\n");
  const std::vector<std::string> want = {"header_issuer", "header_number", "type_heading",
                                         "title", "authority_line", "preamble"};
  EXPECT_EQ(RolesOf(doc), want);
}

TEST(AssignRoles, SignatureTitlesReadBeforeTheRecipients) {
  // A scan's two-column tail read right column first: the titles, then
  // "Nơi nhận" and its list, then the signer's name (ĐÓC: a misread tone).
  const Document doc = StructuredText(
      "CÔNG VĂN\nVề việc A\n\nSở đề nghị các đơn vị tham gia.\nKT. GIÁM ĐÓC\nPHÓ GIÁM ĐỐC\n"
      "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nNguyễn Hữu Việt");
  const std::vector<std::string> want = {"type_heading", "title",      "body",
                                         "signature",    "signature",  "recipients",
                                         "recipients",   "recipients", "signature"};
  EXPECT_EQ(RolesOf(doc), want);
  // The name may follow the list without a blank line.
  const Document tight = StructuredText(
      "CÔNG VĂN\nVề việc A\n\nSở đề nghị các đơn vị tham gia.\nKT. GIÁM ĐÓC\nPHÓ GIÁM ĐỐC\n"
      "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nNguyễn Hữu Việt");
  EXPECT_EQ(RolesOf(tight), want);
  // Capitals before the list that are no signer's titles stay body.
  const Document other = StructuredText(
      "CÔNG VĂN\nVề việc A\n\nSở đề nghị các đơn vị tham gia.\nĐỀ NGHỊ CÁC ĐƠN VỊ THỰC HIỆN\n"
      "Nơi nhận:\n- Như trên;\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Hữu Việt");
  EXPECT_EQ(RolesOf(other)[3], "body");
  EXPECT_EQ(RolesOf(other)[7], "signature");
}

// On a scan the red seal may hide the signer's titles; the name right after
// the recipients is then the signer's. In typed text, or when what follows
// is no name, it stays an appendix.
TEST(AssignRoles, SignerNameAfterTheRecipientsOnAScan) {
  auto roles = [](TextOrigin origin, const char* last) {
    RawPage page;
    page.origin = origin;
    for (const char* text : {"CHỈ THỊ", "Về việc A", "", "Nội dung của chỉ thị.", "",
                             "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "", last}) {
      RawLine l;
      l.text = text;
      page.lines.push_back(l);
    }
    Document doc = BuildDocument({page}, Lex());
    AssignRoles(&doc, Lex());
    return RolesOf(doc).back();
  };
  EXPECT_EQ(roles(TextOrigin::kOcr, "Trần Ngọc Căng"), "signature");
  EXPECT_EQ(roles(TextOrigin::kOcr, "Đặng Văn Minh :"), "signature");
  EXPECT_EQ(roles(TextOrigin::kPlainText, "Trần Ngọc Căng"), "appendix");
  EXPECT_EQ(roles(TextOrigin::kOcr, "Phụ lục kèm theo"), "appendix");
}

// In a laid-out page the trích yếu is centred and the body is not; a long
// title's second line may be nearly full width, but it goes on with the
// title in lower case, where the body opens with a capital.
TEST(AssignRoles, LaidOutTitleGoesOnInLowerCase) {
  auto roles = [](const char* second, bool centered) {
    RawPage page;
    page.origin = TextOrigin::kOcr;
    const std::pair<const char*, bool> lines[] = {
        {"CHỈ THỊ", true},
        {"Về việc tăng cường các biện pháp đảm bảo an toàn công trình cầu", true},
        {second, centered},
        {"Cơn bão số 3 và mưa lũ sau bão vừa qua đã gây thiệt hại rất lớn.", false}};
    for (const auto& [text, c] : lines) {
      RawLine l;
      l.text = text;
      l.bbox = BBox{70, 100, 520, 114};
      l.centered = c;
      page.lines.push_back(l);
    }
    Document doc = BuildDocument({page}, Lex());
    AssignRoles(&doc, Lex());
    return RolesOf(doc);
  };
  const char* wide = "giao thông trong mùa mưa, bão năm 2024 trên địa bàn tỉnh Quảng Ngãi";
  EXPECT_EQ(roles(wide, false),
            (std::vector<std::string>{"type_heading", "title", "title", "body"}));
  EXPECT_EQ(roles(wide, true),
            (std::vector<std::string>{"type_heading", "title", "title", "body"}));
  EXPECT_EQ(roles("Thời gian qua, mưa lũ đã gây thiệt hại trên địa bàn tỉnh Quảng Ngãi.", false),
            (std::vector<std::string>{"type_heading", "title", "body", "body"}));
}

}  // namespace
}  // namespace vanban
