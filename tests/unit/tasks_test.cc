#include "extractors/tasks.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "tests/unit/test_support.h"

namespace vanban {
namespace {

using V = std::vector<std::string>;

std::vector<Task> TasksOf(const std::string& body) {
  const Document doc = testing::StructuredText("CHỈ THỊ\nVề hiến máu\n\n" + body);
  return ExtractTasks(doc, testing::Lex(),
                      testing::ContextOf(doc, std::nullopt, "Ủy ban nhân dân tỉnh"));
}

TEST(ExtractTasks, SubjectLeadsAndPhoiHopVoiSupports) {
  const auto t = TasksOf(
      "3. Sở Y tế chỉ đạo Bệnh viện Đa khoa tỉnh phối hợp với Hội Chữ thập đỏ tỉnh, Viện "
      "Huyết học - Truyền máu Trung ương tổ chức tiếp nhận máu.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, V{"Sở Y tế"});
  EXPECT_EQ(t[0].support, (V{"Hội Chữ thập đỏ tỉnh", "Viện Huyết học - Truyền máu Trung ương"}));
  EXPECT_EQ(t[0].action.rfind("chỉ đạo Bệnh viện", 0), 0u) << t[0].action;
}

// "các" before a body's name makes a plural of that kind of body, a
// partner as the name alone is (a health and a transport sentence); it
// keeps its "Các", as "các phòng, ban" does.
TEST(ExtractTasks, PartnersNamedInThePlural) {
  const auto t = TasksOf(
      "1. Sở Giao thông vận tải chủ trì, phối hợp với các Công ty Điện lực, Công an tỉnh "
      "kiểm tra tải trọng xe.\n"
      "2. Sở Y tế phối hợp với các Trung tâm Y tế huyện và Bệnh viện Đa khoa tỉnh giám sát "
      "dịch bệnh.\n");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].support, (V{"Các Công ty Điện lực", "Công an tỉnh"}));
  EXPECT_EQ(t[1].support, (V{"Các Trung tâm Y tế huyện", "Bệnh viện Đa khoa tỉnh"}));
}

// A directive's own verb asks the bodies after it for the items that
// follow; the phrase that introduces them asks nothing of its own.
TEST(ExtractTasks, ADirectiveDirectsTheBodiesAfterIt) {
  const auto t = TasksOf(
      "Để chủ động phòng cháy rừng mùa khô năm 2025, Chủ tịch UBND tỉnh chỉ thị các sở, ngành, "
      "UBND các huyện tập trung triển khai thực hiện có hiệu quả các nhiệm vụ, biện pháp trọng "
      "tâm như sau:\n"
      "1. Tổ chức trực phòng cháy 24/24 giờ trong mùa khô.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, (V{"Các sở, ngành", "Ủy ban nhân dân các huyện"}));
  EXPECT_EQ(t[0].action.rfind("Tổ chức trực phòng cháy", 0), 0u) << t[0].action;
}

// A body charged in a parenthesis with work of its own has a task of its
// own; a parenthesis that only names or notes a body has none.
TEST(ExtractTasks, ABodyChargedInAParenthesis) {
  const auto t = TasksOf(
      "1. Rà soát hạ tầng số của các xã (Sở Khoa học và Công nghệ chịu trách nhiệm tổng hợp, "
      "báo cáo Ủy ban nhân dân tỉnh).\n"
      "2. Sở Y tế phối hợp với Hội Chữ thập đỏ tỉnh (Cơ quan thường trực Ban Chỉ đạo) tổ chức "
      "tiếp nhận máu.\n");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].lead, V{"Sở Y tế"});
  EXPECT_EQ(t[1].lead, V{"Sở Khoa học và Công nghệ"});
  EXPECT_EQ(t[1].action, "chịu trách nhiệm tổng hợp, báo cáo Ủy ban nhân dân tỉnh");
}

// "có nhiệm vụ" charges the body before it as "có trách nhiệm" does: the
// team a decision sets up has the task (an inspection, a census).
TEST(ExtractTasks, ABodyWithADuty) {
  const auto t = TasksOf(
      "Điều 2. Đoàn kiểm tra có nhiệm vụ kiểm tra việc chấp hành quy định về phòng cháy, chữa "
      "cháy tại các cơ sở; báo cáo kết quả về Ủy ban nhân dân tỉnh.\n"
      "Điều 3. Tổ công tác về điều tra dân số có nhiệm vụ hướng dẫn các xã lập bảng kê.\n");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].lead, V{"Đoàn kiểm tra"});
  EXPECT_EQ(t[0].action.rfind("có nhiệm vụ kiểm tra", 0), 0u) << t[0].action;
  EXPECT_EQ(t[1].lead, V{"Tổ công tác về điều tra dân số"});
}

// A colon ends an item's parties: what follows is its work, even when it
// opens with a capital verb that is also a head ("Thanh tra, kiểm tra").
TEST(ExtractTasks, AColonEndsTheParties) {
  const auto t = TasksOf(
      "7. Thanh tra tỉnh: Thanh tra, kiểm tra việc sử dụng kinh phí của các dự án.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, V{"Thanh tra tỉnh"});
}

// "Căn cứ Chỉ thị này, …": the closing paragraph asks for the whole
// document; it adds no task and lends the last item none of its partners.
TEST(ExtractTasks, TheClosingParagraphAssignsNothing) {
  const auto t = TasksOf(
      "8. Ủy ban nhân dân các huyện chỉ đạo các xã rà soát hộ nghèo.\n"
      "Căn cứ Chỉ thị này, Thủ trưởng các sở, ngành và Chủ tịch Ủy ban nhân dân các huyện xây "
      "dựng kế hoạch cụ thể, phối hợp chặt chẽ với Sở Lao động - Thương binh và Xã hội thực hiện.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, V{"Ủy ban nhân dân các huyện"});
  EXPECT_TRUE(t[0].support.empty());
}

// The partners are the parties listed right after "phối hợp với"; the
// bodies named in the work that follows are not ("theo quy định … của
// Chính phủ", "tham mưu UBND tỉnh").
TEST(ExtractTasks, SupportListEndsWhereTheWorkBegins) {
  const auto t = TasksOf(
      "1. Công an xã phối hợp với Ban Chỉ đạo xã kiểm tra, xử lý các trường hợp nuôi chó thả "
      "rông theo quy định tại Nghị định số 90/2017/NĐ-CP của Chính phủ.\n"
      "2. Sở Tư pháp chủ trì, phối hợp với các sở, ban, ngành có liên quan và Ủy ban nhân dân "
      "các huyện, thành phố triển khai Luật, báo cáo Ủy ban nhân dân tỉnh.\n"
      "3. Sở Y tế phối hợp với Hội Chữ thập đỏ tỉnh (Cơ quan thường trực Ban Chỉ đạo), Viện "
      "Huyết học - Truyền máu Trung ương và Cục Thi hành án dân sự tổ chức tiếp nhận máu.\n");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].support, V{"Ban Chỉ đạo xã"});
  // The collective keeps its qualifier, as written (ANNOTATION.md).
  EXPECT_EQ(t[1].support,
            (V{"Các sở, ban, ngành có liên quan", "Ủy ban nhân dân các huyện, thành phố"}));
  EXPECT_EQ(t[2].support, (V{"Hội Chữ thập đỏ tỉnh", "Viện Huyết học - Truyền máu Trung ương",
                             "Cục Thi hành án dân sự"}));
}

