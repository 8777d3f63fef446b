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

// An item labelled as targets ("1. Mục tiêu: …") is a section of its own;
// an item labelled otherwise, or a label far into the line, is not.
TEST(ExtractTargets, AnItemLabelledAsTargets) {
  EXPECT_EQ(Of("Điều 1. Phê duyệt Phương án với các nội dung chính sau:\n"
               "1. Mục tiêu: Không để xảy ra tai nạn nghiêm trọng; giảm 10% số vụ tai nạn so với "
               "năm 2022.\n2. Thời gian thực hiện: từ ngày 20/3/2023 đến ngày 30/4/2023."),
            "10 % exactly");
  EXPECT_EQ(Of("a) Chỉ tiêu: 95% trẻ em dưới 1 tuổi được tiêm đủ 8 loại vắc xin."), "95 % exactly");
  EXPECT_EQ(Of("1. Kinh phí: 250 triệu đồng từ ngân sách tỉnh."), "250 triệu đồng exactly");
  EXPECT_EQ(Of("1. Nội dung: rà soát 120 hồ sơ tồn đọng của năm 2022."), "");
  EXPECT_EQ(Of("2. Thời gian: từ ngày 20/3/2023 đến ngày 30/4/2023, trong 40 ngày."), "");
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
// A school year's weeks of teaching are set by the plan that states them,
// with or without another cue; last year's are not.
TEST(ExtractTargets, WeeksOfTeachingOfASchoolYear) {
  EXPECT_EQ(Of("3. Thực hiện 35 tuần thực học (học kỳ I có 18 tuần, học kỳ II có 17 tuần)."),
            "35 tuần thực học exactly; 18 tuần exactly; 17 tuần exactly");
  EXPECT_EQ(Of("Năm học trước, các trường đã thực hiện 34 tuần thực học."), "");
}

// A sentence that opens with a period that had ended when the document
// was issued (25/7/2024) reports it; a period still to come sets targets.
TEST(ExtractTargets, ResultsOfAPeriodThatHadEnded) {
  auto of = [](const std::string& body) {
    const Document doc = testing::StructuredText("CHỈ THỊ\nVề thu ngân sách\n\n" + body + "\n");
    std::string out;
    for (const Target& t :
         ExtractTargets(doc, testing::Lex(), testing::ContextOf(doc, Date(2024, 7, 25)))) {
      out += (out.empty() ? "" : "; ") + std::to_string(static_cast<int>(t.value));
    }
    return out;
  };
  EXPECT_EQ(of("Trong 6 tháng đầu năm 2024, tổng thu ngân sách đạt 28.500 tỷ đồng, bằng 52% dự toán."),
            "");
  EXPECT_EQ(of("Quý II/2024, toàn tỉnh giải ngân đạt 45% kế hoạch vốn."), "");
  EXPECT_EQ(of("Trong tháng 6/2024, tỷ lệ tiêm chủng đạt 92%."), "");
  EXPECT_EQ(of("Năm 2023, toàn tỉnh đạt 98% chỉ tiêu."), "");
  EXPECT_EQ(of("Trong 6 tháng cuối năm 2024, phấn đấu thu đạt 30.000 tỷ đồng."), "30000");
  EXPECT_EQ(of("Trong quý IV/2024, phấn đấu giải ngân đạt 100% kế hoạch vốn."), "100");
}

// A clause that requires a thing of every one of a kind ("100% … được
// …", "100% … phải …") sets a target wherever it stands; one that says it
// was so reports it.
TEST(ExtractTargets, EveryOneOfAKindIsTo) {
  EXPECT_EQ(Of("4. CĐS trong quản lý, điều hành: 100% văn bản đi được ký số, trừ văn bản mật."),
            "100 % exactly");
  EXPECT_EQ(Of("- 100% giáo viên phải được bồi dưỡng kỹ năng số."), "100 % exactly");
  EXPECT_EQ(Of("- 100% số xã đã được công nhận là xã an toàn thực phẩm."), "");
  EXPECT_EQ(Of("- 100% là tỷ lệ cao nhất trong các năm."), "");
}

// A change against the past is a statistic unless it is aimed at: a
// floor set on it is ("tăng ít nhất 15% so với cùng kỳ").
TEST(ExtractTargets, AFloorOnAChangeIsAimedAt) {
  EXPECT_EQ(Of("Doanh thu từ du lịch tăng ít nhất 15% so với cùng kỳ năm 2022."), "15 % at_least");
  EXPECT_EQ(Of("Tổng thu ngân sách tăng tối thiểu 8% so với năm 2022."), "8 % at_least");
  EXPECT_EQ(Of("Doanh thu từ du lịch tăng 15% so với cùng kỳ năm 2022."), "");
}

// A ceiling of support per case and a base rate are rules of payment, in
// a decree's norms; a ceiling the work is kept within, and an allocation,
// are targets.
TEST(ExtractTargets, SupportCeilingsAreRules) {
  EXPECT_EQ(Of("3. Ngân sách trung ương hỗ trợ tối đa 15 tỷ đồng đối với công trình cấp tỉnh."), "");
  EXPECT_EQ(Of("b) Hỗ trợ tối đa 50% tổng giá trị công trình đối với các địa phương có tỷ lệ điều tiết;"),
            "");
  EXPECT_EQ(Of("Mức chuẩn trợ cấp ưu đãi người có công với cách mạng là 2.789.000 đồng."), "");
  EXPECT_EQ(Of("Ngân sách tỉnh hỗ trợ không quá 30% chi phí xây dựng nhà văn hóa thôn."), "");
  EXPECT_EQ(Of("Bảo đảm chi phí quản lý tối đa bằng 40% mức phí."), "40 % at_most");
  EXPECT_EQ(Of("Bố trí kinh phí 500 triệu đồng để tổ chức Hội thi."), "500 triệu đồng exactly");
}

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

// Units of other fields, ranges, and what is already reached.
TEST(ExtractTargets, UnitsRangesAndStatus) {
  EXPECT_EQ(Of("Phấn đấu năng suất lúa đạt 62 tạ/ha."), "62 tạ/ha exactly");
  EXPECT_EQ(Of("Phấn đấu hỗ trợ khoảng 1.200 hộ gia đình cải thiện nhà ở."),
            "1200 hộ gia đình approx");
  EXPECT_EQ(Of("Chỉ tiêu: kiểm tra ít nhất 10 xã trong năm."), "10 xã at_least");
  EXPECT_EQ(Of("Bảo đảm 35 tuần thực học."), "35 tuần thực học exactly");
  EXPECT_EQ(Of("Phấn đấu giải quyết 100% hồ sơ đúng hạn, số hóa 5.000 hồ sơ."),
            "100 % exactly; 5000 hồ sơ exactly");
  EXPECT_EQ(Of("Phấn đấu nâng cấp 12 km đường giao thông nông thôn."), "12 km exactly");
  EXPECT_EQ(Of("Thực tập phương án chữa cháy, bảo đảm ít nhất 1 lần/năm."), "1 lần/năm at_least");
  EXPECT_EQ(Of("Cắt giảm trung bình 20 - 30% thời gian giải quyết thủ tục."), "20 % at_least");
  EXPECT_EQ(Of("Phấn đấu giảm từ 5 đến 7% số vụ tai nạn giao thông."), "5 % at_least");
  EXPECT_EQ(Of("Trước mắt, giữ nguyên 20 đội chuyên trách."), "20 đội exactly");
  // What was done or is so is no target; nor are ages and dates.
  EXPECT_EQ(Of("Đến nay đã giải quyết 12.318 hồ sơ, đạt 98,54%."), "");
  EXPECT_EQ(Of("Kinh phí năm 2013 mới được tạm ứng 50%."), "");
  EXPECT_EQ(Of("Số vụ tai nạn giảm 12% so với cùng kỳ."), "");
  EXPECT_EQ(Of("Phấn đấu tiêm cho trẻ từ 6 - 8 tuổi."), "");
  EXPECT_EQ(Of("Phấn đấu hoàn thành từ 15/3 - 20/3/2025."), "");
}

// Units of every class a plan sets targets in, with a scale word before
// them, in sentences of fields the development documents do not cover.
TEST(ExtractTargets, UnitsOfEveryClass) {
  const std::pair<const char*, const char*> cases[] = {
      // area, yield, mass, volume, length
      {"Phấn đấu trồng mới 1.200 m2 thảm cỏ.", "1200 m2 exactly"},
      {"Phấn đấu sản lượng lương thực trên 1,6 triệu tấn.", "1.6 triệu tấn more_than"},
      {"Bảo đảm dự trữ tối thiểu 500 kg hạt giống.", "500 kg at_least"},
      {"Phấn đấu cấp 3.000 m3 nước sạch mỗi ngày.", "3000 m3 exactly"},
      {"Phấn đấu nạo vét 800 mét kênh nội đồng.", "800 mét exactly"},
      // time, energy
      {"Bảo đảm không để ùn tắc kéo dài quá 02 giờ.", "2 giờ at_most"},
      {"Phấn đấu tiết kiệm 5 triệu kWh điện.", "5 triệu kWh exactly"},
      // people
      {"Phấn đấu giải quyết việc làm cho 2.000 lao động.", "2000 lao động exactly"},
      {"Phấn đấu đào tạo ít nhất 150 giáo viên cốt cán.", "150 giáo viên at_least"},
      {"Chỉ tiêu: kết nạp 300 hội viên mới.", "300 hội viên exactly"},
      // bodies, places, things built or done
      {"Phấn đấu thành lập mới 50 doanh nghiệp.", "50 doanh nghiệp exactly"},
      {"Phấn đấu xây dựng ít nhất 15 cánh đồng lớn.", "15 cánh đồng at_least"},
      {"Phấn đấu có 20 sản phẩm đạt chuẩn OCOP.", "20 sản phẩm exactly"},
      {"Phấn đấu bổ sung 120 giường bệnh.", "120 giường bệnh exactly"},
      {"Phấn đấu tiêm 45.000 liều vắc xin.", "45000 liều exactly"},
      {"Phấn đấu đăng 60 tin, bài tuyên truyền.", "60 tin exactly"},
  };
  for (const auto& [sentence, want] : cases) EXPECT_EQ(Of(sentence), want) << sentence;
  // Near misses: a time of day or a date after the unit word, an
  // entitlement, words outside the list.
  EXPECT_EQ(Of("Phấn đấu khai mạc lúc 15 giờ 30 ngày 10/3/2023."), "");
  EXPECT_EQ(Of("Bảo đảm chi trả trợ cấp 1 lần cho người có công."), "");
  EXPECT_EQ(Of("Bảo đảm thời gian điều dưỡng tối thiểu là 5 ngày."), "");
  EXPECT_EQ(Of("Phấn đấu tiêm đủ 2 mũi cho trẻ."), "");
}

// Ten phrasings for each class of unit a plan sets targets in (money,
// area and yield, mass and volume, length, time, people, bodies and
// places, things), in fields the development documents do not cover.
TEST(ExtractTargets, TenPhrasingsPerUnitClass) {
  const std::pair<const char*, const char*> cases[] = {
      // money
      {"Bố trí 500 triệu đồng cho công tác tuyên truyền.", "500 triệu đồng exactly"},
      {"Tổng kinh phí thực hiện là 2,5 tỷ đồng.", "2.5 tỷ đồng exactly"},
      {"Phân bổ 120 triệu đồng cho mỗi xã đạt chuẩn.", "120 triệu đồng exactly"},
      {"Kinh phí dự kiến khoảng 300 triệu đồng từ nguồn xã hội hóa.", "300 triệu đồng approx"},
      {"Phấn đấu thu ngân sách nhà nước đạt 15.000 tỷ đồng.", "15000 tỷ đồng exactly"},
      {"Bố trí tối thiểu 50 triệu đồng cho quỹ khuyến học.", "50 triệu đồng at_least"},
      {"Phấn đấu kim ngạch xuất khẩu đạt 1,2 tỷ USD.", "1.2 tỷ USD exactly"},
      {"Tổng vốn đầu tư phát triển toàn xã hội đạt trên 40.000 tỷ đồng.", "40000 tỷ đồng more_than"},
      {"Phân bổ 850.000 nghìn đồng cho các trường học.", "850000 nghìn đồng exactly"},
      {"Chi phí tổ chức Hội thi không quá 80 triệu đồng.", "80 triệu đồng at_most"},
      // area and yield
      {"Phấn đấu gieo trồng 15.000 ha lúa vụ Hè Thu.", "15000 ha exactly"},
      {"Trồng mới ít nhất 200 ha rừng phòng hộ.", "200 ha at_least"},
      {"Phấn đấu chuyển đổi khoảng 500 ha đất lúa kém hiệu quả.", "500 ha approx"},
      {"Phấn đấu năng suất lúa bình quân đạt 65 tạ/ha.", "65 tạ/ha exactly"},
      {"Phấn đấu năng suất ngô đạt trên 50 tạ/ha.", "50 tạ/ha more_than"},
      {"Phấn đấu cải tạo 3.000 m2 công viên cây xanh.", "3000 m2 exactly"},
      {"Phấn đấu xây dựng 2 km2 khu đô thị mới.", "2 km2 exactly"},
      {"Phấn đấu diện tích cây ăn quả đạt 8.000 ha.", "8000 ha exactly"},
      {"Phấn đấu năng suất cà phê đạt 3 tấn/ha.", "3 tấn/ha exactly"},
      {"Phấn đấu mở rộng 1.000 ha nuôi trồng thủy sản.", "1000 ha exactly"},
      // mass and volume
      {"Phấn đấu sản lượng lương thực đạt 1,5 triệu tấn.", "1.5 triệu tấn exactly"},
      {"Bảo đảm dự trữ ít nhất 100 tấn hạt giống.", "100 tấn at_least"},
      {"Phấn đấu thu gom 500 kg rác thải nhựa mỗi tháng.", "500 kg exactly"},
      {"Phấn đấu cung cấp 5.000 m3 nước sạch mỗi ngày.", "5000 m3 exactly"},
      {"Phấn đấu sản lượng thủy sản đạt trên 20.000 tấn.", "20000 tấn more_than"},
      {"Dự trữ khoảng 2.000 lít nhiên liệu cho máy bơm.", "2000 lít approx"},
      {"Phấn đấu sản xuất 300 tấn phân bón hữu cơ.", "300 tấn exactly"},
      {"Phấn đấu sản lượng sữa đạt 1.200 tấn.", "1200 tấn exactly"},
      {"Phấn đấu xử lý 150 m3 nước thải mỗi ngày.", "150 m3 exactly"},
      {"Phấn đấu sản lượng chè búp tươi đạt 12.000 tấn.", "12000 tấn exactly"},
      // length
      {"Phấn đấu nâng cấp 25 km đường giao thông nông thôn.", "25 km exactly"},
      {"Phấn đấu kiên cố hóa ít nhất 10 km kênh mương.", "10 km at_least"},
      {"Phấn đấu xây dựng 800 mét kè chống sạt lở.", "800 mét exactly"},
      {"Phấn đấu nạo vét khoảng 5 km sông, suối.", "5 km approx"},
      {"Phấn đấu lắp đặt 2.000 m đường ống cấp nước.", "2000 m exactly"},
      {"Phấn đấu mở mới trên 30 km đường lâm nghiệp.", "30 km more_than"},
      {"Phấn đấu trồng cây xanh dọc 12 km tuyến phố.", "12 km exactly"},
      {"Phấn đấu bê tông hóa 15 km đường thôn, xóm.", "15 km exactly"},
      {"Phấn đấu xây dựng 3 km đê bao.", "3 km exactly"},
      {"Phấn đấu cải tạo 600 mét vỉa hè.", "600 mét exactly"},
      // time (limits and reserves)
      {"Không để ùn tắc kéo dài quá 02 giờ.", "2 giờ at_most"},
      {"Bảo đảm thời gian giải quyết hồ sơ không quá 05 giờ làm việc.", "5 giờ at_most"},
      {"Không để người dân chờ đợi quá 30 phút.", "30 phút at_most"},
      {"Dự trữ hàng hóa đủ dùng ít nhất 15 ngày.", "15 ngày at_least"},
      {"Bảo đảm 35 tuần thực học.", "35 tuần thực học exactly"},
      {"Không để sự cố mất điện kéo dài quá 4 giờ.", "4 giờ at_most"},
      {"Không để hồ sơ tồn đọng quá 10 ngày.", "10 ngày at_most"},
      {"Bảo đảm lực lượng ứng trực 24 giờ.", "24 giờ exactly"},
      {"Phấn đấu rút ngắn thời gian thông quan xuống dưới 2 giờ.", "2 giờ at_most"},
      {"Bảo đảm cung cấp thuốc đủ dùng tối thiểu 3 tháng.", "3 tháng at_least"},
      // people
      {"Phấn đấu giải quyết việc làm cho 30.000 lao động.", "30000 lao động exactly"},
      {"Phấn đấu đào tạo 500 giáo viên cốt cán.", "500 giáo viên exactly"},
      {"Phấn đấu tuyển sinh 2.000 sinh viên.", "2000 sinh viên exactly"},
      {"Phấn đấu kết nạp ít nhất 1.000 hội viên mới.", "1000 hội viên at_least"},
      {"Phấn đấu thu hút 3 triệu lượt khách du lịch.", "3 triệu lượt exactly"},
      {"Phấn đấu bồi dưỡng 300 cán bộ, công chức.", "300 cán bộ exactly"},
      {"Phấn đấu có 15 bác sĩ trên 10.000 dân.", "15 bác sĩ exactly"},
      {"Phấn đấu hỗ trợ 200 người lao động học nghề.", "200 người lao động exactly"},
      {"Phấn đấu tập huấn cho khoảng 400 học viên.", "400 học viên approx"},
      {"Phấn đấu 5.000 học sinh được học bơi.", "5000 học sinh exactly"},
      // bodies, places and households
      {"Phấn đấu thành lập mới 1.000 doanh nghiệp.", "1000 doanh nghiệp exactly"},
      {"Phấn đấu có thêm 5 xã đạt chuẩn nông thôn mới.", "5 xã exactly"},
      {"Phấn đấu hỗ trợ 300 hộ nghèo thoát nghèo.", "300 hộ exactly"},
      {"Phấn đấu xây dựng 20 hợp tác xã kiểu mới.", "20 hợp tác xã exactly"},
      {"Phấn đấu có 50 trường đạt chuẩn quốc gia.", "50 trường exactly"},
      {"Kiểm tra ít nhất 10 xã, thị trấn trong năm.", "10 xã at_least"},
      {"Phấn đấu thành lập 15 đội tình nguyện.", "15 đội exactly"},
      {"Phấn đấu hỗ trợ khoảng 1.200 hộ gia đình.", "1200 hộ gia đình approx"},
      {"Phấn đấu xây dựng 8 cánh đồng lớn.", "8 cánh đồng exactly"},
      {"Phấn đấu có 30 câu lạc bộ thể thao.", "30 câu lạc bộ exactly"},
      // things built, issued or done
      {"Phấn đấu có 25 sản phẩm đạt chuẩn OCOP.", "25 sản phẩm exactly"},
      {"Phấn đấu bổ sung 100 giường bệnh.", "100 giường bệnh exactly"},
      {"Phấn đấu tiêm 50.000 liều vắc xin.", "50000 liều exactly"},
      {"Phấn đấu đăng tải 200 tin, bài tuyên truyền.", "200 tin exactly"},
      {"Phấn đấu số hóa 10.000 hồ sơ.", "10000 hồ sơ exactly"},
      {"Phấn đấu xây dựng 40 phòng học.", "40 phòng học exactly"},
      {"Phấn đấu cấp 3.000 thẻ bảo hiểm y tế.", "3000 thẻ exactly"},
      {"Phấn đấu xử lý dứt điểm 12 điểm đen giao thông.", "12 điểm exactly"},
      {"Phấn đấu lắp đặt 500 camera giám sát.", "500 camera exactly"},
      {"Phấn đấu xây dựng 300 nhà vệ sinh hợp vệ sinh.", "300 nhà vệ sinh exactly"},
  };
  for (const auto& [sentence, want] : cases) EXPECT_EQ(Of(sentence), want) << sentence;
}

// Ten phrasings for each comparator, in fields the development documents
// do not cover (health insurance, credit, tourism, schools, forestry,
// fisheries, public services), with units of every class.
TEST(ExtractTargets, TenPhrasingsPerComparator) {
  const std::pair<const char*, const char*> cases[] = {
      // at_least
      {"Phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt ít nhất 95% dân số.", "95 % at_least"},
      {"Bảo đảm tối thiểu 80% số trường học có nhà vệ sinh đạt chuẩn.", "80 % at_least"},
      {"Phấn đấu cấp nước sạch cho từ 2.000 hộ trở lên.", "2000 hộ at_least"},
      {"Chỉ tiêu: đào tạo nghề cho không dưới 1.500 lao động nông thôn.", "1500 lao động at_least"},
      {"Phấn đấu tỷ lệ giải ngân vốn đầu tư công không thấp hơn 95%.", "95 % at_least"},
      {"Phấn đấu trồng tối thiểu 300 ha rừng sản xuất.", "300 ha at_least"},
      // A target for each one of a kind.
      {"Mỗi xã xây dựng ít nhất 01 cánh đồng lớn.", "1 cánh đồng at_least"},
      {"Bảo đảm ít nhất 2 lần/năm kiểm tra an toàn hồ đập.", "2 lần/năm at_least"},
      {"Phấn đấu năng suất lúa bình quân đạt tối thiểu 60 tạ/ha.", "60 tạ/ha at_least"},
      {"Phấn đấu thu ngân sách trên địa bàn đạt tối thiểu 1.200 tỷ đồng.", "1200 tỷ đồng at_least"},
      {"Phấn đấu kết nạp ít nhất 500 đoàn viên mới.", "500 đoàn viên at_least"},
      // more_than
      {"Phấn đấu tỷ lệ hộ nghèo giảm trên 1,5%.", "1.5 % more_than"},
      {"Phấn đấu thu hút hơn 2 triệu lượt khách du lịch.", "2 triệu lượt more_than"},
      {"Phấn đấu tốc độ tăng trưởng kinh tế đạt trên 8%.", "8 % more_than"},
      {"Phấn đấu xuất khẩu vượt 500 triệu USD.", "500 triệu USD more_than"},
      {"Bảo đảm hơn 90% người dân được tiếp cận dịch vụ công trực tuyến.", "90 % more_than"},
      {"Phấn đấu sản lượng thủy sản đạt trên 45.000 tấn.", "45000 tấn more_than"},
      {"Phấn đấu có trên 30 sản phẩm đạt chuẩn OCOP.", "30 sản phẩm more_than"},
      {"Chỉ tiêu: tuyển sinh hơn 3.000 học sinh vào lớp 10.", "3000 học sinh more_than"},
      {"Phấn đấu hơn 70% doanh nghiệp sử dụng hóa đơn điện tử.", "70 % more_than"},
      {"Phấn đấu xây dựng trên 25 km đường giao thông nông thôn.", "25 km more_than"},
      // at_most
      {"Tỷ lệ nợ xấu không quá 3%.", "3 % at_most"},
      {"Bảo đảm tỷ lệ hồ sơ trễ hạn tối đa 2%.", "2 % at_most"},
      {"Không để ùn tắc giao thông kéo dài quá 30 phút.", "30 phút at_most"},
      {"Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi giảm xuống dưới 18%.", "18 % at_most"},
      {"Chi phí tổ chức không vượt quá 200 triệu đồng.", "200 triệu đồng at_most"},
      {"Phấn đấu tỷ lệ thất nghiệp khu vực thành thị dưới 3%.", "3 % at_most"},
      {"Bảo đảm thời gian giải quyết hồ sơ không quá 05 giờ làm việc.", "5 giờ at_most"},
      {"Không để phát sinh điểm tồn đọng rác thải quá 7 ngày.", "7 ngày at_most"},
      {"Tỷ lệ hộ nghèo đa chiều cuối năm tối đa 2,5%.", "2.5 % at_most"},
      {"Lượng nước tưới bảo đảm không vượt quá 6.000 m3/ha.", "6000 m3/ha at_most"},
      // approx
      {"Phấn đấu hỗ trợ khoảng 300 hộ nghèo xây dựng nhà ở.", "300 hộ approx"},
      {"Phấn đấu thu hút khoảng 1.000 lượt người tham gia.", "1000 lượt người approx"},
      {"Dự kiến tổng kinh phí khoảng 2,5 tỷ đồng.", "2.5 tỷ đồng approx"},
      {"Phấn đấu trồng gần 1.000 ha cây ăn quả.", "1000 ha approx"},
      {"Phấn đấu đạt xấp xỉ 90% kế hoạch năm.", "90 % approx"},
      {"Phấn đấu đưa khoảng 200 lao động đi làm việc ở nước ngoài.", "200 lao động approx"},
      {"Phấn đấu đạt khoảng 15.000 tấn lúa hàng hóa.", "15000 tấn approx"},
      {"Phấn đấu khoảng 85% xã đạt chuẩn nông thôn mới.", "85 % approx"},
      {"Phấn đấu có khoảng 40 doanh nghiệp khởi nghiệp.", "40 doanh nghiệp approx"},
      // exactly
      {"Phấn đấu 100% thủ tục hành chính được cung cấp trực tuyến toàn trình.", "100 % exactly"},
      {"Chỉ tiêu năm 2025: tạo việc làm mới cho 25.000 lao động.", "25000 lao động exactly"},
      {"Bố trí 850 triệu đồng từ nguồn sự nghiệp môi trường.", "850 triệu đồng exactly"},
      {"Phấn đấu gieo cấy 12.500 ha lúa vụ Đông Xuân.", "12500 ha exactly"},
      {"Phấn đấu xây dựng 15 xã đạt chuẩn nông thôn mới nâng cao.", "15 xã exactly"},
      {"Phấn đấu tổ chức 20 lớp tập huấn cho nông dân.", "20 lớp exactly"},
      {"Phấn đấu cải tạo 45 phòng học xuống cấp.", "45 phòng học exactly"},
      {"Phấn đấu cấp 5.000 thẻ bảo hiểm y tế cho người cận nghèo.", "5000 thẻ exactly"},
      {"Phấn đấu đạt 2.500 sinh viên tốt nghiệp có việc làm.", "2500 sinh viên exactly"},
      {"Phấn đấu tỷ lệ che phủ rừng đạt 52%.", "52 % exactly"},
  };
  for (const auto& [sentence, want] : cases) EXPECT_EQ(Of(sentence), want) << sentence;
}

// Near misses of those shapes: norms and penalties per person or case,
// prices, ages, stays, estimates, past results, changes reported.
TEST(ExtractTargets, BoundsThatAreNoTargets) {
  const char* sentences[] = {
      "Mức hỗ trợ tối đa 5 triệu đồng/hộ.",
      "Mỗi hộ được hỗ trợ tối đa 50 triệu đồng để xây nhà.",
      "Trẻ em không quá 6 tuổi được miễn phí.",
      "Thời gian lưu trú không quá 30 ngày kể từ ngày nhập cảnh.",
      "Năm 2022, tỷ lệ nợ xấu không quá 3%.",
      "Đến nay đã giải ngân 45% kế hoạch vốn, tỷ lệ hộ nghèo còn 2,1%.",
      "Giá bán lẻ tối đa 25.000 đồng/kg.",
      "Xử phạt vi phạm hành chính tối đa 100 triệu đồng đối với cá nhân.",
      "Số vụ tai nạn giảm 12% so với cùng kỳ năm 2024.",
      "Ước thực hiện năm 2024 đạt 8.500 tỷ đồng.",
      "Dân số trung bình năm 2024 khoảng 1,2 triệu người.",
      "Theo Nghị định số 15/2020/NĐ-CP ngày 03/02/2020.",
      "Thời gian điều trị nội trú tối đa 7 ngày.",
      "Từ năm thứ 3 trở đi cứ mỗi năm được cộng thêm 800 nghìn đồng.",
      "Mỗi người được nhận tối đa 10 kg gạo.",
  };
  for (const char* sentence : sentences) EXPECT_EQ(Of(sentence), "") << sentence;
}

// Days are a target as a limit or a reserve, and a change against the past
// is one among the targets of a section.
// A section that reports or proposes sets no targets, though its clauses
// hold cue words ("đạt"); a heading of results to reach does.
TEST(ExtractTargets, SectionsThatReportOrPropose) {
  EXPECT_EQ(Of("I. KẾT QUẢ THỰC HIỆN\n1. Đưa 3.120 người đi làm việc ở nước ngoài; tỷ lệ lao "
                "động qua đào tạo đạt 68,5%.\nII. NHIỆM VỤ\n1. Phấn đấu giải quyết việc làm cho "
                "8.000 lao động.\nIII. KIẾN NGHỊ\n1. Đề nghị bổ sung ít nhất 50 tỷ đồng vốn vay."),
            "8000 lao động exactly");
  EXPECT_EQ(Of("II. TÌNH HÌNH\n1. Tỷ lệ che phủ rừng đạt 45%.\nIII. KẾT QUẢ CẦN ĐẠT\n"
                "1. Tỷ lệ che phủ rừng đạt 47%."),
            "47 % exactly");
}

// An article or item that leads into its items with the word for targets
// makes them a section of targets, however long its line.
TEST(ExtractTargets, AnArticleThatLeadsIntoItsTargets) {
  EXPECT_EQ(Of("Điều 1. Phê duyệt Kế hoạch chuyển đổi số tỉnh năm 2023 với các chỉ tiêu chủ yếu "
                "sau:\n1. 100% hồ sơ công việc tại cấp tỉnh và 70% tại cấp xã được xử lý trên môi "
                "trường mạng.\n2. Kinh tế số chiếm tỷ trọng 15% GRDP.\nĐiều 2. Tổ chức thực hiện"
                "\n1. Sở Tài chính bố trí 10% kinh phí dự phòng theo quy định."),
            "100 % exactly; 70 % exactly; 15 % exactly; 10 % exactly");
  // Without the lead-in, an item with no cue sets nothing.
  EXPECT_EQ(Of("Điều 1. Phê duyệt Kế hoạch chuyển đổi số tỉnh năm 2023 như sau:\n"
                "1. Kinh tế số chiếm tỷ trọng 15% GRDP."),
            "");
}

TEST(ExtractTargets, DaysAsLimitsAndChangesInATargetSection) {
  EXPECT_EQ(Of("Không để phát sinh điểm nóng ô nhiễm kéo dài quá 30 ngày."), "30 ngày at_most");
  EXPECT_EQ(Of("Dự trữ vật tư, phương tiện bảo đảm đủ dùng ít nhất 7 ngày."), "7 ngày at_least");
  EXPECT_EQ(Of("Phấn đấu tổ chức tập huấn trong 5 ngày."), "");
  EXPECT_EQ(Of("I. MỤC TIÊU\n1. Giảm 30% lượng túi ni lông sử dụng tại chợ so với năm 2022."),
            "30 % exactly");
  EXPECT_EQ(Of("II. TÌNH HÌNH\n1. Lượng túi ni lông giảm 30% so với năm 2022."), "");
}


// A change measured against a past year is a target where the clause aims
// at it, a statistic where it reports it; forbidding and completing set
// targets too.
TEST(ExtractTargets, AimsForbidsAndCompletes) {
  EXPECT_EQ(Of("Kéo giảm tai nạn giao thông từ 5% đến 10% so với năm 2022."), "5 % at_least");
  EXPECT_EQ(Of("Phấn đấu giảm 15% số vụ cháy so với năm 2022."), "15 % exactly");
  EXPECT_EQ(Of("Số vụ cháy giảm 15% so với năm 2022."), "");
  EXPECT_EQ(Of("Không để ùn tắc giao thông kéo dài trên 02 giờ."), "2 giờ at_most");
  EXPECT_EQ(Of("Hoàn thành xử lý 25 điểm đen giao thông."), "25 điểm exactly");
  EXPECT_EQ(Of("Hoàn thành trước ngày 15/3/2023."), "");
}

// A target's period: its clause's, else the title's scope; "hằng năm"
// makes it yearly within the scope.
TEST(ExtractTargets, PeriodFromTheClauseOrTheScope) {
  const Document doc = testing::StructuredText(
      "KẾ HOẠCH\nPhát triển lâm nghiệp giai đoạn 2021 - 2025\n\n"
      "1. Phấn đấu đến năm 2025 tỷ lệ che phủ rừng đạt 45%.\n"
      "2. Hằng năm trồng mới ít nhất 1.000 ha rừng tập trung.\n"
      "3. Năm 2022 phấn đấu trồng 50 ha rừng ngập mặn.\n"
      "4. Phấn đấu 100% chủ rừng có phương án quản lý rừng bền vững.\n");
  DocumentContext cx = testing::ContextOf(doc, Date(2021, 3, 1));
  cx.title = "Phát triển lâm nghiệp giai đoạn 2021 - 2025";
  std::vector<std::string> periods;
  for (const Target& t : ExtractTargets(doc, testing::Lex(), cx)) {
    ASSERT_TRUE(t.period) << t.subject;
    periods.push_back(t.period->start->Iso() + " " + t.period->end->Iso() +
                      (t.period->yearly ? " yearly" : ""));
  }
  EXPECT_EQ(periods, (std::vector<std::string>{"2021 2025", "2021 2025 yearly", "2022 2022",
                                               "2021 2025"}));
}

// A letter's opening paragraph cites in its first sentence and may go on
// to what the letter is for; its citations' numbers are no targets.
TEST(ExtractTargets, PurposeAfterTheOpeningCitation) {
  const Document doc = testing::StructuredText(
      "BỘ XÂY DỰNG\nSố: 12/BXD-QLN\nV/v hỗ trợ nhà ở\n||\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Hà Nội, ngày 15 tháng 11 năm 2024\n\nKính gửi: Ủy ban nhân dân các tỉnh.\n\n"
      "Thực hiện Quyết định số 22/2024/QĐ-TTg ngày 26/4/2024 về hỗ trợ 5.000 hộ nghèo. Đến nay đã "
      "hỗ trợ 1.200 hộ. Để đảm bảo hỗ trợ cho khoảng 3.800 hộ gia đình còn lại trong năm 2025, Bộ "
      "Xây dựng đề nghị Ủy ban nhân dân các tỉnh thực hiện.\n");
  std::vector<std::string> got;
  for (const Target& t : ExtractTargets(doc, testing::Lex(), testing::ContextOf(doc, Date(2025)))) {
    got.push_back(std::to_string(static_cast<int>(t.value)) + " " + t.unit.value_or("-"));
  }
  ASSERT_EQ(doc.roles[doc.lines.size() - 1], Role::kPreamble);
  EXPECT_EQ(got, std::vector<std::string>{"3800 hộ gia đình"});
}

// "value unit | subject" of each target of a body with a table.
std::string TableOf(const std::string& body) {
  const Document doc = testing::StructuredText("KẾ HOẠCH\nSản xuất năm 2025\n\n" + body + "\n");
  std::ostringstream out;
  for (const Target& t : ExtractTargets(doc, testing::Lex(), testing::ContextOf(doc, Date(2025)))) {
    out << (out.tellp() > 0 ? "; " : "") << t.value << " " << t.unit.value_or("-") << " | "
        << t.subject;
  }
  return out.str();
}

// Every figure of a planned column is a target named by its row and
// column, with the row's unit or the header's.
TEST(ExtractTargets, TablesOfPlannedFigures) {
  // A crop plan by district.
  EXPECT_EQ(TableOf("Kế hoạch gieo trồng vụ Xuân:\n"
                    "STT\tHuyện\tDiện tích (ha)\tNăng suất (tạ/ha)\n"
                    "1\tVăn Quan\t1.250\t62,5\n"
                    "2\tTràng Định\t980\t58\n"),
            "1250 ha | Văn Quan – Diện tích (ha); 980 ha | Tràng Định – Diện tích (ha); "
            "62.5 tạ/ha | Văn Quan – Năng suất (tạ/ha); 58 tạ/ha | Tràng Định – Năng suất (tạ/ha)");
  // An indicator table: the unit column gives each row's unit; what was
  // reached last year is no target.
  EXPECT_EQ(TableOf("Chỉ tiêu\tĐơn vị tính\tThực hiện năm 2024\tKế hoạch năm 2025\n"
                    "Tỷ lệ hồ sơ trực tuyến toàn trình\t%\t45\t60\n"
                    "Số xã đạt chuẩn nông thôn mới\txã\t12\t15\n"),
            "60 % | Tỷ lệ hồ sơ trực tuyến toàn trình – Kế hoạch năm 2025; "
            "15 xã | Số xã đạt chuẩn nông thôn mới – Kế hoạch năm 2025");
  // A budget by unit, its total restating the prose.
  EXPECT_EQ(TableOf("Tổng kinh phí thực hiện: 1.500 triệu đồng.\n"
                    "TT\tĐơn vị\tKinh phí phân bổ (triệu đồng)\n"
                    "1\tSở Y tế\t900\n"
                    "2\tSở Giáo dục và Đào tạo\t600\n"
                    "\tTổng cộng\t1.500\n"),
            "1500 triệu đồng | Tổng kinh phí thực hiện: 1.500 triệu đồng.; "
            "900 triệu đồng | Sở Y tế – Kinh phí phân bổ (triệu đồng); "
            "600 triệu đồng | Sở Giáo dục và Đào tạo – Kinh phí phân bổ (triệu đồng)");
  // A schedule has no planned figures.
  EXPECT_EQ(TableOf("STT\tNội dung\tThời gian\tĐơn vị chủ trì\n"
                    "1\tKiểm tra 25 hồ chứa\tTháng 3/2025\tSở Nông nghiệp và Môi trường\n"),
            "");
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
