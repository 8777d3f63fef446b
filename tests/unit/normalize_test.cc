#include "pipeline/language/normalize.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <random>
#include <string>
#include <vector>

#include "pipeline/ingest/media_type.h"
#include "pipeline/layout/page_builder.h"
#include "test_support.h"

namespace vanban {
namespace {

TEST(NormalizeLine, MapsLookAlikesOcrAndFontsProduce) {
  EXPECT_EQ(NormalizeLine("\xC3\x90" "ịa phương"), "Địa phương");  // Ð (U+00D0)
  EXPECT_EQ(NormalizeLine("14/HD \xE2\x80\x93 BCĐQG"), "14/HD - BCĐQG");  // en dash
  EXPECT_EQ(NormalizeLine("a\xE2\x80\x94" "b\xE2\x88\x92" "c"), "a-b-c");  // em dash, minus
  EXPECT_EQ(NormalizeLine("\xE2\x80\x9CNgày toàn dân\xE2\x80\x9D"), "\"Ngày toàn dân\"");
  EXPECT_EQ(NormalizeLine("1\xE2\x81\x84" "2"), "1/2");  // fraction slash
}

TEST(NormalizeLine, CollapsesSpacesAndDropsInvisibles) {
  EXPECT_EQ(NormalizeLine("  Số:\xC2\xA0\xC2\xA0 12/KH  "), "Số: 12/KH");
  EXPECT_EQ(NormalizeLine("tỉnh\xE2\x80\x8B" "1"), "tỉnh1");  // zero-width space
  EXPECT_EQ(NormalizeLine("a\tb"), "a\tb");                    // cells keep their tab
}

TEST(NormalizeLine, ComposesDecomposedVietnamese) {
  // "ệ" as e + circumflex + dot below, as some PDF producers write it.
  EXPECT_EQ(NormalizeLine("Vi\x65\xCC\x82\xCC\xA3t"), "Việt");
  // A precomposed "ê" with the dot below combined after it; the rest of
  // the line already NFC, which is the fast path's case.
  EXPECT_EQ(NormalizeLine("Kế hoạch Vi\xC3\xAA\xCC\xA3t Nam"), "Kế hoạch Việt Nam");
  EXPECT_EQ(NormalizeLine("Kế hoạch Việt Nam"), "Kế hoạch Việt Nam");
}

// A line reads the same whether its letters come precomposed or
// decomposed (as some PDF producers write them). The decomposed line always
// takes the path through ICU's normaliser; the precomposed one mostly takes
// the shortcuts for lines of plain letters, so this holds those to ICU's
// result on lines mixing letters, look-alikes, spaces and combining marks.
TEST(NormalizeLine, PrecomposedAndDecomposedLinesReadTheSame) {
  const std::vector<std::string> pieces = {
      "a", "Z", "1", ".", " ", "  ", "\t", "\n", "\x01", "ệ", "Đ", "ư", "ở", "Ỷ", "ǿ",
      "\xC3\x90",                        // Ð, read as Đ
      "\xE2\x80\x93", "\xE2\x80\x9C",       // en dash, curly quote
      "\xC2\xA0", "\xE2\x80\x80",           // no-break space, en quad (NFC makes it U+2002)
      "\xE2\x80\x8B", "\xEF\xBB\xBF",       // zero-width space, BOM: dropped
      "\xCC\x81", "\xCC\xA3",               // combining acute, dot below
      "\xE1\x9A\x80", "\xE2\x80\xA8",       // ogham space, line separator
      "\xCE\xA9", "\xE2\x84\xA6", "\xE6\x97\xA5"};  // Ω, Ohm sign (→ Ω), a Han letter
  std::mt19937 rng(11);
  for (int t = 0; t < 20000; ++t) {
    std::string line;
    for (int k = static_cast<int>(rng() % 10); k > 0; --k) line += pieces[rng() % pieces.size()];
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(line);
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString nfd = icu::Normalizer2::getNFDInstance(status)->normalize(u, status);
    ASSERT_TRUE(U_SUCCESS(status));
    std::string decomposed;
    nfd.toUTF8String(decomposed);
    ASSERT_EQ(NormalizeLine(line), NormalizeLine(decomposed)) << line;
  }
}

// The JSON writer takes page text for well-formed UTF-8: whatever bytes a
// reader delivers, the page built from them must be.
TEST(BuildDocument, PageTextIsWellFormedWhateverTheLines) {
  RawPage raw;
  for (const char* line : {"S\xf4\xec: 12/KH", "\x80\xe1\xba", "Đắk \xED\xA0\x80 Nông", "",
                           "\xC3\x90ịa phương \xE2\x80\x93 x\xCC\x81", "\xF4\x90\x80\x80"}) {
    raw.lines.push_back({line, std::nullopt, false, std::nullopt});
  }
  const Document doc = BuildDocument({raw}, testing::Lex());
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_TRUE(IsValidUtf8(doc.pages[0].text)) << doc.pages[0].text;
  EXPECT_NE(doc.pages[0].text.find("Địa phương - x"), std::string::npos);
}

TEST(BuildDocument, CutsLinesTooLongForTheGrammarsAtSentenceEnds) {
  // A scraped page that lost its line breaks: sentences of ~60 bytes.
  std::string dump;
  while (dump.size() < 3 * Limits{}.max_line_bytes) dump += "Các sở, ngành báo cáo kết quả trước ngày 30/6/2025. ";
  std::string word(2 * Limits{}.max_line_bytes, 'x');  // no space at all: cut anywhere
  RawPage raw;
  raw.lines.push_back({dump, std::nullopt, false, std::nullopt});
  raw.lines.push_back({"Dòng ngắn.", std::nullopt, false, std::nullopt});
  raw.lines.push_back({word, std::nullopt, false, std::nullopt});
  const Document doc = BuildDocument({raw}, testing::Lex());
  EXPECT_EQ(doc.lines_split, 2);
  ASSERT_GE(doc.lines.size(), 4u + 2u);
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    const std::string_view line = doc.LineText(i);
    EXPECT_LE(line.size(), Limits{}.max_line_bytes);
    // The dump's pieces end where its sentences do.
    if (line.rfind("Các sở", 0) == 0 && i + 1 < doc.lines.size()) {
      EXPECT_EQ(line.back(), '.') << line.substr(line.size() - 20);
    }
  }
  EXPECT_NE(doc.pages[0].text.find("\nDòng ngắn.\n"), std::string::npos);
}

TEST(MatchKey, TreatsToneMarkPlacementsAsEqual) {
  EXPECT_EQ(MatchKey("Hòa Bình"), MatchKey("Hoà Bình"));
  EXPECT_EQ(MatchKey("Ủy ban"), MatchKey("Uỷ ban"));
  EXPECT_EQ(MatchKey("thủy lợi"), MatchKey("thuỷ lợi"));
  EXPECT_EQ(MatchKey("KẾ HOẠCH"), MatchKey("Kế hoạch"));
  EXPECT_NE(MatchKey("quý"), MatchKey("qúy"));  // "qu" is a consonant: no variant
  EXPECT_NE(MatchKey("hoàn"), MatchKey("hòan"));  // not syllable-final: untouched
}

// Keyed word by word through a cache: the spaces between words are kept as
// they are, and a word seen before gives the same key in any text.
TEST(MatchKey, KeysEachWordAndKeepsTheSpacesBetween) {
  EXPECT_EQ(MatchKey("ỦY BAN  Nhân\tDÂN"), MatchKey("Ủy") + " ban  nhân\tdân");
  EXPECT_EQ(MatchKey(" Hoà "), " " + MatchKey("hòa") + " ");
  EXPECT_EQ(MatchKey("hoà"), MatchKey("HOÀ"));
  EXPECT_EQ(MatchKey(""), "");
  EXPECT_EQ(MatchKey("Sở GD&ĐT,"), "sở gd&đt,");
}

TEST(CaseHelpers, HandleVietnameseLetters) {
  EXPECT_EQ(ToUpper("đắk nông"), "ĐẮK NÔNG");
  EXPECT_EQ(ToLower("ỦY BAN"), "ủy ban");
  EXPECT_EQ(CapitalizeFirst("đài phát thanh"), "Đài phát thanh");
  EXPECT_EQ(CodePointCount("Việt Nam"), 8u);
}

}  // namespace
}  // namespace vanban