// "phối hợp" may take its partner without "với"; with no party after it
// ("phối hợp thực hiện", "phối hợp, hỗ trợ …") it names none.
TEST(ExtractTasks, PhoiHopTakesItsPartnerWithoutVoi) {
  const auto t = TasksOf(
      "1. Chi cục Thủy sản chủ trì, phối hợp Đồn Biên phòng cửa khẩu cảng kiểm tra tàu cá "
      "xuất bến.\n"
      "2. Cục Hải quan tỉnh phối hợp Cục Thuế tỉnh, Kho bạc Nhà nước tỉnh đối chiếu số thu.\n"
      "3. Sở Công Thương phối hợp thực hiện kiểm tra thị trường.\n"
      "4. Công an tỉnh phối hợp, hỗ trợ chính quyền địa phương bảo vệ hiện trường.\n");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].support, V{"Đồn Biên phòng cửa khẩu cảng"});
  EXPECT_EQ(t[1].support, (V{"Cục Thuế tỉnh", "Kho bạc Nhà nước tỉnh"}));
  EXPECT_TRUE(t[2].support.empty());
  EXPECT_TRUE(t[3].support.empty());
}

// A body named with its standing or central part leads as named.
TEST(ExtractTasks, PrefixedBodiesLead) {
  const auto t = TasksOf(
      "1. Thường trực Huyện ủy chỉ đạo các chi bộ quán triệt nghị quyết.\n"
      "2. Sở Nội vụ, Trung ương Hội Cựu chiến binh Việt Nam tổng kết phong trào thi đua.\n");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].lead, V{"Thường trực Huyện ủy"});
  EXPECT_EQ(t[1].lead, (V{"Sở Nội vụ", "Trung ương Hội Cựu chiến binh Việt Nam"}));
}

// "1. Sở Thông tin và Truyền thông" over sub-items: those without a party
// of their own are its duties; the heading itself is no task.
TEST(ExtractTasks, HeadingPartyOverSubItems) {
  const auto t = TasksOf(
      "III. TỔ CHỨC THỰC HIỆN\n"
      "1. Sở Thông tin và Truyền thông\n"
      "a) Hướng dẫn các cơ quan báo chí tuyên truyền về hiến máu.\n"
      "b) Giao Phòng Thông tin - Báo chí - Xuất bản theo dõi, tổng hợp.\n"
      "2. Sở Y tế\n"
      "a) Các phòng chuyên môn thuộc Sở tuyên truyền đến công chức.\n");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].lead, V{"Sở Thông tin và Truyền thông"});
  EXPECT_EQ(t[0].action.rfind("Hướng dẫn các cơ quan báo chí", 0), 0u) << t[0].action;
  EXPECT_EQ(t[1].lead, V{"Phòng Thông tin - Báo chí - Xuất bản"});
  EXPECT_EQ(t[2].lead, V{"Các phòng chuyên môn thuộc Sở"});
}

// A party whose item says only that it is charged with what follows ("có
// trách nhiệm:", "thực hiện các nhiệm vụ sau:") leads each sub-item; in a
// decree's article, a transport plan, a school-year plan and a budget.
TEST(ExtractTasks, APartyChargedWithTheSubItems) {
  const char* intros[] = {"có trách nhiệm:", "chịu trách nhiệm:",
                          "có trách nhiệm thực hiện các nhiệm vụ sau:",
                          "thực hiện một số nội dung sau:", "chủ trì triển khai các nhiệm vụ sau đây:",
                          "tập trung thực hiện các giải pháp sau:"};
  for (const char* intro : intros) {
    const auto t = TasksOf(std::string("Điều 9. Trách nhiệm thi hành\n1. Bộ Quốc phòng ") + intro +
                           "\na) Chủ trì, phối hợp với Bộ Tài chính hướng dẫn thực hiện chế độ;\n"
                           "b) Chỉ đạo xét duyệt hồ sơ của quân nhân.\n");
    ASSERT_EQ(t.size(), 2u) << intro;
    EXPECT_EQ(t[0].lead, V{"Bộ Quốc phòng"}) << intro;
    EXPECT_EQ(t[0].support, V{"Bộ Tài chính"}) << intro;
    EXPECT_EQ(t[1].lead, V{"Bộ Quốc phòng"}) << intro;
    EXPECT_EQ(t[1].action.rfind("Chỉ đạo xét duyệt", 0), 0u) << t[1].action;
  }
  const auto transport = TasksOf(
      "2. Sở Giao thông vận tải có trách nhiệm:\n- Kiểm tra tải trọng xe trên các tuyến;\n"
      "- Báo cáo kết quả về Ủy ban nhân dân tỉnh.\n3. Sở Giáo dục và Đào tạo chịu trách "
      "nhiệm:\na) Bố trí lịch học phù hợp;\nb) Tổ chức tựu trường đúng kế hoạch.\n");
  ASSERT_EQ(transport.size(), 3u);
  EXPECT_EQ(transport[0].lead, V{"Sở Giao thông vận tải"});
  EXPECT_EQ(transport[1].lead, V{"Sở Giáo dục và Đào tạo"});
  EXPECT_EQ(transport[2].lead, V{"Sở Giáo dục và Đào tạo"});
  // Near misses: a charge with work of its own leads its own task; so does
  // one that ends in a full stop.
  const auto own = TasksOf(
      "1. Sở Tài chính có trách nhiệm thẩm định dự toán kinh phí như sau:\n"
      "a) Kinh phí diễn tập 200 triệu đồng.\n"
      "2. Sở Nội vụ có trách nhiệm hướng dẫn thủ tục.\n");
  ASSERT_EQ(own.size(), 2u);
  EXPECT_EQ(own[0].action.rfind("có trách nhiệm thẩm định", 0), 0u) << own[0].action;
  EXPECT_EQ(own[1].lead, V{"Sở Nội vụ"});
}

