// Text in the TCVN3 and VNI font encodings turned into Unicode
// (pipeline/ingest/legacy_charsets.h), and text files in them decoded
// (pipeline/ingest/text_encoding.h).
#include "pipeline/ingest/legacy_charsets.h"

#include <gtest/gtest.h>

#include "pipeline/ingest/text_encoding.h"

namespace vanban {
namespace {

// A letter's legacy spelling is each byte as its Latin-1 character: as a
// PDF text layer gives it, in UTF-8.
struct Spelled {
  const char* unicode;
  const char* tcvn3;
  const char* vni;
};
const Spelled kPhrases[] = {
      {"Cộng hoà xã hội chủ nghĩa Việt Nam", "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Coäng hoaø xaõ hoäi chuû nghóa Vieät Nam"},
      {"Độc lập - Tự do - Hạnh phúc", "§éc lËp - Tù do - H¹nh phóc", "Ñoäc laäp - Töï do - Haïnh phuùc"},
      {"Trường học", "Tr\u00ADêng häc", "Tröôøng hoïc"},
      {"Quyết định", "QuyÕt ®Þnh", "Quyeát ñònh"},
      {"Bảo hiểm xã hội", "B¶o hiÓm x· héi", "Baûo hieåm xaõ hoäi"},
      {"Nguyễn Văn Đức", "NguyÔn V¨n §øc", "Nguyeãn Vaên Ñöùc"},
      {"hướng dẫn", "h\u00ADíng dÉn", "höôùng daãn"},
      {"Sở Tài nguyên và Môi trường", "Së Tµi nguyªn vµ M«i tr\u00ADêng", "Sôû Taøi nguyeân vaø Moâi tröôøng"},
      {"ngày 15 tháng 3 năm 2025", "ngµy 15 th¸ng 3 n¨m 2025", "ngaøy 15 thaùng 3 naêm 2025"},
      {"Ủy ban nhân dân tỉnh Quảng Ngãi", "Uñy ban nh©n d©n tØnh Qu¶ng Ng·i", "UÛy ban nhaân daân tænh Quaûng Ngaõi"},
      {"Mỹ Tho, Kỳ Anh, Thủy lợi", "Mü Tho, Kú Anh, Thñy lîi", "Myõ Tho, Kyø Anh, Thuûy lôïi"},
};

TEST(FromLegacy, PhrasesOfBothCharsets) {
  for (const Spelled& p : kPhrases) {
    EXPECT_EQ(FromLegacy(p.tcvn3, LegacyCharset::kTcvn3), p.unicode) << p.tcvn3;
    EXPECT_EQ(FromLegacy(p.vni, LegacyCharset::kVni), p.unicode) << p.vni;
  }
}

// ASCII, digits, punctuation and Unicode letters pass as they are.
TEST(FromLegacy, OtherCharactersPass) {
  EXPECT_EQ(FromLegacy("Số: 12/KH-UBND; 30% (2025)", LegacyCharset::kTcvn3), "Số: 12/KH-UBND; 30% (2025)");
  EXPECT_EQ(FromLegacy("", LegacyCharset::kVni), "");
}

// A line in a TCVN3 capital face: the toned capitals come as small letters'
// bytes, and the line is put in capitals; a line with a small ASCII letter,
// or whose only toned word is a label, is not.
TEST(FromLegacy, LinesInACapitalFace) {
  EXPECT_EQ(FromLegacy("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", LegacyCharset::kTcvn3),
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  EXPECT_EQ(FromLegacy("UBND TØNH L¹NG S¥N\nCHØ THÞ", LegacyCharset::kTcvn3),
            "UBND TỈNH LẠNG SƠN\nCHỈ THỊ");
  EXPECT_EQ(FromLegacy("Sè: /CT-UBND", LegacyCharset::kTcvn3), "Số: /CT-UBND");
  EXPECT_EQ(FromLegacy("Céng hoµ", LegacyCharset::kTcvn3), "Cộng hoà");
}

// A PDF reader gives TCVN3's "ư" (0xAD, Latin-1's soft hyphen) as '-'
// between small letters; a hyphen elsewhere is one.
TEST(WithSoftHyphensRestored, BetweenSmallLettersOnly) {
  EXPECT_EQ(FromLegacy(WithSoftHyphensRestored("c-êng, v-ît, Th-¬ng binh"), LegacyCharset::kTcvn3),
            "cường, vượt, Thương binh");
  EXPECT_EQ(WithSoftHyphensRestored("KH-UBND, COVID-19, Lao ®éng - Th-¬ng"),
            "KH-UBND, COVID-19, Lao ®éng - Th\u00AD¬ng");
}

const char kUnicode[] = "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố tập trung triển khai thực hiện nghiêm túc các nội dung sau đây trước ngày 15 tháng 3 năm 2025 và báo cáo kết quả về Sở Nội vụ để tổng hợp.";
const char kTcvn3[] = "Uñy ban nh©n d©n tØnh yªu cÇu c¸c së, ban, ngµnh, Uñy ban nh©n d©n c¸c huyÖn, thÞ x·, thµnh phè tËp trung triÓn khai thùc hiÖn nghiªm tóc c¸c néi dung sau ®©y tr\u00ADíc ngµy 15 th¸ng 3 n¨m 2025 vµ b¸o c¸o kÕt qu¶ vÒ Së Néi vô ®Ó tæng hîp.";
const char kVni[] = "UÛy ban nhaân daân tænh yeâu caàu caùc sôû, ban, ngaønh, UÛy ban nhaân daân caùc huyeän, thò xaõ, thaønh phoá taäp trung trieån khai thöïc hieän nghieâm tuùc caùc noäi dung sau ñaây tröôùc ngaøy 15 thaùng 3 naêm 2025 vaø baùo caùo keát quaû veà Sôû Noäi vuï ñeå toång hôïp.";

TEST(LegacyCharsetOf, TellsTheCharsetFromTheText) {
  EXPECT_EQ(LegacyCharsetOf(kTcvn3), LegacyCharset::kTcvn3);
  EXPECT_EQ(LegacyCharsetOf(kVni), LegacyCharset::kVni);
  EXPECT_EQ(FromLegacy(kTcvn3, LegacyCharset::kTcvn3), kUnicode);
  EXPECT_EQ(FromLegacy(kVni, LegacyCharset::kVni), kUnicode);
}

// Near misses: Unicode Vietnamese, another language in Latin-1, too few
// words to tell.
TEST(LegacyCharsetOf, NoneForTextThatIsNot) {
  EXPECT_FALSE(LegacyCharsetOf(kUnicode));
  EXPECT_FALSE(LegacyCharsetOf(
      "Le comité régional a décidé de prolonger la période de consultation jusqu'à la fin du "
      "mois prochain, après avoir étudié les propositions reçues des communes et des écoles."));
  EXPECT_FALSE(LegacyCharsetOf("Céng hoµ x· héi chñ nghÜa ViÖt Nam"));
  EXPECT_FALSE(LegacyCharsetOf(""));
}

// Each character as the byte of its value: the file a legacy font's text
// was saved in.
std::string Bytes(std::string_view latin1_utf8) {
  std::string out;
  for (size_t i = 0; i < latin1_utf8.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(latin1_utf8[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      out += static_cast<char>(((c & 0x1F) << 6) | (latin1_utf8[++i] & 0x3F));
    }
  }
  return out;
}

TEST(DecodeLegacyText, Tcvn3AndVniFiles) {
  auto d = DecodeLegacyText(Bytes(kTcvn3));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->encoding, "tcvn3");
  EXPECT_EQ(d->utf8, kUnicode);
  d = DecodeLegacyText(Bytes(kVni));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->encoding, "vni");
  EXPECT_EQ(d->utf8, kUnicode);
}

}  // namespace
}  // namespace vanban
