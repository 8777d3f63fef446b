#include "pipeline/ingest/text_reader.h"

#include <gtest/gtest.h>

#include "tests/unit/test_support.h"

namespace vanban {
namespace {

TEST(StripInlineMarkup, RemovesMarkdownAndHtml) {
  EXPECT_EQ(StripInlineMarkup("## CHỈ THỊ"), "CHỈ THỊ");
  EXPECT_EQ(StripInlineMarkup("### **3. Thông điệp**"), "3. Thông điệp");
  EXPECT_EQ(StripInlineMarkup("## **KẾ HOẠCH** **Tuyên truyền**"), "KẾ HOẠCH Tuyên truyền");
  EXPECT_EQ(StripInlineMarkup("***Nơi nhận:***"), "Nơi nhận:");
  EXPECT_EQ(StripInlineMarkup("*“Hiến máu cứu người”*;"), "“Hiến máu cứu người”;");
  EXPECT_EQ(StripInlineMarkup("**KT. TRƯỞNG BAN  "), "KT. TRƯỞNG BAN");
  EXPECT_EQ(StripInlineMarkup("PHÓ BAN THƯỜNG TRỰC**"), "PHÓ BAN THƯỜNG TRỰC");
  EXPECT_EQ(StripInlineMarkup("Lưu: VT, VP<sub>(Th)</sub>."), "Lưu: VT, VP(Th).");
  EXPECT_EQ(StripInlineMarkup("(<http://laichau.gov.vn>)"), "(http://laichau.gov.vn)");
}

// A portal's HTML entities, named and numbered, are the characters they
// stand for; an "&" that begins none stays as typed.
TEST(StripInlineMarkup, DecodesHtmlEntities) {
  const std::pair<const char*, const char*> cases[] = {
      {"c&ocirc;ng t&aacute;c", "công tác"},
      {"ph&ograve;ng ch&#7889;ng", "phòng chống"},
      {"t&igrave;m ki&#x1EBF;m", "tìm kiếm"},
      {"Sở Nông nghiệp&nbsp;và Môi trường", "Sở Nông nghiệp và Môi trường"},
      {"Phòng cháy &amp; chữa cháy", "Phòng cháy & chữa cháy"},
      {"&ldquo;Ngày hội&rdquo; &ndash; 2025", "“Ngày hội” – 2025"},
      {"&lt;b&gt;không phải thẻ&lt;/b&gt;", "<b>không phải thẻ</b>"},
      {"&Ecirc;-đê", "Ê-đê"},
      {"&#272;&#7891;ng Nai", "Đồng Nai"},
      {"T&Ugrave;Y", "TÙY"}};
  for (const auto& [in, want] : cases) EXPECT_EQ(StripInlineMarkup(in), want) << in;
  for (const char* same : {"AT&T và Bộ", "Mục 1 & 2", "&unknown; thẻ", "&#0; mã", "&#xD800; mã",
                           "&#12a; mã", "& ;", "Q&A"}) {
    EXPECT_EQ(StripInlineMarkup(same), same) << same;
  }
}

TEST(StripInlineMarkup, KeepsFootnoteMarksAsSuperscripts) {
  EXPECT_EQ(StripInlineMarkup("Hội Chữ thập đỏ tỉnh<sup>1</sup>, Viện"),
            "Hội Chữ thập đỏ tỉnh¹, Viện");
  EXPECT_EQ(StripInlineMarkup("<sup>12</sup> Từ 18 tuổi"), "¹² Từ 18 tuổi");
}

TEST(ReadPlainText, SplitsPagesAtFormFeeds) {
  const auto pages = ReadPlainText("trang một\n\ftrang hai\n");
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0].lines[0].text, "trang một");
  EXPECT_EQ(pages[1].lines[0].text, "trang hai");
}

// A page number left inside a sentence goes; one after a finished sentence
// or before an item of its own stays a line.
TEST(ReadPlainText, JoinsASentenceAcrossItsPageNumber) {
  auto lines = [](const std::string& text) {
    const std::vector<RawPage> pages = ReadPlainText(text);
    std::vector<std::string> out;
    for (const RawLine& l : pages[0].lines) out.push_back(l.text);
    return out;
  };
  EXPECT_EQ(lines("2. Sở Y tế phối hợp Sở Giáo dục và\n4\nĐào tạo kiểm tra bếp ăn.\n"),
            std::vector<std::string>{"2. Sở Y tế phối hợp Sở Giáo dục và Đào tạo kiểm tra bếp ăn."});
  EXPECT_EQ(lines("Các xã báo cáo kết quả.\n4\n3. Sở Tài chính bố trí kinh phí.\n").size(), 3u);
  EXPECT_EQ(lines("Tổng số hộ nghèo là\n12\n- Xã A: 5 hộ\n").size(), 3u);
}