// Sub-items that name no party of their own are the item's work: their
// partners are the item's task's (an exam plan and a flood plan).
TEST(ExtractTasks, SubItemsWithoutAPartyLendTheirPartners) {
  const auto t = TasksOf(
      "1. Sở Giáo dục và Đào tạo chịu trách nhiệm toàn diện về tổ chức Kỳ thi, trực tiếp thực "
      "hiện các khâu:\na) Ban hành văn bản hướng dẫn;\nb) Chủ trì, phối hợp với Ủy ban nhân dân "
      "các huyện, Công an tỉnh bảo đảm an toàn các điểm thi.\n"
      "2. Ban Chỉ huy Phòng, chống thiên tai tỉnh chỉ đạo ứng phó lũ:\na) Phối hợp với Bộ Chỉ huy "
      "Quân sự tỉnh sơ tán dân;\nb) Sở Công Thương bảo đảm hàng hóa thiết yếu.\n");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].lead, V{"Sở Giáo dục và Đào tạo"});
  EXPECT_EQ(t[0].support, (V{"Ủy ban nhân dân các huyện", "Công an tỉnh"}));
  EXPECT_EQ(t[1].support, V{"Bộ Chỉ huy Quân sự tỉnh"});
  // Near miss: a sub-item with its own party is its own task.
  EXPECT_EQ(t[2].lead, V{"Sở Công Thương"});
  EXPECT_EQ(t[2].support, V{});
}

