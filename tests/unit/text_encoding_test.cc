#include "pipeline/ingest/text_encoding.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <random>

namespace vanban {
namespace {

const char kText[] =
    "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, "
    "thành phố tập trung triển khai thực hiện nghiêm túc các nội dung sau đây trước ngày "
    "15 tháng 3 năm 2025 và báo cáo kết quả về Sở Nội vụ để tổng hợp.\n";

std::string Encode(const std::string& utf8, const char* encoding) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  std::string out(static_cast<size_t>(u.length()) * 4 + 8, '\0');
  const int32_t n = u.extract(0, u.length(), out.data(), static_cast<uint32_t>(out.size()), encoding);
  out.resize(static_cast<size_t>(n));
  return out;
}

TEST(DecodeLegacyText, Utf16WithItsByteOrderMark) {
  const std::string le = "\xFF\xFE" + Encode(kText, "UTF-16LE");
  auto d = DecodeLegacyText(le);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->encoding, "utf-16le");
  EXPECT_EQ(d->utf8, kText);
  const std::string be = "\xFE\xFF" + Encode(kText, "UTF-16BE");
  d = DecodeLegacyText(be);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->encoding, "utf-16be");
  EXPECT_EQ(d->utf8, kText);
}

// `utf8` as Vietnamese Windows writes it: each letter with its hat or horn
// composed, its tone mark after it as a combining character.
std::string ToneMarksApart(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  const icu::UnicodeString d = nfd->normalize(icu::UnicodeString::fromUTF8(utf8), status);
  icu::UnicodeString out, base, tones;
  auto flush = [&] {
    out += nfc->normalize(base, status);
    out += tones;
    base.remove();
    tones.remove();
  };
  for (int32_t i = 0; i < d.length(); ++i) {
    const char16_t c = d[i];
    const bool tone = c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
    const bool mark = c >= 0x0300 && c <= 0x036F;
    if (!mark) flush();
    (tone ? tones : base) += c;
  }
  flush();
  std::string back;
  out.toUTF8String(back);
  return back;
}

TEST(DecodeLegacyText, VietnameseWindowsCodePage) {
  const std::string bytes = Encode(ToneMarksApart(kText), "windows-1258");
  ASSERT_EQ(bytes.find('\x1A'), std::string::npos);  // every character has its byte
  ASSERT_NE(bytes, kText);
  const auto d = DecodeLegacyText(bytes);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->encoding, "windows-1258");
  // The same text once composed (the page builder composes every line).
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString composed =
      icu::Normalizer2::getNFCInstance(status)->normalize(icu::UnicodeString::fromUTF8(d->utf8), status);
  std::string text;
  composed.toUTF8String(text);
  EXPECT_EQ(text, kText);
}

TEST(DecodeLegacyText, OtherBytesAreNotTakenForIt) {
  // UTF-8 needs no decoding.
  EXPECT_FALSE(DecodeLegacyText(kText));
  // Another language in a Latin code page.
  EXPECT_FALSE(DecodeLegacyText(Encode(
      "Le conseil municipal demande aux services concernés de préparer le rapport annuel "
      "sur la qualité de l'eau et de le transmettre avant la fin du mois de mars prochain, "
      "conformément à la réglementation en vigueur.\n",
      "windows-1252")));
  // Too few words to tell: "Số: 12/KH-UBND / KẾ HOẠCH".
  EXPECT_FALSE(DecodeLegacyText("S\xf4\xec: 12/KH-UBND\nK\xca\xd2 HO\xa3" "CH\n"));
  // Binary data, with and without NUL bytes.
  std::mt19937 rng(7);
  std::string noise(4000, '\0');
  for (char& c : noise) c = static_cast<char>(rng() % 255 + 1);
  EXPECT_FALSE(DecodeLegacyText(noise));
  noise[100] = '\0';
  EXPECT_FALSE(DecodeLegacyText(noise));
}

}  // namespace
}  // namespace vanban