TEST(ReadPlainText, ReadsTwoColumnLayoutTablesColumnByColumn) {
  const auto pages = ReadPlainText(
      "| ỦY BAN NHÂN DÂN TỈNH SƠN LA ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự "
      "do - Hạnh phúc --------------- |\n"
      "|---|---|\n"
      "| Số: 254/QĐ-UBND | Sơn La, ngày 17 tháng 02 năm 2023 |\n");
  std::vector<std::string> texts;
  for (const auto& l : pages[0].lines) {
    if (!l.text.empty()) texts.push_back(l.text);
  }
  const std::vector<std::string> want = {"ỦY BAN NHÂN DÂN TỈNH SƠN LA", "Số: 254/QĐ-UBND",
                                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                         "Độc lập - Tự do - Hạnh phúc",
                                         "Sơn La, ngày 17 tháng 02 năm 2023"};
  EXPECT_EQ(texts, want);
}

// A letter's subject line shares the number's cell, with or without a
// colon after "V/v".
TEST(ReadPlainText, SplitsTheSubjectFromTheNumberCell) {
  for (const char* vv : {"V/v: tăng cường kiểm tra", "V/v tăng cường kiểm tra"}) {
    const auto pages = ReadPlainText(std::string("| SỞ Y TẾ ------- | CỘNG HÒA |\n|---|---|\n"
                                                 "| Số: 12/SYT-NV ") + vv +
                                     " | Hà Nội, ngày 03 tháng 6 năm 2024 |\n");
    std::vector<std::string> texts;
    for (const auto& l : pages[0].lines) {
      if (!l.text.empty()) texts.push_back(l.text);
    }
    ASSERT_GE(texts.size(), 3u) << vv;
    EXPECT_EQ(texts[1], "Số: 12/SYT-NV") << vv;
    EXPECT_EQ(texts[2], vv);
  }
}

TEST(ReadPlainText, SplitsSignatureCellAndRecipientItems) {
  const auto pages = ReadPlainText(
      "| Nơi nhận: - Như trên; - Lưu: VT. | KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Tấn Dũng |\n|---|---|\n");
  std::vector<std::string> texts;
  for (const auto& l : pages[0].lines) {
    if (!l.text.empty()) texts.push_back(l.text);
  }
  const std::vector<std::string> want = {"Nơi nhận:", "- Như trên;", "- Lưu: VT.",
                                         "KT. BỘ TRƯỞNG THỨ TRƯỞNG", "Lê Tấn Dũng"};
  EXPECT_EQ(texts, want);
}

TEST(ReadPlainText, KeepsWideTablesAsTabSeparatedRows) {
  const auto pages = ReadPlainText("| STT | Thôn | Thời gian |\n|---|---|---|\n| 1 | Cầu Cả | 08/4 |\n");
  EXPECT_EQ(pages[0].lines[0].text, "STT\tThôn\tThời gian");
  EXPECT_EQ(pages[0].lines[1].text, "1\tCầu Cả\t08/4");
}

TEST(ReadPlainText, DropsTheComposedColumnSeparator) {
  const auto pages = ReadPlainText("ỦY BAN NHÂN DÂN\n||\nCỘNG HÒA\n");
  ASSERT_EQ(pages[0].lines.size(), 2u);
  EXPECT_EQ(pages[0].lines[1].text, "CỘNG HÒA");
}

// A scraped page is marked so (its split syllables are repaired when it
// is built); typed text is not, whatever its short words.
TEST(ReadPlainText, MarksScrapedPages) {
  EXPECT_TRUE(ReadPlainText("*Source: https://example.org/vb*\n\n# V/v A\n\nB ộ Y tế\n")[0].scraped);
  EXPECT_TRUE(ReadPlainText("| BỘ Y TẾ | CỘNG HÒA |\n|---|---|\n| Số: 1/BYT | Hà Nội |\n")[0].scraped);
  EXPECT_FALSE(ReadPlainText("ỦY BAN NHÂN DÂN\n||\nCỘNG HÒA\n\nGiao Sở Y tế.\n")[0].scraped);
  const Document doc = testing::StructuredText("# V/v A\n\nB ộ lao động - thương binh v à x ã hội\n");
  EXPECT_NE(doc.pages[0].text.find("Bộ lao động - thương binh và xã hội"), std::string::npos);
}

}  // namespace
}  // namespace vanban