// A labelled list of partners that holds only fillers names none; the
// longest filler a collective starts with is the one read.
TEST(ExtractTasks, FillersInALabelledList) {
  const auto t = TasksOf(
      "I. TUYÊN TRUYỀN\n1. Nội dung: tuyên truyền về chính sách.\n2. Cơ quan chủ trì, phối "
      "hợp\na) Cơ quan chủ trì\n- Sở Văn hóa, Thể thao và Du lịch.\nb) Cơ quan phối hợp\n"
      "- Các đơn vị, địa phương.\n- Các cơ quan, đơn vị, địa phương.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, V{"Sở Văn hóa, Thể thao và Du lịch"});
  EXPECT_EQ(t[0].support, V{});
}

// "các địa phương" names no party (ANNOTATION.md: an empty filler), in
// any field's sentence; a body after it still leads.
TEST(ExtractTasks, LocalitiesAreAFiller) {
  const auto t = TasksOf(
      "1. Các địa phương rà soát diện tích lúa bị hạn.\n"
      "2. Các địa phương có liên quan chủ động sơ tán dân.\n"
      "3. Sở Nông nghiệp và Môi trường phối hợp với các địa phương kiểm tra đê điều.\n"
      "4. Các địa phương liên quan báo cáo số học sinh nghỉ học.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, V{"Sở Nông nghiệp và Môi trường"});
  EXPECT_EQ(t[0].support, V{});
}

// A later sentence of an item whose subject is another body is that
// body's task (ANNOTATION.md); one with no body, or the same, is not.
TEST(ExtractTasks, ALaterSentenceWithItsOwnSubject) {
  const auto t = TasksOf(
      "e) Bộ Tư lệnh quân khu ra quyết định hưởng trợ cấp một lần. Bộ Tư lệnh Thủ đô Hà Nội ra "
      "quyết định hưởng trợ cấp hằng tháng. Cục Thuế tỉnh phối hợp với Kho bạc Nhà nước tỉnh "
      "chi trả.\n"
      "2. Sở Y tế kiểm tra an toàn thực phẩm. Sở Y tế báo cáo kết quả. Kết quả gửi về Bộ Y tế.\n"
      "3. Chi cục Kiểm lâm tuần tra rừng.\nHạt Kiểm lâm huyện lập biên bản. Ủy ban nhân dân xã "
      "xử phạt theo thẩm quyền.\n");
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[0].lead, V{"Bộ Tư lệnh quân khu"});
  EXPECT_EQ(t[3].lead, V{"Sở Y tế"});
  EXPECT_EQ(t[4].lead, V{"Chi cục Kiểm lâm"});
  V later;
  for (size_t k : {1u, 2u, 5u}) later.push_back(t[k].lead.front());
  EXPECT_EQ(later, (V{"Bộ Tư lệnh Thủ đô Hà Nội", "Cục Thuế tỉnh", "Ủy ban nhân dân xã"}));
  EXPECT_EQ(t[2].support, V{"Kho bạc Nhà nước tỉnh"});
  EXPECT_EQ(t[1].action.rfind("ra quyết định hưởng trợ cấp hằng tháng", 0), 0u) << t[1].action;
}

// A short name the document defines stands for the body in full.
TEST(ExtractTasks, DefinedShortNamesResolved) {
  const auto t = TasksOf(
      "1. Kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh động vật xã (sau đây gọi tắt là Ban Chỉ "
      "đạo xã).\n"
      "2. Ban Chỉ đạo xã chủ trì, phối hợp với Trung tâm Dịch vụ nông nghiệp huyện tổ chức tiêm "
      "phòng.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, V{"Ban Chỉ đạo phòng, chống dịch bệnh động vật xã"});
  EXPECT_EQ(t[0].support, V{"Trung tâm Dịch vụ nông nghiệp huyện"});
}

TEST(ExtractTasks, SeveralLeadsInOneClause) {
  const auto t = TasksOf("4. Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội chỉ "
                         "đạo các cơ sở giáo dục.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, (V{"Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội"}));
}

TEST(ExtractTasks, OpenersAndOfficesBeforeTheBody) {
  auto t = TasksOf("a) Giao Sở Tài chính bố trí kinh phí.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, V{"Sở Tài chính"});
  t = TasksOf("b) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, V{"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"});
  t = TasksOf("2. Chủ tịch Ủy ban nhân dân các huyện, thành phố chỉ đạo thực hiện.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, V{"Ủy ban nhân dân các huyện, thành phố"});
}

// The head of a ministry, department, command or school stands for its
// body (ANNOTATION.md), in a decree, a customs, a defence and a school
// text; an office with no body after it names none.
TEST(ExtractTasks, HeadsOfBodiesStandForThem) {
  const std::pair<const char*, const char*> cases[] = {
      {"1. Bộ trưởng Bộ Công an chủ trì, phối hợp với Bộ Tài chính hướng dẫn thi hành.\n",
       "Bộ Công an"},
      {"2. Cục trưởng Cục Hải quan tỉnh chỉ đạo kiểm tra hàng hóa nhập khẩu.\n",
       "Cục Hải quan tỉnh"},
      {"3. Tư lệnh Bộ Tư lệnh Quân khu 4 tổ chức diễn tập.\n", "Bộ Tư lệnh Quân khu 4"},
      {"4. Hiệu trưởng Trường Trung học phổ thông Chu Văn An rà soát hồ sơ học sinh.\n",
       "Trường Trung học phổ thông Chu Văn An"},
      {"5. Viện trưởng Viện Khoa học Nông nghiệp Việt Nam chuyển giao giống lúa mới.\n",
       "Viện Khoa học Nông nghiệp Việt Nam"},
      {"6. Vụ trưởng Vụ Pháp chế thẩm định dự thảo.\n", "Vụ Pháp chế"},
  };
  for (const auto& [item, lead] : cases) {
    const auto t = TasksOf(item);
    ASSERT_EQ(t.size(), 1u) << item;
    EXPECT_EQ(t[0].lead, V{lead}) << item;
  }
  EXPECT_TRUE(TasksOf("7. Bộ trưởng quy định chi tiết các địa bàn.\n").empty());
}

TEST(ExtractTasks, CollectivePartiesLeadToo) {
  const auto t = TasksOf(
      "1. Thủ trưởng các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức "
      "chính trị - xã hội tỉnh, các doanh nghiệp tiếp tục tăng cường tuyên truyền.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, (V{"Các sở, ban, ngành", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
                          "Các tổ chức chính trị - xã hội tỉnh", "Các doanh nghiệp"}));
  EXPECT_EQ(TasksOf("b) Các thôn: lập danh sách hộ chăn nuôi.\n")[0].lead, V{"Các thôn"});
}

// A collective ends where the predicate's verb begins; a verb right after
// its kind, or one that ties it to an owner or place, qualifies it.
TEST(ExtractTasks, ACollectiveEndsAtThePredicatesVerb) {
  const std::pair<const char*, const char*> cases[] = {
      {"6. Các tổ chức chính trị - xã hội vận động nhân dân phòng tránh thiên tai.\n",
       "Các tổ chức chính trị - xã hội"},
      {"2. Các cơ sở giáo dục nghề nghiệp tuyển sinh đủ chỉ tiêu được giao.\n",
       "Các cơ sở giáo dục nghề nghiệp"},
      {"3. Các phòng chuyên môn thuộc Sở rà soát thủ tục hành chính.\n",
       "Các phòng chuyên môn thuộc Sở"},
      {"4. Các doanh nghiệp kinh doanh xăng dầu bảo đảm nguồn cung.\n",
       "Các doanh nghiệp kinh doanh xăng dầu"},
      {"5. Các cơ sở sản xuất, kinh doanh thực phẩm thực hiện tự công bố sản phẩm.\n",
       "Các cơ sở sản xuất, kinh doanh thực phẩm"},
      // Bodies of a kind in other fields lead as collectives do.
      {"5. Các đại học, học viện, trường đại học cử cán bộ tham gia thanh tra thi.\n",
       "Các đại học, học viện, trường đại học"},
      {"2. Các bệnh viện tuyến huyện bố trí giường bệnh dự phòng.\n", "Các bệnh viện tuyến huyện"},
      {"3. Các hợp tác xã nông nghiệp cung ứng giống lúa xác nhận.\n",
       "Các hợp tác xã nông nghiệp"},
      {"4. Các ngân hàng thương mại giãn nợ cho khách hàng bị thiệt hại.\n",
       "Các ngân hàng thương mại"},
      // The "và" of a field's own name is no list's.
      {"2. Các phòng Giáo dục và Đào tạo huyện, thị xã, thành phố tổ chức Hội khỏe cấp huyện.\n",
       "Các phòng Giáo dục và Đào tạo huyện, thị xã, thành phố"},
      {"3. Các sở Khoa học và Công nghệ rà soát nhiệm vụ.\n", "Các sở Khoa học và Công nghệ"},
      // A verb of carrying work out right after the kind opens the
      // predicate (a school calendar, a census, a flood drill).
      {"7. Các trường hoàn thành kế hoạch giáo dục năm học trước ngày 31/5/2026.\n",
       "Các trường"},
      {"4. Các thôn khẩn trương rà soát danh sách hộ nghèo.\n", "Các thôn"},
      {"5. Các cơ sở y tế chuẩn bị thuốc, vật tư ứng phó bão.\n", "Các cơ sở y tế"},
      {"6. Các doanh nghiệp niêm yết giá bán lẻ tại cửa hàng.\n", "Các doanh nghiệp"},
  };
  for (const auto& [body, lead] : cases) {
    const auto t = TasksOf(body);
    ASSERT_EQ(t.size(), 1u) << body;
    EXPECT_EQ(t[0].lead, V{lead}) << body;
  }
}

TEST(ExtractTasks, HeadingBodyOverItsDuties) {
  const auto t = TasksOf("4.1. Sở Y tế\n- Chỉ đạo các cơ sở y tế tiếp nhận máu an toàn.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, V{"Sở Y tế"});
  EXPECT_EQ(t[0].action, "- Chỉ đạo các cơ sở y tế tiếp nhận máu an toàn");
}

TEST(ExtractTasks, ScheduleRowsGoToTheIssuerWithTheirPartner) {
  const auto t = TasksOf(
      "STT\tTHỜI GIAN\tNỘI DUNG HOẠT ĐỘNG\tĐƠN VỊ PHỐI HỢP\n"
      "1\tTháng 1\tTổ chức Lễ hội Xuân hồng trước Tết\tTrường Đại học Hải Phòng\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, V{"Ủy ban nhân dân tỉnh"});
  EXPECT_EQ(t[0].support, V{"Trường Đại học Hải Phòng"});
}

TEST(ExtractTasks, ScheduleKeepsItsHeaderAcrossABlankLine) {
  const auto t = TasksOf(
      "STT\tTHỜI GIAN\tNỘI DUNG HOẠT ĐỘNG\tĐƠN VỊ PHỐI HỢP\n"
      "1\tTháng 1\tTổ chức Lễ hội Xuân hồng trước Tết\tTrường Đại học Hải Phòng\n\n"
      "2\tTháng 10\tNgày hội hiến máu các sở, ban, ngành\tSở Tài nguyên và Môi trường\n");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[1].support, V{"Sở Tài nguyên và Môi trường"});
}

// "A yêu cầu / đề nghị / giao B …": B leads, A only asks.
TEST(ExtractTasks, WhoAsksDoesNotLead) {
  auto t = TasksOf("4. Ủy ban nhân dân huyện yêu cầu Ủy ban nhân dân các xã, thị trấn tổ "
                   "chức tiêm phòng trước ngày 30/11/2024.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, V{"Ủy ban nhân dân các xã, thị trấn"});
  t = TasksOf("5. Sở Y tế đề nghị Hội Chữ thập đỏ tỉnh và các cơ quan, đơn vị có liên quan "
              "vận động hiến máu.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, V{"Hội Chữ thập đỏ tỉnh"});  // the filler names no party
}

TEST(ExtractTasks, ClosingFormulasAssignNothingUnlessDated) {
  EXPECT_TRUE(TasksOf("5. Chủ tịch Ủy ban nhân dân tỉnh đề nghị Thủ trưởng các sở, ban, ngành "
                      "tổ chức thực hiện tốt Chỉ thị này./.\n").empty());
  EXPECT_TRUE(TasksOf("6. Ủy ban nhân dân xã thông báo để các thôn biết, thực hiện./.\n").empty());
  EXPECT_EQ(TasksOf("7. Các sở, ban, ngành báo cáo kết quả trước ngày 15/12/2024 để tổng hợp, "
                    "thực hiện tốt Chỉ thị này.\n").size(), 1u);
  // Carrying out the document itself, whatever its type.
  EXPECT_TRUE(TasksOf("3. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm "
                      "thi hành Nghị định này./.\n").empty());
  EXPECT_TRUE(TasksOf("4. Sở Y tế, Sở Tài chính chịu trách nhiệm thực hiện Thông tư này.\n").empty());
  EXPECT_TRUE(TasksOf("5. Ủy ban nhân dân các cấp thi hành Nghị quyết này.\n").empty());
  EXPECT_EQ(TasksOf("6. Bộ Công an thực hiện Nghị định số 15/2020/NĐ-CP.\n").size(), 1u);
  // Asking a superior to consider and decide (a submission's close).
  EXPECT_TRUE(TasksOf("Đề nghị Thường trực Hội đồng nhân dân tỉnh xem xét, quyết định./.\n").empty());
  EXPECT_TRUE(TasksOf("Kính đề nghị Bộ Tài chính xem xét, cho ý kiến./.\n").empty());
  // Near misses: the body is to consider and do something, or by a date.
  EXPECT_EQ(TasksOf("3. Đề nghị Sở Tài chính xem xét, thẩm định dự toán kinh phí.\n").size(), 1u);
  EXPECT_EQ(TasksOf("4. Đề nghị Ủy ban nhân dân huyện xem xét, quyết định trước ngày "
                    "20/5/2025.\n").size(), 1u);
  // Asking others to take an interest: courtesy, no work; with work named
  // after it, or a date, it assigns.
  EXPECT_TRUE(TasksOf("Đề nghị Ủy ban nhân dân các tỉnh, thành phố quan tâm chỉ đạo thực "
                      "hiện./.\n").empty());
  EXPECT_TRUE(TasksOf("Rất mong Sở Tài chính quan tâm, phối hợp./.\n").empty());
  EXPECT_TRUE(TasksOf("Đề nghị Hội Nông dân tỉnh quan tâm, tạo điều kiện./.\n").empty());
  EXPECT_EQ(TasksOf("2. Đề nghị Sở Y tế quan tâm chỉ đạo thực hiện trước ngày 30/6/2025.\n").size(),
            1u);
}

TEST(ExtractTasks, WhoIsToldToKnowActsOnWhatFollows) {
  auto t = TasksOf("Cục Hải quan thông báo để Chi cục Hải quan cửa khẩu được biết, hướng dẫn "
                   "doanh nghiệp làm thủ tục theo quy định./.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, V{"Chi cục Hải quan cửa khẩu"});
  EXPECT_EQ(t[0].action, "hướng dẫn doanh nghiệp làm thủ tục theo quy định");
  // Knowing alone, or knowing to carry out the letter, is no task.
  EXPECT_TRUE(TasksOf("Sở Xây dựng thông báo để Ủy ban nhân dân huyện biết./.\n").empty());
  EXPECT_TRUE(TasksOf("Sở Xây dựng thông báo để các đơn vị biết, thực hiện./.\n").empty());
}

TEST(ExtractTasks, AJudgementIsNoWork) {
  EXPECT_TRUE(TasksOf("3. Sở Tài nguyên và Môi trường đồng ý với phương án bồi thường do Ủy ban "
                      "nhân dân huyện đề xuất.\n").empty());
  EXPECT_TRUE(TasksOf("4. Căn cứ hồ sơ, Cục Hải quan tỉnh nhận thấy tờ khai đủ điều kiện "
                      "thông quan.\n").empty());
  EXPECT_TRUE(TasksOf("5. Bộ Công Thương ghi nhận kết quả các doanh nghiệp đã đạt được.\n").empty());
  // Near misses: judging as work, agreeing as the object of work.
  EXPECT_EQ(TasksOf("6. Sở Y tế đánh giá kết quả thực hiện và báo cáo Ủy ban nhân dân tỉnh.\n")
                .size(), 1u);
  EXPECT_EQ(TasksOf("7. Phòng Kinh tế lấy ý kiến đồng ý của các hộ dân về phương án.\n").size(),
            1u);
}

TEST(ExtractTasks, LeadAfterAClauseOfBasisAndTheStandingPart) {
  auto t = TasksOf("6. Căn cứ chương trình hiến máu năm 2024, Ban Chỉ đạo thành phố xây dựng "
                   "kế hoạch tuyên truyền.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, V{"Ban Chỉ đạo thành phố"});
  EXPECT_EQ(t[0].action, "xây dựng kế hoạch tuyên truyền");
  t = TasksOf("8. Thường trực Ban Chỉ đạo tỉnh định kỳ tổng hợp, báo cáo.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, V{"Thường trực Ban Chỉ đạo tỉnh"});
  // A body inside the clause of basis is not the lead.
  EXPECT_TRUE(TasksOf("2. Căn cứ Kế hoạch của Sở Y tế, tăng cường tuyên truyền.\n").empty());
}

// Under a heading that names no party, the paragraph below leads; a later
// paragraph with other bodies is a task of its own, a bullet is not.
TEST(ExtractTasks, ParagraphsUnderAnItem) {
  const auto t = TasksOf(
      "1. Công tác tuyên truyền:\n"
      "Ban Chỉ đạo các cấp phối hợp với các cơ quan thông tin đại chúng tuyên truyền.\n"
      "Hội Chữ thập đỏ tỉnh vận động người hiến máu.\n"
      "- Công an tỉnh bảo đảm an ninh.\n");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].lead, V{"Ban Chỉ đạo các cấp"});
  EXPECT_EQ(t[0].support, V{"Các cơ quan thông tin đại chúng"});
  EXPECT_EQ(t[1].lead, V{"Hội Chữ thập đỏ tỉnh"});
}

// Near misses: headings without a party, closing formulas, background.
TEST(ExtractTasks, ItemsWithoutAPartyAreNoTasks) {
  EXPECT_TRUE(TasksOf("1. Mục đích, yêu cầu\n").empty());
  EXPECT_TRUE(TasksOf("2. Chỉ tiêu: vận động 9.000 đơn vị máu.\n").empty());
  EXPECT_TRUE(TasksOf("- Sở Y tế tiếp tục theo dõi.\n").empty());  // a bullet, not an item
  EXPECT_TRUE(TasksOf("3. Năm 2022, toàn tỉnh tiếp nhận 7.819 đơn vị máu.\n").empty());
}

// A letter's tasks, with its "Kính gửi" line.
std::vector<Task> LetterTasks(const std::string& addressee, const std::string& body) {
  const Document doc = testing::StructuredText(
      "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 15/BNNMT-TL\nV/v phòng, chống hạn hán\n\nKính gửi: " +
      addressee + "\n\n" + body);
  return ExtractTasks(doc, testing::Lex(),
                      testing::ContextOf(doc, std::nullopt, "Bộ Nông nghiệp và Môi trường"));
}

// Labelled parties of a section: the section's task gets them, its
// heading is the action; a label must be the line's whole text or end at
// its colon.
TEST(ExtractTasks, LabelledPartiesOfASection) {
  const auto t = TasksOf(
      "I. KIỂM TRA AN TOÀN HỒ ĐẬP\n"
      "1. Nội dung\n"
      "a) Rà soát các hồ chứa xung yếu trước mùa mưa;\n"
      "2. Cơ quan chủ trì, phối hợp\n"
      "a) Cơ quan chủ trì\n"
      "- Sở Nông nghiệp và Môi trường.\n"
      "- Ủy ban nhân dân các huyện; các Ban quản lý dự án.\n"
      "b) Cơ quan phối hợp\n"
      "- Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh.\n"
      "II. TRUYỀN THÔNG\n"
      "1. Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch; đơn vị phối hợp: Báo Lạng Sơn.\n"
      "2. Phối hợp với Đài Phát thanh và Truyền hình tỉnh đưa tin.\n");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].action, "KIỂM TRA AN TOÀN HỒ ĐẬP");
  EXPECT_EQ(t[0].lead, (V{"Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các huyện",
                          "Các Ban quản lý dự án"}));
  EXPECT_EQ(t[0].support, (V{"Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"}));
  EXPECT_EQ(t[1].lead, V{"Sở Văn hóa, Thể thao và Du lịch"});
}

// A request outside every item is a task; ending in a colon, it leads the
// items after it that name no party; a request recounted with its date is
// background.
TEST(ExtractTasks, RequestsAndTheItemsTheyIntroduce) {
  const auto t = TasksOf(
      "Ngày 05/3/2025, Ủy ban nhân dân tỉnh đã có văn bản yêu cầu Sở Tài chính rà soát.\n"
      "Ủy ban nhân dân tỉnh đề nghị Kho bạc Nhà nước tỉnh kiểm soát chặt chẽ các khoản chi.\n"
      "Để bảo đảm an toàn giao thông dịp Tết, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc "
      "Sở Xây dựng:\n"
      "1. Tổ chức kiểm tra tải trọng các cầu yếu trên quốc lộ và đường tỉnh.\n"
      "2. Công an tỉnh tăng cường tuần tra, kiểm soát.\n"
      "3. Tổ chức thực hiện\n");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].lead, V{"Kho bạc Nhà nước tỉnh"});
  EXPECT_EQ(t[0].action, "kiểm soát chặt chẽ các khoản chi");
  EXPECT_EQ(t[1].lead, V{"Sở Xây dựng"});
  EXPECT_EQ(t[2].lead, V{"Công an tỉnh"});  // its own subject; item 3 is a heading
}

// A lead-in that asks work of its own before it introduces the items is a
// task too; one that only introduces them ("thực hiện một số nội dung sau
// đây:", "như sau:") is not.
TEST(ExtractTasks, LeadInThatAsksWorkOfItsOwn) {
  const auto own = TasksOf(
      "Để chủ động phòng, chống dịch tả lợn châu Phi, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu "
      "Sở Nông nghiệp và Môi trường tiếp tục quán triệt Chỉ thị số 08/CT-UBND và khẩn trương "
      "triển khai các nội dung sau:\n"
      "1. Tổ chức giám sát chặt chẽ các ổ dịch cũ.\n");
  ASSERT_EQ(own.size(), 2u);
  EXPECT_EQ(own[0].lead, V{"Sở Nông nghiệp và Môi trường"});
  EXPECT_EQ(own[0].action, "tiếp tục quán triệt Chỉ thị số 08/CT-UBND");
  EXPECT_EQ(own[1].action.rfind("Tổ chức giám sát", 0), 0u) << own[1].action;
  for (const char* intro : {"thực hiện một số nội dung sau đây:", "thực hiện như sau:",
                            "tập trung thực hiện tốt các nhiệm vụ trọng tâm sau:"}) {
    const auto only = TasksOf(std::string("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Sở Y tế ") + intro +
                              "\n1. Tổ chức giám sát chặt chẽ các ổ dịch cũ.\n");
    ASSERT_EQ(only.size(), 1u) << intro;
    EXPECT_EQ(only[0].lead, V{"Sở Y tế"}) << intro;
  }
}

// A letter's items give work to its addressee; "quý Sở" and a bare head of
// the addressee's kind name it.
// An item that opens with a clause of time or condition and a comma is
// work when a verb follows the comma (a labour letter before Tết); a
// statement of the past is none.
TEST(ExtractTasks, WorkAfterAClauseOfTime) {
  const auto t = LetterTasks(
      "Ủy ban nhân dân các huyện, thị xã, thành phố",
      "Sở Nội vụ đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố:\n"
      "1. Sau Tết, báo cáo tình hình lao động quay trở lại làm việc.\n"
      "2. Định kỳ hằng quý, tổng hợp kết quả gửi Sở Nội vụ.\n"
      "3. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo Sở Nội vụ.\n"
      "4. Năm 2025, toàn tỉnh có 120 doanh nghiệp nợ lương.\n");
  const V addressee{"Ủy ban nhân dân các huyện, thị xã, thành phố"};
  ASSERT_EQ(t.size(), 3u);
  for (const Task& task : t) EXPECT_EQ(task.lead, addressee) << task.action;
  EXPECT_EQ(t[0].action.rfind("Sau Tết, báo cáo", 0), 0u) << t[0].action;
}

TEST(ExtractTasks, LettersAssignToTheirAddressee) {
  const auto t = LetterTasks(
      "Giám đốc Sở Nông nghiệp và Môi trường các tỉnh, thành phố",
      "Để chủ động ứng phó với hạn hán, Bộ đề nghị quý Sở khẩn trương rà soát nguồn nước.\n"
      "1. Chỉ đạo các công ty thủy lợi vận hành hồ chứa tiết kiệm nước.\n"
      "2. Đối tượng: các xã vùng cao.\n"
      "Bộ yêu cầu các đồng chí Giám đốc Sở báo cáo kết quả trước ngày 30/6/2025.\n");
  const V addressee{"Sở Nông nghiệp và Môi trường các tỉnh, thành phố"};
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].lead, addressee);
  EXPECT_EQ(t[0].action, "khẩn trương rà soát nguồn nước");
  EXPECT_EQ(t[1].lead, addressee);
  EXPECT_EQ(t[1].action.rfind("Chỉ đạo các công ty", 0), 0u) << t[1].action;
  EXPECT_EQ(t[2].lead, addressee);
  // A reply that explains: quoted rules and lists of people give no work.
  const auto reply = LetterTasks(
      "Cục Thuế tỉnh Hà Tĩnh",
      "Về vấn đề này, Bộ có ý kiến như sau:\n"
      "1. Tại khoản 5, Điều 2 Nghị định số 120/2010/NĐ-CP của Chính phủ quy định việc miễn tiền sử dụng đất.\n"
      "a) Người hoạt động cách mạng trước ngày 01 tháng 01 năm 1945;\n"
      "b) Thân nhân liệt sĩ;\n"
      "2. Đối với hộ gia đình bà Nguyễn Thị Thủy, đề nghị Cục Thuế tỉnh căn cứ hồ sơ để giải quyết.\n");
  ASSERT_EQ(reply.size(), 1u);
  EXPECT_EQ(reply[0].lead, V{"Cục Thuế tỉnh Hà Tĩnh"});
}

// Items after a lead-in that states the issuer's own view or decision are
// what it decides, not work for the addressees; an item that names its
// party is still a task. After a request they are the addressees' work.
TEST(ExtractTasks, ItemsTheIssuerDecidesAreNoAddresseeWork) {
  const auto decided = LetterTasks(
      "Bộ Nông nghiệp và Môi trường",
      "Xét đề nghị của Bộ Nông nghiệp và Môi trường tại Tờ trình số 15/TTr-BNNMT, Thủ tướng "
      "Chính phủ có ý kiến như sau:\n"
      "1. Đồng ý bổ sung 200 tỷ đồng hỗ trợ khắc phục hậu quả hạn hán.\n"
      "2. Bộ Tài chính chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường hướng dẫn thực hiện.\n");
  ASSERT_EQ(decided.size(), 1u);
  EXPECT_EQ(decided[0].lead, V{"Bộ Tài chính"});
  const auto asked = LetterTasks(
      "Bộ Nông nghiệp và Môi trường",
      "Thủ tướng Chính phủ yêu cầu Bộ Nông nghiệp và Môi trường thực hiện như sau:\n"
      "1. Rà soát diện tích lúa bị hạn.\n");
  ASSERT_EQ(asked.size(), 1u);
  EXPECT_EQ(asked[0].lead, V{"Bộ Nông nghiệp và Môi trường"});
}

// A report recounts and asks: its addressee is given no work by its
// items, what has been done is no task, nor are the requests of its
// "Kiến nghị" section; the work it plans for a named body is.
TEST(ExtractTasks, AReportAssignsItsAddresseeNothing) {
  const Document doc = testing::StructuredText(
      "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 88/BC-UBND\n\nKính gửi: Bộ Nội vụ.\n\n"
      "I. KẾT QUẢ THỰC HIỆN\n"
      "1. Toàn tỉnh đã giải quyết việc làm cho 12.450 lao động.\n"
      "2. Ngân hàng Chính sách xã hội tỉnh đã giải ngân 245 tỷ đồng cho vay.\n"
      "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM\n"
      "1. Sở Nội vụ tổ chức 15 phiên giao dịch việc làm.\n"
      "2. Tổ chức Ngày hội việc làm vào ngày 20/9/2025.\n"
      "III. KIẾN NGHỊ\n"
      "1. Đề nghị Bộ Nội vụ bổ sung nguồn vốn cho vay giải quyết việc làm.\n");
  DocumentContext cx = testing::ContextOf(doc, std::nullopt, "Ủy ban nhân dân tỉnh Hà Tĩnh");
  cx.type_name = "Báo cáo";
  const auto t = ExtractTasks(doc, testing::Lex(), cx);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, V{"Sở Nội vụ"});
  // The same items in a letter give its addressee the party-less items.
  cx.type_name = "Công văn";
  const auto letter = ExtractTasks(doc, testing::Lex(), cx);
  EXPECT_TRUE(std::any_of(letter.begin(), letter.end(),
                          [](const Task& x) { return x.lead == V{"Bộ Nội vụ"}; }));
}

// A clause after "; " with a body as its subject is a task of its own; a
// list of bodies that share one predicate is not, nor is the execution
// clause they share.
TEST(ExtractTasks, AClauseAfterASemicolonWithItsOwnSubject) {
  auto t = TasksOf("3. Sở Xây dựng khẩn trương hoàn thiện hạ tầng giao thông; Sở Tài chính cân "
                   "đối, bố trí nguồn vốn thực hiện.\n");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].lead, V{"Sở Xây dựng"});
  EXPECT_EQ(t[1].lead, V{"Sở Tài chính"});
  EXPECT_EQ(t[1].action, "cân đối, bố trí nguồn vốn thực hiện");
  t = TasksOf("2. Công an tỉnh tăng cường tuần tra; Bộ Chỉ huy Quân sự tỉnh phối hợp với Công an "
              "tỉnh bảo vệ mục tiêu trọng yếu.\n");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[1].support, V{"Công an tỉnh"});
  // A list of bodies with the execution clause they share.
  EXPECT_TRUE(TasksOf("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Y tế, Tài "
                      "chính; Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm thi hành Quyết "
                      "định này.\n")
                  .empty());
}

