#include "pipeline/language/syllables.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(IsSyllable, OnsetNucleusCodaAndOneTone) {
  for (const char* word : {"Bộ", "ương", "Quảng", "ở", "nghiêng", "khuyến", "giữ", "trưởng",
                           "Đặng", "oanh", "HỘI", "thuyền", "gì", "ươu", "uống"}) {
    EXPECT_TRUE(IsSyllable(word)) << word;
  }
  for (const char* word : {"B", "ng", "tr", "ươ", "UBND", "HĐND", "TP", "ộng ộng", "xyz", "iê",
                           "12", "Sở1", "hoá̀"}) {
    EXPECT_FALSE(IsSyllable(word)) << word;
  }
}

TEST(JoinSplitSyllables, JoinsThePiecesOfScrapedWords) {
  const std::pair<const char*, const char*> cases[] = {
      {"B ộ lao động - thương binh v à x ã hội", "Bộ lao động - thương binh và xã hội"},
      {"Nh ư tr ê n;", "Như trên;"},
      {"- Bộ tr ưở n g;", "- Bộ trưởng;"},
      {"ngân sách trung ươ n g thực hiện", "ngân sách trung ương thực hiện"},
      {"Qu ả ng Ngãi", "Quảng Ngãi"},
      {"Đặ ng Văn Minh", "Đặng Văn Minh"},
      {"B Ộ X ÂY DỰNG", "BỘ XÂY DỰNG"},
      {"Sở Giao thông v ận tải", "Sở Giao thông vận tải"},
      {"kh ẩn trương", "khẩn trương"},
      {"th ực hiện", "thực hiện"},
      // A capitalised syllable's start; a lone vowel split off a syllable.
      {"Bộ Ng o ại giao", "Bộ Ngoại giao"},
      {"Thương binh và Xã hộ i ,", "Thương binh và Xã hội ,"},
      {"cơ quan ch ủ qu ả n", "cơ quan chủ quản"},
  };
  for (const auto& [line, want] : cases) {
    std::string text = line;
    EXPECT_TRUE(JoinSplitSyllables(&text)) << line;
    EXPECT_EQ(text, want) << line;
  }
}

// Near misses: abbreviations, units, codes and ordinary words stay apart.
TEST(JoinSplitSyllables, LeavesWholeWordsAndAbbreviations) {
  for (const char* line : {"UBND TP Hà Nội", "dài 5 m và rộng 3 m", "HĐND xã Tân Long",
                           "Phụ lục B kèm theo", "điểm b khoản 2", "o a oe", "Sở TN&MT tỉnh",
                           "Số: 12/KH-UBND", "Kính gửi: Sở Y tế", "Vụ KH-TC, Cục NCC",
                           // Lone vowels that are words or whose join is none.
                           "ở địa phương", "ngành y tế", "mục a khoản 2", "thu y"}) {
    std::string text = line;
    EXPECT_FALSE(JoinSplitSyllables(&text)) << line;
    EXPECT_EQ(text, line) << line;
  }
}

// What a scrape leaves around punctuation, closed up as typed text has it.
TEST(CloseUpScrapedSpacing, ClosesUpMarksAndSpacesGluedDashes) {
  const std::pair<const char*, const char*> cases[] = {
      {"Các Bộ: Lao động -Thương binh và Xã hội , Tài chính , Y tế;",
       "Các Bộ: Lao động - Thương binh và Xã hội, Tài chính, Y tế;"},
      {"Sở Nông nghiệp và Phát triển nông thôn ; Sở Tài chính .",
       "Sở Nông nghiệp và Phát triển nông thôn; Sở Tài chính."},
      {"Kính gửi : Ủy ban nhân dân các huyện", "Kính gửi: Ủy ban nhân dân các huyện"},
      {"tuyến Hà Nội -Hải Phòng", "tuyến Hà Nội - Hải Phòng"},
  };
  for (const auto& [line, want] : cases) {
    std::string text = line;
    CloseUpScrapedSpacing(&text);
    EXPECT_EQ(text, want) << line;
  }
  // Near misses: an ellipsis, a negative figure, a bullet, a spaced dash
  // and a mark after a figure (no letter before it) stay as they are.
  for (const char* line : {"các tỉnh ... và thành phố", "nhiệt độ -5 độ C", "-Sở Y tế",
                           "lúc 7 giờ 30 , tại", "Lao động - Thương binh", "giảm -2,5%"}) {
    std::string text = line;
    CloseUpScrapedSpacing(&text);
    EXPECT_EQ(text, line) << line;
  }
}

// A space typed one letter early is moved back where both pieces then
// are syllables; words that are no syllables for other reasons stay.
TEST(ShiftMisplacedSpaces, MovesTheCodaBackToItsSyllable) {
  const std::pair<const char*, const char*> cases[] = {
      {"Trung tâm Xúc tiến Đầut ư tỉnh;", "Trung tâm Xúc tiến Đầu tư tỉnh;"},
      {"tổ chức kiểmt ra định kỳ", "tổ chức kiểm tra định kỳ"},
      {"Sở Giáo dục và Đàot ạo", "Sở Giáo dục và Đào tạo"},
  };
  for (const auto& [in, want] : cases) {
    std::string line = in;
    EXPECT_TRUE(ShiftMisplacedSpaces(&line)) << in;
    EXPECT_EQ(line, want);
  }
  // Not when the first piece is a syllable itself ("Hạt ầng": "hạt" is a
  // word), nor for words that are no syllables for other reasons.
  for (const char* same : {"Phòng Kinh tế - Hạt ầng", "UBND tỉnh Quảng Ngãi", "Email: sotc@tuyenquang.gov.vn", "COVID-19 ở",
                           "Vụ KHTC và Cục NCC", "Đầu tư tỉnh", "Internet và"}) {
    std::string line = same;
    EXPECT_FALSE(ShiftMisplacedSpaces(&line)) << same;
    EXPECT_EQ(line, same);
  }
}

}  // namespace
// Two syllables a scrape glued, the second with its capital, are parted;
// words that open with a capital or a lone letter are names and loans.
TEST(SplitGluedSyllables, PartsLowerThenCapital) {
  const std::pair<const char*, const char*> cases[] = {
      {"của Bộ trưởngBộ Giáo dục và Đào tạo", "của Bộ trưởng Bộ Giáo dục và Đào tạo"},
      {"Giám đốcSở Y tế", "Giám đốc Sở Y tế"},
      {"Chủ tịchỦy ban nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh"},
      {"theo đề nghị củaSở Tài chính.", "theo đề nghị của Sở Tài chính."},
  };
  for (const auto& [in, out] : cases) {
    std::string line = in;
    EXPECT_TRUE(SplitGluedSyllables(&line)) << in;
    EXPECT_EQ(line, out);
  }
  for (const char* left : {"tỉnh ĐắkLắk", "xác thực eKYC", "điện thoại iPhone", "hãng VinFast",
                           "mạng MobiFone", "Bộ trưởng Bộ Y tế", "vắc xin mRNA", "UBND"}) {
    std::string line = left;
    EXPECT_FALSE(SplitGluedSyllables(&line)) << left;
    EXPECT_EQ(line, left);
  }
}

}  // namespace vanban
