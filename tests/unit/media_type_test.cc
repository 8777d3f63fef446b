#include "pipeline/ingest/media_type.h"

#include <gtest/gtest.h>

#include <string>

namespace vanban {
namespace {

TEST(SniffMediaType, RecognisesByContentNotName) {
  EXPECT_EQ(SniffMediaType("%PDF-1.7\n..."), MediaType::kPdf);
  EXPECT_EQ(SniffMediaType(std::string("\x89PNG\r\n\x1a\n rest", 13)), MediaType::kPng);
  EXPECT_EQ(SniffMediaType("\xff\xd8\xff\xe0 jfif"), MediaType::kJpeg);
  EXPECT_EQ(SniffMediaType(std::string("II*\0xxxx", 8)), MediaType::kTiff);
  EXPECT_EQ(SniffMediaType("Số: 12/KH-UBND\nKẾ HOẠCH\n"), MediaType::kText);
}

TEST(SniffMediaType, RefusesBinaryAndOtherEncodings) {
  EXPECT_EQ(SniffMediaType(std::string(64, '\0')), MediaType::kUnknown);
  // "Số" in Windows-1258 / Latin-1 bytes is not UTF-8.
  EXPECT_EQ(SniffMediaType("S\xf4\xec: 12/KH"), MediaType::kUnknown);
  EXPECT_EQ(SniffMediaType(""), MediaType::kUnknown);
  EXPECT_FALSE(IsValidUtf8("\xc0\xaf"));  // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80"));  // surrogate
  EXPECT_TRUE(IsValidUtf8("Đắk Nông"));
}

}  // namespace
}  // namespace vanban
