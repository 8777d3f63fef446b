#include "pipeline/language/document_number.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(ParseDocumentNumber, ReadsSerialAndSymbol) {
  auto n = ParseDocumentNumber("1846/UBND-YT");
  ASSERT_TRUE(n);
  EXPECT_EQ(*n->number, "1846/UBND-YT");
  EXPECT_EQ(*n->serial, 1846);
  EXPECT_EQ(n->symbol, "UBND-YT");

  n = ParseDocumentNumber(" 07 /CT-UBND");  // a handwritten serial with spaces
  ASSERT_TRUE(n);
  EXPECT_EQ(*n->number, "07/CT-UBND");
  EXPECT_EQ(*n->serial, 7);

  n = ParseDocumentNumber("66/2021/NĐ-CP");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->symbol, "NĐ-CP");
  EXPECT_EQ(*n->number, "66/2021/NĐ-CP");
}

// A handwritten serial OCR read with its digits apart is joined, and said.
TEST(ParseDocumentNumber, SerialWithItsDigitsApart) {
  auto n = ParseDocumentNumber(" 6 40 /VP-KSTTHC");
  ASSERT_TRUE(n);
  EXPECT_EQ(*n->number, "640/VP-KSTTHC");
  EXPECT_EQ(*n->serial, 640);
  EXPECT_TRUE(n->serial_spaced);
  n = ParseDocumentNumber("1 2/KH-UBND");
  ASSERT_TRUE(n);
  EXPECT_EQ(*n->number, "12/KH-UBND");
  n = ParseDocumentNumber("1846/UBND-YT");
  ASSERT_TRUE(n);
  EXPECT_FALSE(n->serial_spaced);
}

TEST(ParseDocumentNumber, BlankSerialKeepsTheSymbol) {
  auto n = ParseDocumentNumber("/CT-UBND");
  ASSERT_TRUE(n);
  EXPECT_FALSE(n->number);
  EXPECT_FALSE(n->serial);
  EXPECT_EQ(n->symbol, "CT-UBND");
  n = ParseDocumentNumber("    /KH- BCD");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->symbol, "KH-BCD");  // spacing normalised, letters kept as typed
  n = ParseDocumentNumber("KH-SKHCN");  // the blank's slash lost in a scan
  ASSERT_TRUE(n);
  EXPECT_FALSE(n->number);
  EXPECT_EQ(n->symbol, "KH-SKHCN");
  n = ParseDocumentNumber(" TB - UBND");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->symbol, "TB-UBND");
}

TEST(ParseDocumentNumber, RefusesTextWithoutSymbol) {
  EXPECT_FALSE(ParseDocumentNumber("lượng người hiến máu"));
  EXPECT_FALSE(ParseDocumentNumber("2023"));
  EXPECT_FALSE(ParseDocumentNumber("UBND"));       // no hyphen: not a symbol
  EXPECT_FALSE(ParseDocumentNumber("Kế hoạch-"));  // no capital after the hyphen
}

TEST(NormalizeNumberText, RemovesSpacingAroundSeparators) {
  EXPECT_EQ(NormalizeNumberText("14/HD - BCĐQG"), "14/HD-BCĐQG");
  EXPECT_EQ(NormalizeNumberText("02/TTr-CAT- ANCTNB."), "02/TTr-CAT-ANCTNB");
  EXPECT_EQ(NormalizeNumberText("57-NQ/TW"), "57-NQ/TW");
}

}  // namespace
}  // namespace vanban