// The members of a body named are a party; a standing granted is no work.
TEST(ExtractTasks, MembersOfABodyAndStandingsGranted) {
  const auto t = TasksOf(
      "4. Các thành viên Ban Chỉ huy Phòng thủ dân sự tỉnh chịu trách nhiệm trước Trưởng ban về "
      "lĩnh vực được phân công.\n"
      "5. Ban Chỉ huy Phòng thủ dân sự tỉnh sử dụng con dấu của Ủy ban nhân dân tỉnh.\n"
      "6. Ban Quản lý dự án có tư cách pháp nhân, được mở tài khoản tại Kho bạc Nhà nước.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, V{"Các thành viên Ban Chỉ huy Phòng thủ dân sự tỉnh"});
}

// A letter's opening citation that goes on to assign the work is read
// for its task; a decision's "Theo đề nghị của …" assigns nothing.
TEST(ExtractTasks, ALettersOpeningCitationThatAssigns) {
  const auto t = LetterTasks(
      "Sở Nông nghiệp và Môi trường",
      "Theo đề nghị của Bộ Nông nghiệp và Môi trường tại Công văn số 202/BNNMT-TL ngày "
      "21/01/2025 về việc góp ý dự thảo Thông tư, Chủ tịch Ủy ban nhân dân tỉnh giao Sở Nông "
      "nghiệp và Môi trường chủ trì, phối hợp với Sở Tư pháp tham gia góp ý dự thảo.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead, V{"Sở Nông nghiệp và Môi trường"});
  EXPECT_EQ(t[0].support, V{"Sở Tư pháp"});
  const Document decision = testing::StructuredText(
      "QUYẾT ĐỊNH\nVề việc kiện toàn Ban Chỉ huy\n\n"
      "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 15/TTr-SNV ngày 02/01/2024.\n\n"
      "QUYẾT ĐỊNH:\nĐiều 1. Kiện toàn Ban Chỉ huy.\n");
  EXPECT_TRUE(ExtractTasks(decision, testing::Lex(), testing::ContextOf(decision)).empty());
}

// The issuer guiding a body asks it for the work; the lead-in's own work
// is that body's task. Another body guiding one is no request of the
// issuer's.
TEST(ExtractTasks, TheIssuerGuidesABody) {
  const auto t = LetterTasks(
      "Sở Nông nghiệp và Môi trường các tỉnh",
      "Trong thời gian chờ Thông tư hướng dẫn, Bộ Nông nghiệp và Môi trường tạm thời hướng dẫn Sở "
      "Nông nghiệp và Môi trường các tỉnh thực hiện kiểm kê đất rừng như sau:\n"
      "1. Thời gian kiểm kê tối thiểu là 5 ngày.\n");
  ASSERT_FALSE(t.empty());
  EXPECT_EQ(t[0].lead, V{"Sở Nông nghiệp và Môi trường các tỉnh"});
  EXPECT_EQ(t[0].action.rfind("thực hiện kiểm kê đất rừng", 0), 0u) << t[0].action;
  EXPECT_TRUE(LetterTasks("Sở Y tế", "Sở Tài chính hướng dẫn các đơn vị lập dự toán năm 2025.\n")
                  .empty());
}

// "phối hợp, hỗ trợ" introduces partners too; words that name no body in
// the list are passed over, not taken for its end.
TEST(ExtractTasks, PartnersAfterWordsThatNameNoBody) {
  const auto t = TasksOf(
      "6. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh phối hợp, hỗ trợ chính quyền địa phương, Sở Giao "
      "thông vận tải trong công tác phân luồng giao thông.\n"
      "7. Sở Y tế phối hợp với nhân dân và Hội Chữ thập đỏ tỉnh tổ chức hiến máu.\n");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].lead, (V{"Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"}));
  EXPECT_EQ(t[0].support, V{"Sở Giao thông vận tải"});
  EXPECT_EQ(t[1].support, V{"Hội Chữ thập đỏ tỉnh"});
}

}  // namespace
}  // namespace vanban
