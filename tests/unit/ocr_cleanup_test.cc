#include "pipeline/layout/ocr_cleanup.h"

#include <gtest/gtest.h>

#include "pipeline/language/text_util.h"
#include "pipeline/structure/structure.h"
#include "tests/unit/test_support.h"

namespace vanban {
namespace {

// Debris read from the dev "hard" scans (seal, signature) must go; words
// and numbers of the text, even read with little confidence, must stay.
TEST(IsJunkWord, SymbolsAndScribblesGo) {
  EXPECT_TRUE(IsJunkWord("|", 0.9));
  EXPECT_TRUE(IsJunkWord("⁄", 0.75));
  EXPECT_TRUE(IsJunkWord("\\\\#", 0.64));
  EXPECT_TRUE(IsJunkWord("__", 0.63));
  EXPECT_TRUE(IsJunkWord("⁄⁄2/l¿/»", 0.05));
  EXPECT_TRUE(IsJunkWord("^veœ\\À", 0.0));
  EXPECT_TRUE(IsJunkWord(" ", 0.95));  // Tesseract's blank "word"
  EXPECT_TRUE(IsJunkWord("4", 0.41));  // a stroke of a signature
}

TEST(IsJunkWord, TextStays) {
  EXPECT_FALSE(IsJunkWord("(B/c);", 0.16));
  EXPECT_FALSE(IsJunkWord("KT,", 0.38));
  EXPECT_FALSE(IsJunkWord("P'TTBCXB.", 0.62));
  EXPECT_FALSE(IsJunkWord("-", 0.92));
  EXPECT_FALSE(IsJunkWord("5", 0.9));
  EXPECT_FALSE(IsJunkWord("30/8/2018", 0.7));
  EXPECT_FALSE(IsJunkWord("15%", 0.8));
  EXPECT_FALSE(IsJunkWord("Đ/c:", 0.9));
  EXPECT_FALSE(IsJunkWord("“giọt", 0.9));
}

TEST(IsNoiseSegment, NoWordNoNumber) {
  EXPECT_TRUE(IsNoiseSegment(":", 0.76));
  EXPECT_TRUE(IsNoiseSegment("N", 0.9));
  EXPECT_TRUE(IsNoiseSegment("( `", 0.9));
  EXPECT_TRUE(IsNoiseSegment("⁄ 2 |", 0.8));
  EXPECT_TRUE(IsNoiseSegment("X2... sub", 0.18));  // letters, read badly
  EXPECT_FALSE(IsNoiseSegment("2", 0.9));          // a page number
  EXPECT_FALSE(IsNoiseSegment("15", 0.8));         // a table cell
  EXPECT_FALSE(IsNoiseSegment("1.", 0.8));
  EXPECT_FALSE(IsNoiseSegment("KT. GIÁM ĐỐC", 0.6));
  EXPECT_FALSE(IsNoiseSegment("Đặng Văn Tin", 0.96));
}

// Footnote marks OCR read as an apostrophe or a quote, word by word as
// Tesseract returns them; the context is what came before on the line.
std::optional<size_t> MarkIn(std::initializer_list<std::string_view> line) {
  WordContext context;
  std::optional<size_t> mark;
  for (std::string_view word : line) {
    mark = FootnoteMarkAt(word, context);
    context = Following(word, context);
  }
  return mark;  // of the last word
}

TEST(FootnoteMarkAt, RaisedDigitsReadAsMarks) {
  EXPECT_EQ(MarkIn({"địa", "bàn", "tỉnh',"}), 6u);         // "tỉnh" is 6 bytes
  EXPECT_EQ(MarkIn({"đỏ", "tỉnh", "',"}), 0u);              // a word of its own
  EXPECT_EQ(MarkIn({"học", "sinh”,"}), 4u);                 // a quote closing nothing
  EXPECT_EQ(MarkIn({"sinh’"}), 4u);                          // at the line's start, after a letter
  EXPECT_EQ(MarkIn({"'"}), 0u);                              // the footnote's own mark
}

TEST(FootnoteMarkAt, QuotesAndPunctuationStay) {
  EXPECT_EQ(MarkIn({"“Ngày", "toàn", "dân”,"}), std::nullopt);  // closes a quotation
  EXPECT_EQ(MarkIn({"\"Tết", "trồng", "cây\""}), std::nullopt);
  EXPECT_EQ(MarkIn({"tỉnh,"}), std::nullopt);
  EXPECT_EQ(MarkIn({"12'"}), std::nullopt);                  // after a digit: minutes, feet
  EXPECT_EQ(MarkIn({"tỉnh'x"}), std::nullopt);               // inside a word
  EXPECT_EQ(MarkIn({"''tỉnh"}), std::nullopt);
  EXPECT_EQ(MarkIn({"tỉnh", "-", "'"}), std::nullopt);       // after a dash
  EXPECT_EQ(MarkIn({"tỉnh''"}), std::nullopt);               // two marks: not one digit
}

TEST(IsStrayMark, ShortWithoutLetters) {
  EXPECT_TRUE(IsStrayMark("2"));
  EXPECT_TRUE(IsStrayMark(" ( "));
  EXPECT_TRUE(IsStrayMark("/ |"));
  EXPECT_FALSE(IsStrayMark("Nông Bích Thuận"));
  EXPECT_FALSE(IsStrayMark("N"));
  EXPECT_FALSE(IsStrayMark("12/2024"));
  EXPECT_FALSE(IsStrayMark(""));
}

TEST(IsLetterScrap, ALetterOrTwoNotCapitals) {
  EXPECT_TRUE(IsLetterScrap("Ip"));
  EXPECT_TRUE(IsLetterScrap(" là "));
  EXPECT_TRUE(IsLetterScrap("y"));
  EXPECT_FALSE(IsLetterScrap("TM"));   // capitals may be a title's piece
  EXPECT_FALSE(IsLetterScrap("Lan"));  // three letters may be a word
  EXPECT_FALSE(IsLetterScrap(""));
}

TEST(TrimJunkEdges, MarksBesideAWordGoTheWordStays) {
  const std::pair<const char*, const char*> cases[] = {
      {"{tháng", "tháng"}, {"$4/UBND-KTTH", "4/UBND-KTTH"}, {"|Nơi", "Nơi"},
      {"nhận:|", "nhận:"}, {"©©Sở", "Sở"},  {"tỉnh¡", "tỉnh"}, {"~2025", "2025"}};
  for (const auto& [in, want] : cases) {
    std::string word = in;
    EXPECT_TRUE(TrimJunkEdges(&word)) << in;
    EXPECT_EQ(word, want);
  }
  // Words without such marks, marks inside, scraps too short to be a word,
  // and the backquote of a footnote mark are left as they are.
  for (const char* in : {"tháng", "(UBND)", "tỉnh',", "tỉnh`", "a$b", "{x", "$|", "Th{ng", "<--mssm>-x>"}) {
    std::string word = in;
    EXPECT_FALSE(TrimJunkEdges(&word)) << in;
    EXPECT_EQ(word, in);
  }
}

TEST(RepairSlashedZeros, ZerosOfNumbers) {
  const std::pair<const char*, const char*> cases[] = {
      {"Ø3", "03"}, {"2Ø18", "2018"}, {"1ø/12", "10/12"}, {"Ø5.", "05."}, {"3Ø,5", "30,5"}};
  for (const auto& [in, want] : cases) {
    std::string word = in;
    EXPECT_TRUE(RepairSlashedZeros(&word)) << in;
    EXPECT_EQ(word, want);
  }
  // Words of letters keep their Ø; words without one are untouched.
  for (const char* in : {"Øresund", "Ø", "ØØ", "Bø3", "2018", "tháng", "3Øa"}) {
    std::string word = in;
    EXPECT_FALSE(RepairSlashedZeros(&word)) << in;
    EXPECT_EQ(word, in);
  }
}

TEST(WithoutStrokeWords, DropsStrokesReadAsDigits) {
  EXPECT_EQ(WithoutStrokeWords("Lê Khắc ⁴ Nam"), "Lê Khắc Nam");
  EXPECT_EQ(WithoutStrokeWords("Lê Khắc 4 Nam"), "Lê Khắc Nam");
  EXPECT_EQ(WithoutStrokeWords("Hồ Tiến Thiệu"), "Hồ Tiến Thiệu");
  EXPECT_EQ(WithoutStrokeWords("Số 12a"), "Số 12a");
  EXPECT_EQ(WithoutStrokeWords("Đặng Văn Minh :"), "Đặng Văn Minh");
  EXPECT_EQ(WithoutStrokeWords("| Trần Ngọc Căng"), "Trần Ngọc Căng");
  EXPECT_EQ(WithoutStrokeWords("Nguyễn Văn A."), "Nguyễn Văn A.");  // a mark on a word stays
}

TEST(WithoutDoubledLetters, OneOfEachRun) {
  EXPECT_EQ(WithoutDoubledLetters("QĐĐ"), "QĐ");
  EXPECT_EQ(WithoutDoubledLetters("KKH"), "KH");
  EXPECT_EQ(WithoutDoubledLetters("CT"), "CT");
  EXPECT_EQ(WithoutDoubledLetters("11"), "11");
}

// OCR drops and confuses tone marks in the signer's title; the lexicon's
// spelling is taken when only the marks differ and only one title fits.
TEST(FindPosition, ToleratesToneMarksButNotOtherLetters) {
  const Lexicon& lex = testing::Lex();
  ASSERT_NE(lex.FindPosition("PHÓ CHỦ TICH"), nullptr);
  EXPECT_EQ(*lex.FindPosition("PHÓ CHỦ TICH"), "Phó Chủ tịch");
  ASSERT_NE(lex.FindPosition("PHÓ BAN THƯỜNG TRƯC"), nullptr);
  EXPECT_EQ(*lex.FindPosition("GIÁM ĐỐC"), "Giám đốc");
  EXPECT_EQ(lex.FindPosition("PHÓ GIÁM ĐỐK"), nullptr);
  EXPECT_EQ(lex.FindPosition("NƠI NHẬN"), nullptr);
}

}  // namespace
}  // namespace vanban
