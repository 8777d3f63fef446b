#include "extractors/targets.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/unit/test_support.h"

namespace vanban {
namespace {

// "value unit comparator" of each target in a one-paragraph body.
std::string Of(const std::string& body) {
  const Document doc = testing::StructuredText("KẾ HOẠCH\nVề hiến máu\n\n" + body + "\n");
  std::ostringstream out;
  for (const Target& t : ExtractTargets(doc, testing::Lex(), testing::ContextOf(doc, Date(2023)))) {
    out << (out.tellp() > 0 ? "; " : "") << t.value << " " << t.unit.value_or("-") << " "
        << NameOf(t.comparator);
  }
  return out.str();
}

TEST(ExtractTargets, CuedFigures) {
  EXPECT_EQ(Of("Phấn đấu hàng năm toàn tỉnh vận động được từ 9.000 đơn vị máu trở lên."),
            "9000 đơn vị máu at_least");
  EXPECT_EQ(Of("vận động ít nhất 15% cán bộ, công chức tham gia hiến máu."), "15 % at_least");
  EXPECT_EQ(Of("phấn đấu đạt hơn 15% tổng lượng máu, tương đương khoảng 1.500 đơn vị máu."),
            "15 % more_than; 1500 đơn vị máu approx");
  EXPECT_EQ(Of("Tỷ lệ tiêm phòng đạt trên 80% tổng đàn."), "80 % more_than");
  EXPECT_EQ(Of("Bảo đảm tỷ lệ trẻ được tiêm đạt tối thiểu 95,5%."), "95.5 % at_least");
  EXPECT_EQ(Of("Tổng kinh phí thực hiện Kế hoạch: 1.250 triệu đồng."), "1250 triệu đồng exactly");
  EXPECT_EQ(Of("Năm 2024 bố trí 850 triệu đồng từ nguồn ngân sách tỉnh."), "850 triệu đồng exactly");
  EXPECT_EQ(Of("Bố trí vốn đối ứng (tối thiểu 5%) và chi phí tối đa bằng 40% mức phí."),
            "5 % at_least; 40 % at_most");
}

TEST(ExtractTargets, EveryFigureOfATargetSection) {
  EXPECT_EQ(Of("2. Chỉ tiêu\n- 100% số chó, mèo được tiêm phòng dại.\n- Tiếp nhận 30.200 đơn vị máu."),
            "100 % exactly; 30200 đơn vị máu exactly");
}

// The items under a heading of targets are in its section; the next
// heading of the same depth ends it.
TEST(ExtractTargets, ItemsOfATargetSection) {
  EXPECT_EQ(Of("II. CHỈ TIÊU CỤ THỂ\n1. 100% cơ sở giáo dục cập nhật dữ liệu.\n"
                "2. Trên 90% cơ sở giáo dục thu học phí không dùng tiền mặt.\n"
                "III. NHIỆM VỤ\n1. Nâng cấp 100% đường truyền."),
            "100 % exactly; 90 % more_than");
}

TEST(ExtractTargets, ListedFiguresShareTheirComparator) {
  EXPECT_EQ(Of("Phấn đấu tối thiểu 85% trường trung học phổ thông và 70% trường trung học cơ sở "
                "triển khai học bạ số."),
            "85 % at_least; 70 % at_least");
  // A figure with a comparator of its own keeps it.
  EXPECT_EQ(Of("Phấn đấu ít nhất 85% số trường và khoảng 70% số lớp học."),
            "85 % at_least; 70 % approx");
}

TEST(ExtractTargets, AClosingPhraseAfterTheFigureMakesATarget) {
  EXPECT_EQ(Of("Hằng năm toàn tỉnh vận động được từ 9.000 đơn vị máu trở lên."),
            "9000 đơn vị máu at_least");
  // Not when it closes an age: the herd size is the population in scope.
  EXPECT_EQ(Of("Tiêm cho trâu, bò từ 02 tháng tuổi trở lên (dự kiến 1.245 con)."), "");
}

// Near misses: statistics, prices, ages, dates, numbers of documents.
TEST(ExtractTargets, FiguresThatAreNoTargets) {
  EXPECT_EQ(Of("Năm 2022, toàn tỉnh tổ chức 19 đợt, tiếp nhận 7.819 đơn vị máu."), "");
  EXPECT_EQ(Of("Vắc xin dại: chủ nuôi nộp 25.000 đồng/liều."), "");
  EXPECT_EQ(Of("Đối tượng: trẻ từ 1 đến dưới 6 tuổi, phấn đấu tiêm đủ."), "");
  EXPECT_EQ(Of("Phấn đấu hoàn thành trước ngày 30/6/2025 theo Kế hoạch số 58/KH-UBND."), "");
  EXPECT_EQ(Of("Mục tiêu năm 2025 triển khai đồng bộ."), "");
  // A past year's results, even beside the word "chỉ tiêu".
  EXPECT_EQ(Of("Năm 2022, toàn tỉnh tiếp nhận 7.819 đơn vị máu, vượt 20,3% chỉ tiêu giao."), "");
  EXPECT_EQ(Of("Trong năm 2021, đạt 95% kế hoạch. Năm 2023 phấn đấu đạt 98%."), "98 % exactly");
  // A condition that picks out a group.
  EXPECT_EQ(Of("Đối với các xã có tỷ lệ tiêm chủng đạt dưới 90%: tổ chức tiêm lưu động."), "");
  EXPECT_EQ(Of("Tiêm cho đàn gà có quy mô từ 200 con trở lên."), "");
  // Words that begin like a unit: "con số" (digits), "đồng chí" (comrades).
  EXPECT_EQ(Of("Phấn đấu tăng trưởng kinh tế đạt 2 con số."), "");
  EXPECT_EQ(Of("Thực hiện mục tiêu phấn đấu tăng trưởng 2 con số\", ngày 29/4."), "");
  EXPECT_EQ(Of("Phấn đấu cử 3 đồng chí tham gia."), "");
  EXPECT_EQ(Of("Phấn đấu tiêm phòng cho ít nhất 500 con gia súc."), "500 con at_least");
}

TEST(TargetGrammar, UnknownKindFailsTheLoad) {
  // A misspelt kind would otherwise pass for a comparator.
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "vanban_target_grammar_test";
  fs::remove_all(dir);
  fs::copy(Lexicon::DefaultDir(), dir, fs::copy_options::recursive);
  std::ofstream(dir / "target_grammar.tsv", std::ios::app) << "ít nhất là\tat_lest\n";
  const auto lex = Lexicon::Load(dir.string());
  fs::remove_all(dir);
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.error().find("unknown kind 'at_lest'"), std::string::npos) << lex.error();
}

}  // namespace
}  // namespace vanban
