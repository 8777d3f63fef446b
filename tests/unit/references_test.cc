#include "extractors/references.h"

#include <gtest/gtest.h>

#include "extractors/context.h"

#include "test_support.h"

namespace vanban {
namespace {

using testing::Lex;
using testing::StructuredText;

std::vector<Reference> RefsIn(const std::string& body, std::optional<std::string> own = {}) {
  const Document doc = StructuredText(body);
  DocumentContext cx;
  cx.number = own;
  return ExtractReferences(doc, Lex(), cx);
}

// One citation per phrasing: type, normalised number, date, issuer.
struct Case {
  const char* text;
  const char* type;
  const char* number;
  const char* issued;
  const char* issuer;
};

TEST(ExtractReferences, ReadsManyPhrasings) {
  const Case cases[] = {
      {"theo Thông tư số 05/TT-BYT ngày 14/4/2017 của Bộ trưởng Bộ Y tế;", "thong_tu", "05/TT-BYT",
       "2017-04-14", "Bộ Y tế"},
      {"theo Hướng dẫn số 14/HD – BCĐQG ngày 22/02/2023 của Ban Chỉ đạo quốc gia về việc", "huong_dan",
       "14/HD-BCĐQG", "2023-02-22", "Ban Chỉ đạo quốc gia"},
      {"theo Nghị định số 66/2021/NĐ-CP ngày 06 tháng 7 năm 2021 của Chính phủ quy định", "nghi_dinh",
       "66/2021/NĐ-CP", "2021-07-06", "Chính phủ"},
      {"theo Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá", "nghi_quyet",
       "57-NQ/TW", "2024-12-22", "Bộ Chính trị"},
      {"theo Quyết định số 131/QĐ-TTg ngày 25/01/2022 của Thủ tướng Chính phủ phê duyệt", "quyet_dinh",
       "131/QĐ-TTg", "2022-01-25", "Thủ tướng Chính phủ"},
      {"tại Tờ trình số 12/TTr-SNN ngày 04 tháng 01 năm 2024.", "to_trinh", "12/TTr-SNN",
       "2024-01-04", nullptr},
      {"theo Công văn số 2185/SYT-NVY ngày 15/10/2024 của Sở Y tế về việc", "cong_van",
       "2185/SYT-NVY", "2024-10-15", "Sở Y tế"},
      {"theo Kế hoạch số 3653/KH-UBND ngày 13/9/2024 của UBND tỉnh và Kế hoạch này.", "ke_hoach",
       "3653/KH-UBND", "2024-09-13", "Ủy ban nhân dân tỉnh"},
      {"theo văn bản số 4736/BĐVN-TCBC ngày 20/10/2018 của Tổng công ty", "cong_van",
       "4736/BĐVN-TCBC", "2018-10-20", "Tổng công ty"},
      {"theo Quyết định 2950/QĐ-UBND ngày 14 tháng 11 năm 2022 của Ủy ban nhân dân tỉnh về", "quyet_dinh",
       "2950/QĐ-UBND", "2022-11-14", "Ủy ban nhân dân tỉnh"},
      {"theo Chỉ thị số 02/CT-TTg ngày 15 tháng 11 năm 2019 về tăng cường", "chi_thi", "02/CT-TTg",
       "2019-11-15", "Thủ tướng Chính phủ"},
      {"theo Văn bản số 202/BTTTT-KHTC ngày 21/01/2025 của Bộ Thông tin và Truyền thông về việc",
       "cong_van", "202/BTTTT-KHTC", "2025-01-21", "Bộ Thông tin và Truyền thông"},
      // Symbols that do not tell the type: it is read before "số".
      {"theo QUYẾT ĐỊNH SỐ: 45/UBND-KT ngày 03/3/2023 của UBND tỉnh;", "quyet_dinh", "45/UBND-KT",
       "2023-03-03", "Ủy ban nhân dân tỉnh"},
      {"theo Kế hoạch  Số :  07 /UBND-VX ngày 05/01/2024 của Văn phòng;", "ke_hoach", "07/UBND-VX",
       "2024-01-05", "Văn phòng"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const auto refs = RefsIn(std::string("Các đơn vị thực hiện ") + c.text);
    ASSERT_EQ(refs.size(), 1u);
    EXPECT_EQ(refs[0].type, c.type);
    EXPECT_EQ(refs[0].number.value_or(""), c.number);
    EXPECT_EQ(refs[0].issued ? refs[0].issued->Iso() : "", c.issued);
    if (c.issuer) {
      EXPECT_EQ(refs[0].issuer.value_or(""), c.issuer);
    }
    EXPECT_EQ(refs[0].role, ReferenceRole::kMention);
  }
}

TEST(ExtractReferences, LawsByNameAndDate) {
  const auto refs = RefsIn(
      "QUYẾT ĐỊNH\nVề việc kiện toàn\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 "
      "năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính "
      "quyền địa phương ngày 22 tháng 11 năm 2019;\nCăn cứ Nghị định số 66/2021/NĐ-CP ngày 06 tháng 7 "
      "năm 2021 của Chính phủ quy định chi tiết một số điều của Luật Phòng, chống thiên tai và Luật Đê "
      "điều;\n");
  ASSERT_EQ(refs.size(), 3u);
  EXPECT_EQ(refs[0].type, "luat");
  EXPECT_FALSE(refs[0].number);
  EXPECT_EQ(refs[0].issued->Iso(), "2015-06-19");
  EXPECT_EQ(*refs[0].title, "Luật Tổ chức chính quyền địa phương");
  EXPECT_EQ(refs[1].issued->Iso(), "2019-11-22");
  EXPECT_EQ(refs[2].type, "nghi_dinh");  // the undated laws in its title are no citations
  for (const auto& r : refs) EXPECT_EQ(r.role, ReferenceRole::kBasis);
}

TEST(ExtractReferences, PreambleIsBasisAndDuplicatesMergeToTheStrongerRole) {
  const auto refs = RefsIn(
      "HƯỚNG DẪN\nThực hiện ngày hội\n\nCăn cứ Chỉ thị số 03/CT-UBND ngày 22/02/2023 của Ủy ban "
      "nhân dân tỉnh, Ban Chỉ đạo hướng dẫn như sau:\n\n1. Triển khai Chỉ thị số 3/CT-UBND ngày "
      "22/02/2023 và Kế hoạch số 45/KH-UBND ngày 20/02/2025.\n");
  ASSERT_EQ(refs.size(), 2u);
  EXPECT_EQ(*refs[0].number, "03/CT-UBND");
  EXPECT_EQ(refs[0].role, ReferenceRole::kBasis);
  EXPECT_EQ(*refs[1].number, "45/KH-UBND");
  EXPECT_EQ(refs[1].role, ReferenceRole::kMention);
}

// A citation without its own date takes the one its sentence opens with.
TEST(ExtractReferences, DateBeforeTheCitation) {
  auto refs = RefsIn(
      "CÔNG VĂN\nV/v A\n\nNgày 16/7/2012, Ủy ban Thường vụ Quốc hội đã ban hành Pháp lệnh số "
      "04/2012/UBTVQH13 sửa đổi Pháp lệnh ưu đãi người có công.\n"
      "Ngày 19 tháng 9 năm 2013, Văn phòng Chính phủ có văn bản số 349/TB-VPCP, kèm theo "
      "Quyết định số 12/QĐ-UBND.\n"
      "Thực hiện Kế hoạch số 45/KH-UBND, Sở đề nghị các đơn vị báo cáo trước ngày 10/5/2025.\n");
  ASSERT_EQ(refs.size(), 4u);
  EXPECT_EQ(refs[0].issued->Iso(), "2012-07-16");
  EXPECT_EQ(refs[1].issued->Iso(), "2013-09-19");
  EXPECT_FALSE(refs[2].issued);  // not the sentence's first citation
  EXPECT_FALSE(refs[3].issued);  // its sentence opens with no date
}

// A list of acts of one type names the type once.
TEST(ExtractReferences, ListsOfOneType) {
  auto refs = RefsIn(
      "CÔNG VĂN\nV/v A\n\nThực hiện các Quyết định của Thủ tướng Chính phủ số 142/2008/QĐ-TTg "
      "ngày 27/10/2008, số 53/2010/QĐ-TTg ngày 20/8/2010 và số 62/2011/QĐ-TTg ngày 09/11/2011.\n"
      "Căn cứ các Công văn: Số 1025/UBND-KT ngày 05/3/2025; số 547/UBND-KT ngày 20/02/2025.\n");
  ASSERT_EQ(refs.size(), 5u);
  EXPECT_EQ(*refs[1].number, "53/2010/QĐ-TTg");
  EXPECT_EQ(refs[1].type, "quyet_dinh");
  EXPECT_EQ(refs[1].issued->Iso(), "2010-08-20");
  EXPECT_EQ(*refs[2].number, "62/2011/QĐ-TTg");
  EXPECT_EQ(*refs[3].number, "1025/UBND-KT");
  EXPECT_EQ(refs[3].type, "cong_van");
  EXPECT_EQ(*refs[4].number, "547/UBND-KT");
  // "số" before a figure that is no act: a phone number, a count.
  EXPECT_EQ(RefsIn("CÔNG VĂN\nV/v A\n\nLiên hệ số 0243.8269544; số 12 hộ gia đình.\n").size(), 0u);
}

TEST(ExtractReferences, NearMissesAreNoReferences) {
  // The document's own number, plans without number, a street number, a
  // law named without a date, a letter without a number.
  EXPECT_TRUE(RefsIn("Số: 528/KH-SGDĐT\nTriển khai Kế hoạch số 528/KH-SGDĐT này.", "528/KH-SGDĐT").empty());
  EXPECT_TRUE(RefsIn("Các đơn vị triển khai Kế hoạch này và Quyết định này.").empty());
  EXPECT_TRUE(RefsIn("theo địa chỉ: số 4 đường Trần Hưng Đạo, phường Chi Lăng.").empty());
  EXPECT_TRUE(RefsIn("thực hiện theo Luật Phòng, chống thiên tai và Luật Đê điều;").empty());
  EXPECT_TRUE(RefsIn("Thư của đồng chí Tổng Bí thư gửi đồng bào ngày 07/4/2020.").empty());
  // A deadline after a law's name is not the law's date.
  EXPECT_TRUE(RefsIn("theo Phụ lục IV của Luật Đầu tư 2025, trình Chính phủ trước ngày 05/5/2026.")
                  .empty());
}

TEST(CleanCitedIssuer, NamesTheBodyNotTheOffice) {
  EXPECT_EQ(CleanCitedIssuer("Bộ trưởng Bộ Y tế", Lex()), "Bộ Y tế");
  EXPECT_EQ(CleanCitedIssuer("Chủ tịch UBND tỉnh", Lex()), "Ủy ban nhân dân tỉnh");
  EXPECT_EQ(CleanCitedIssuer("Thủ tướng Chính phủ", Lex()), "Thủ tướng Chính phủ");
}

}  // namespace
}  // namespace vanban
