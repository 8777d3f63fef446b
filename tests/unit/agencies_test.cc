#include "extractors/agencies.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "tests/unit/test_support.h"

namespace vanban {
namespace {

std::vector<std::string> Names(std::string_view line) {
  std::vector<std::string> out;
  for (const auto& m : FindAgencies(line, testing::Lex())) out.push_back(m.name);
  return out;
}

using V = std::vector<std::string>;

TEST(FindAgencies, BodyAsSubjectEndsAtItsVerb) {
  EXPECT_EQ(Names("3. Sở Y tế chỉ đạo Bệnh viện Đa khoa tỉnh phối hợp với Hội Chữ thập đỏ tỉnh"),
            (V{"Sở Y tế", "Bệnh viện Đa khoa tỉnh", "Hội Chữ thập đỏ tỉnh"}));
}

// The word layer ends a name where a predicate begins, whatever its verb:
// a lower-case word with no noun reading after a complete name. Sentences
// of fields the development documents do not cover.
TEST(FindAgencies, NameEndsWhereAnyPredicateBegins) {
  const std::pair<const char*, const char*> cases[] = {
      {"Tổng cục Hải quan đồng ý gia hạn nộp thuế nhập khẩu.", "Tổng cục Hải quan"},
      {"Sở Nông nghiệp và Môi trường khẩn trương rà soát diện tích lúa bị hạn.",
       "Sở Nông nghiệp và Môi trường"},
      {"Bộ Tư pháp trả lời kiến nghị của cử tri về hộ tịch.", "Bộ Tư pháp"},
      {"Cục Đường bộ Việt Nam tạm dừng cấp phép lưu hành xe quá tải.", "Cục Đường bộ Việt Nam"},
      {"Chính phủ quy định mức lương cơ sở mới.", "Chính phủ"},
      {"Tỉnh ủy chưa ban hành nghị quyết chuyên đề.", "Tỉnh ủy"},
      {"Chi cục Kiểm lâm xử phạt các trường hợp khai thác rừng trái phép.", "Chi cục Kiểm lâm"},
      {"Sở Tài chính thẩm định dự toán kinh phí diễn tập.", "Sở Tài chính"},
      {"Ngân hàng Chính sách xã hội giải ngân vốn vay cho hộ nghèo.",
       "Ngân hàng Chính sách xã hội"},
      {"Trường Đại học Nông Lâm xác nhận danh sách sinh viên thực tập.",
       "Trường Đại học Nông Lâm"},
      {"Bộ Y tế đánh giá lại quy trình tiêm chủng.", "Bộ Y tế"},
      {"Theo Nghị định của Chính phủ chỉ áp dụng cho hộ nghèo.", "Chính phủ"},
      // An office after "và" is a person's: the name ends before it.
      {"Kiểm toán Nhà nước và Giám đốc Kho bạc thống nhất số liệu.", "Kiểm toán Nhà nước"},
  };
  for (const auto& [line, body] : cases) EXPECT_EQ(Names(line), V{body}) << line;
}

// A place's proper name ends the word its last syllable could make with
// the lower-case word after it ("Bình | thường xuyên", not "bình thường"),
// where that word is a word of its own; otherwise the lexicon's word stands.
TEST(FindAgencies, AProperNameKeepsItsSyllablesToItself) {
  const std::pair<const char*, const char*> cases[] = {
      {"Báo Quảng Bình thường xuyên đưa tin cảnh báo thiên tai.", "Báo Quảng Bình"},
      {"Đài Phát thanh và Truyền hình Thái Bình thường xuyên phát bản tin.",
       "Đài Phát thanh và Truyền hình Thái Bình"},
      {"Bệnh viện Đa khoa Hòa Bình thường xuyên cập nhật số ca bệnh.",
       "Bệnh viện Đa khoa Hòa Bình"},
      {"Hội Chữ Thập đỏ tỉnh tiếp nhận hàng cứu trợ.", "Hội Chữ Thập đỏ tỉnh"},
  };
  for (const auto& [line, body] : cases) EXPECT_EQ(Names(line), V{body}) << line;
}

// A province's name closes a body's name: the lower-case word after it is
// the sentence's, whatever its classes ("tăng" is a noun too); a level, a
// capital or "và" goes on from it (a tourism plan, a transport letter).
TEST(FindAgencies, AProvinceClosesTheName) {
  const std::pair<const char*, const char*> cases[] = {
      {"Đài Phát thanh - Truyền hình Ninh Thuận tăng thời lượng tuyên truyền.",
       "Đài Phát thanh - Truyền hình Ninh Thuận"},
      {"Báo Thái Bình tăng cường đưa tin về lễ hội.", "Báo Thái Bình"},
      {"Kho bạc Nhà nước Quảng Nam chi trả kinh phí đúng hạn.", "Kho bạc Nhà nước Quảng Nam"},
      {"Cảng vụ Hàng hải Quảng Ninh thông báo luồng tàu.", "Cảng vụ Hàng hải Quảng Ninh"},
  };
  for (const auto& [line, body] : cases) EXPECT_EQ(Names(line), V{body}) << line;
}

// A department of a hospital or a health centre is a body; "Khoa học"
// (science) opens no name.
TEST(FindAgencies, DepartmentsOfAHospital) {
  EXPECT_EQ(Names("Khoa Kiểm soát bệnh tật và HIV/AIDS lập danh sách đối tượng."),
            V{"Khoa Kiểm soát bệnh tật và HIV/AIDS"});
  EXPECT_EQ(Names("Khoa Dược - Vật tư y tế cung ứng đủ vắc xin."), V{"Khoa Dược - Vật tư y tế"});
  EXPECT_EQ(Names("Khoa học và công nghệ là động lực phát triển."), V{});
  EXPECT_EQ(Names("Sở Khoa học và Công nghệ chủ trì."), V{"Sở Khoa học và Công nghệ"});
}

// A head inside a name opens its own field as the name's head does: an end
// word written with its capital right after it is the field ("Xây dựng").
TEST(FindAgencies, AHeadInsideANameOpensItsField) {
  EXPECT_EQ(Names("Cục Chính sách - Tổng cục Xây dựng lực lượng ra quyết định."),
            V{"Cục Chính sách - Tổng cục Xây dựng lực lượng"});
  EXPECT_EQ(Names("Văn phòng Sở Xây dựng tiếp nhận hồ sơ."), V{"Văn phòng Sở Xây dựng"});
}

// A team a decision sets up is named by its task, as a committee is (fire
// safety, a census, a programme of reform).
TEST(FindAgencies, TeamsNamedByTheirTask) {
  const std::pair<const char*, const char*> cases[] = {
      {"Thành lập Đoàn kiểm tra công tác phòng cháy, chữa cháy năm 2025.",
       "Đoàn kiểm tra công tác phòng cháy, chữa cháy"},
      {"Tổ công tác về chuyển đổi số báo cáo Chủ tịch.", "Tổ công tác về chuyển đổi số"},
      {"Đoàn thanh tra việc quản lý đất đai báo cáo kết quả.",
       "Đoàn thanh tra việc quản lý đất đai"},
      // Its task cut short at a verb of the end list: the team's head, not
      // a name ending on "việc".
      {"Thành lập Đoàn kiểm tra việc chấp hành quy định về bảo vệ bí mật nhà nước.",
       "Đoàn kiểm tra"},
  };
  for (const auto& [line, body] : cases) EXPECT_EQ(Names(line), V{body}) << line;
  // A team in lower case is a common noun ("các đoàn kiểm tra liên ngành").
  EXPECT_EQ(Names("Thành lập các đoàn kiểm tra liên ngành."), V{});
}

// A branch is a body ("Chi nhánh Ngân hàng …"), but after a dash it is a
// unit of the body before it, one name with it (banking, social policy).
TEST(FindAgencies, BranchesOfABody) {
  const std::pair<const char*, const char*> cases[] = {
      {"Chi nhánh Ngân hàng Chính sách xã hội huyện tạo điều kiện cho hộ nghèo vay vốn.",
       "Chi nhánh Ngân hàng Chính sách xã hội huyện"},
      {"Ngân hàng Nhà nước - Chi nhánh Quảng Ngãi chỉ đạo các ngân hàng thương mại.",
       "Ngân hàng Nhà nước - Chi nhánh Quảng Ngãi"},
  };
  for (const auto& [line, body] : cases) EXPECT_EQ(Names(line), V{body}) << line;
}

// A level written short with its full stop goes on with the place after
// it; a full stop after a whole level ends the sentence.
// A document's type in lower case after a whole name opens the next
// phrase; a type word inside a field, or opening one in capitals, stays.
TEST(FindAgencies, DocumentTypeAfterAWholeNameEndsIt) {
  const std::pair<const char*, const char*> cases[] = {
      {"Nghị định số 112/2020/NĐ-CP của Chính phủ nghị định về xử lý kỷ luật", "Chính phủ"},
      {"theo Quốc hội luật hóa các quy định", "Quốc hội"},
      {"ý kiến của Chính phủ kế hoạch năm 2025 đã được thông qua", "Chính phủ"},
      {"Sở Kế hoạch và Đầu tư thẩm định hồ sơ.", "Sở Kế hoạch và Đầu tư"},
      {"Ban Quản lý dự án đầu tư xây dựng tỉnh triển khai thi công.",
       "Ban Quản lý dự án đầu tư xây dựng tỉnh"},
      {"Phòng Văn hóa và Thông tin huyện báo cáo kết quả.", "Phòng Văn hóa và Thông tin huyện"}};
  for (const auto& [line, body] : cases) EXPECT_EQ(Names(line), V{body}) << line;
}

// Right after an office, "tỉnh" names a province; the capitalised words
// after it that name none are the office holder's, not the body's place.
TEST(FindAgencies, OfficeHolderAfterTheLevelIsNoPlace) {
  const std::pair<const char*, const char*> cases[] = {
      {"Kết luận của Phó Chủ tịch UBND tỉnh Lâm Hải Giang tại cuộc họp",
       "Ủy ban nhân dân tỉnh"},
      {"ý kiến của PCT UBND tỉnh Võ Phiên về dự án", "Ủy ban nhân dân tỉnh"},
      {"Chủ tịch UBND tỉnh Trần Ngọc Căng đã ký", "Ủy ban nhân dân tỉnh"},
      {"Chủ tịch UBND tỉnh Quảng Ngãi yêu cầu các sở", "Ủy ban nhân dân tỉnh Quảng Ngãi"},
      {"Phó Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu chủ trì", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"},
      {"Chủ tịch UBND tỉnh Lâm Đồng Trần Hồng Thái chủ trì", "Ủy ban nhân dân tỉnh Lâm Đồng"},
      // Without an office before it, the place is read as written.
      {"gửi UBND tỉnh Hòa Bình trước ngày 15/6", "Ủy ban nhân dân tỉnh Hòa Bình"},
      {"Sở Y tế tỉnh Thừa Thiên Huế báo cáo", "Sở Y tế tỉnh Thừa Thiên Huế"}};
  for (const auto& [line, body] : cases) EXPECT_EQ(Names(line), V{body}) << line;
}

// A word that ends names in lower case ("cần") goes on with a proper name
// written with its capitals.
TEST(FindAgencies, AProperNameInsideANameGoesOn) {
  EXPECT_EQ(Names("Sở Công Thương phối hợp với Công ty Điện lực Cần Thơ kiểm tra."),
            (V{"Sở Công Thương", "Công ty Điện lực Cần Thơ"}));
  EXPECT_EQ(Names("Công ty Cấp nước Cần Thơ bảo đảm nguồn nước."), V{"Công ty Cấp nước Cần Thơ"});
  EXPECT_EQ(Names("Sở Y tế cần chủ động phương án."), V{"Sở Y tế"});
}

// An office after a comma begins another body's mention, not a field of
// the name before it; a field after the comma goes on with the name.
TEST(FindAgencies, AnOfficeAfterACommaEndsTheName) {
  EXPECT_EQ(Names("Giám đốc Sở Y tế, Giám đốc Sở Tài chính thực hiện."),
            (V{"Sở Y tế", "Sở Tài chính"}));
  EXPECT_EQ(Names("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Xây dựng, Giám đốc Công an "
                  "tỉnh chịu trách nhiệm thi hành."),
            (V{"Văn phòng Ủy ban nhân dân tỉnh", "Sở Xây dựng", "Công an tỉnh"}));
  EXPECT_EQ(Names("Sở Khoa học và Công nghệ, Thủ trưởng các sở, ban, ngành thực hiện."),
            V{"Sở Khoa học và Công nghệ"});
  EXPECT_EQ(Names("Trung tâm Văn hóa, Thể thao và Truyền thông huyện tổ chức."),
            V{"Trung tâm Văn hóa, Thể thao và Truyền thông huyện"});
}

// Places and happenings whose words start like a head are no bodies: a
// meeting hall, a fair, a meeting room; the body in them still is.
TEST(FindAgencies, HallsFairsAndRoomsAreNoBodies) {
  EXPECT_EQ(Names("Hội nghị tổ chức tại Hội trường UBND tỉnh vào ngày 18/12/2025."),
            V{"Ủy ban nhân dân tỉnh"});
  EXPECT_EQ(Names("Họp tại Phòng họp số 2, Sở Y tế."), V{"Sở Y tế"});
  EXPECT_EQ(Names("Hội chợ Xuân 2025 khai mạc tại quảng trường."), V{});
  EXPECT_EQ(Names("Hội diễn văn nghệ quần chúng toàn tỉnh."), V{});
  EXPECT_EQ(Names("Hội Nông dân tỉnh phối hợp."), V{"Hội Nông dân tỉnh"});
  EXPECT_EQ(Names("Trung tâm Hội nghị tỉnh chuẩn bị hội trường."), V{"Trung tâm Hội nghị tỉnh"});
}

TEST(FindAgencies, ShortLevelWithAFullStop) {
  EXPECT_EQ(Names("Giao UBND TP. Đà Lạt chủ trì thực hiện."),
            V{"Ủy ban nhân dân thành phố Đà Lạt"});
  EXPECT_EQ(Names("Giao UBND TX. Sơn Tây thực hiện."), V{"Ủy ban nhân dân thị xã Sơn Tây"});
  EXPECT_EQ(Names("Giao UBND Tp. Vinh thực hiện."), V{"Ủy ban nhân dân thành phố Vinh"});
  EXPECT_EQ(Names("báo cáo UBND tỉnh. Sở Y tế thực hiện."),
            (V{"Ủy ban nhân dân tỉnh", "Sở Y tế"}));
}

// Bodies of other fields: funds and protected areas, police units whose
// names join pairs with a comma and "và"; a fund of money is no body.
TEST(FindAgencies, FundsParksAndPoliceUnits) {
  const std::pair<const char*, const char*> cases[] = {
      {"Quỹ Bảo vệ và Phát triển rừng tỉnh chi trả dịch vụ môi trường rừng.",
       "Quỹ Bảo vệ và Phát triển rừng tỉnh"},
      {"Vườn quốc gia Cát Tiên phối hợp bảo vệ động vật hoang dã.", "Vườn quốc gia Cát Tiên"},
      // A field that opens with a verb in capitals after a head of two words.
      {"Tổng cục Xây dựng lực lượng Công an nhân dân hướng dẫn các đơn vị.",
       "Tổng cục Xây dựng lực lượng Công an nhân dân"},
      {"Chi cục Kiểm lâm tổ chức tuần tra rừng.", "Chi cục Kiểm lâm"},
      {"Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh kiểm tra an toàn.",
       "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh"},
      {"Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh họp.",
       "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh"},
  };
  for (const auto& [line, body] : cases) EXPECT_EQ(Names(line), V{body}) << line;
  EXPECT_EQ(Names("không thuộc phạm vi thanh toán của Quỹ bảo hiểm y tế"), V{});
  // "các" and nouns to the body's level are the object of its field.
  EXPECT_EQ(Names("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh đẩy nhanh."),
            V{"Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"});
  EXPECT_EQ(Names("Ban Quản lý các khu công nghiệp tỉnh hướng dẫn doanh nghiệp."),
            V{"Ban Quản lý các khu công nghiệp tỉnh"});
  EXPECT_EQ(Names("Ban Chỉ đạo quốc gia các chủ trương lớn."), V{"Ban Chỉ đạo quốc gia"});
  // A pair joined by "và" in lower case that is no pair of the name's.
  EXPECT_EQ(Names("Công an tỉnh và cứu hộ viên có mặt."), V{"Công an tỉnh"});
}

// Offices are no bodies, a document's type after a comma is no part of a
// name, an adverb after a bare head names nothing.
TEST(FindAgencies, OfficesTypesAndAdverbsAreNoBodies) {
  EXPECT_EQ(Names("- Bộ trưởng (để b/c);"), V{});
  EXPECT_EQ(Names("Bộ trưởng Phạm Thị Hải Chuyền đã chỉ đạo"), V{});
  EXPECT_EQ(Names("Chủ tịch Ủy ban nhân dân tỉnh quyết định"), V{"Ủy ban nhân dân tỉnh"});
  EXPECT_EQ(Names("Chỉ thị của Bộ Chính trị, Quyết định của Thủ tướng Chính phủ"),
            (V{"Bộ Chính trị", "Thủ tướng Chính phủ"}));
  EXPECT_EQ(Names("Đề nghị Bộ khẩn trương báo cáo."), V{});
  EXPECT_EQ(Names("Sở Tài chính chưa có ý kiến."), V{"Sở Tài chính"});
}

// Near misses: verbs and adjectives that belong to a name — a compound
// field, a committee's purpose, the field right after a head, a level.
TEST(FindAgencies, VerbsInsideANameKeepIt) {
  const char* names[] = {
      "Bộ Giao thông vận tải",
      "Trung tâm Xúc tiến đầu tư tỉnh",
      "Ban An toàn giao thông tỉnh",
      "Cục Thi hành án dân sự tỉnh",
      "Viện kiểm sát nhân dân tối cao",
      "Trung tâm điều dưỡng người có công",
      "Đài truyền thanh xã",
      "Hội Chữ thập đỏ tỉnh",
      "Hội Cựu Thanh niên xung phong tỉnh",
      "Ban Chỉ đạo phòng, chống dịch tả lợn châu Phi tỉnh",
      "Ban Chỉ huy Phòng thủ dân sự tỉnh",
      "Chi cục Chăn nuôi và Thú y tỉnh",
  };
  for (const char* name : names) {
    EXPECT_EQ(Names(std::string(name) + " tổ chức kiểm tra."), V{name}) << name;
  }
}

// Lists that share a head or a level name each body in full.
// A body named inside a name keeps its head's words whole: the office of
// a steering committee is not cut at the verb "chỉ đạo" its head spells.
TEST(FindAgencies, ABodyNamedInsideANameKeepsItsHead) {
  EXPECT_EQ(Names("1. Văn phòng Ban Chỉ đạo quốc gia phòng chống dịch chủ trì tổng hợp."),
            V{"Văn phòng Ban Chỉ đạo quốc gia phòng chống dịch"});
  EXPECT_EQ(Names("Văn phòng Ban Chỉ đạo 389 tỉnh theo dõi, đôn đốc."),
            V{"Văn phòng Ban Chỉ đạo 389 tỉnh"});
}

// A short form of work ("PCTT": phòng, chống thiên tai) after "về" is a
// committee's purpose, though its first word spells the head "Phòng".
TEST(FindAgencies, APurposeWrittenShort) {
  EXPECT_EQ(Names("- Ban Chỉ đạo Quốc gia về PCTT (b/c);"),
            V{"Ban Chỉ đạo Quốc gia về phòng, chống thiên tai"});
}

// A whole name after a head is the body's owner and closes its name (the
// party's committees that every provincial letter copies); right after a
// committee's head a capital end word opens its field.
TEST(FindAgencies, AWholeNameOwnsTheBodyBeforeIt) {
  EXPECT_EQ(Names("- Ban Tuyên giáo Tỉnh ủy; Văn phòng Tỉnh ủy;"),
            (V{"Ban Tuyên giáo Tỉnh ủy", "Văn phòng Tỉnh ủy"}));
  EXPECT_EQ(Names("Ban Dân vận Huyện ủy và Ủy ban nhân dân huyện phối hợp."),
            (V{"Ban Dân vận Huyện ủy", "Ủy ban nhân dân huyện"}));
  EXPECT_EQ(Names("Ủy ban Kiểm tra Tỉnh ủy kiểm tra."), V{"Ủy ban Kiểm tra Tỉnh ủy"});
  EXPECT_EQ(Names("Thủ tướng Chính phủ yêu cầu."), V{"Thủ tướng Chính phủ"});
}

// Each province's one office of its National Assembly delegation and its
// People's Council: "và" inside that name joins no second body.
TEST(FindAgencies, TheOfficeOfTheDelegationAndTheCouncilIsOneBody) {
  EXPECT_EQ(Names("- Văn phòng Đoàn ĐBQH và HĐND tỉnh;"),
            V{"Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh"});
  EXPECT_EQ(Names("- Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh;"),
            (V{"Đoàn Đại biểu Quốc hội", "Hội đồng nhân dân tỉnh"}));
}

// A district's one office of its council and its committee, as the
// delegation's office above; the council and committee alone are two.
TEST(FindAgencies, TheOfficeOfADistrictsCouncilAndCommitteeIsOneBody) {
  EXPECT_EQ(Names("Giao Văn phòng HĐND và UBND huyện theo dõi, đôn đốc."),
            V{"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"});
  EXPECT_EQ(Names("- Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Gia Lâm;"),
            V{"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Gia Lâm"});
  // Without "Văn phòng" they are two, the level shared.
  EXPECT_EQ(Names("Thường trực HĐND và UBND huyện chỉ đạo."),
            (V{"Thường trực Hội đồng nhân dân huyện", "Ủy ban nhân dân huyện"}));
}

// The youth union's provincial and city bodies, written either way.
TEST(FindAgencies, TheYouthUnionWithItsCapitalOrWithout) {
  EXPECT_EQ(Names("Đề nghị Tỉnh Đoàn Nghệ An vận động đoàn viên."), V{"Tỉnh Đoàn Nghệ An"});
  EXPECT_EQ(Names("Thành Đoàn Hà Nội chủ trì tổ chức."), V{"Thành Đoàn Hà Nội"});
  EXPECT_EQ(Names("Tỉnh đoàn phối hợp tuyên truyền."), V{"Tỉnh đoàn"});
  EXPECT_EQ(Names("Huyện Đoàn, Hội Phụ nữ huyện tham gia."), (V{"Huyện Đoàn", "Hội Phụ nữ huyện"}));
}

// "sau" (after) ends a name like "trước": "báo cáo về Sở sau mỗi phiên"
// names the Sở the text is about, not a "Sở sau …"; a body whose field
// holds it as a word keeps it.
TEST(FindAgencies, AfterEndsANameButInsideAWord) {
  EXPECT_EQ(Names("Trung tâm Dịch vụ việc làm tỉnh báo cáo về Sở sau mỗi phiên."),
            V{"Trung tâm Dịch vụ việc làm tỉnh"});
  EXPECT_EQ(Names("Sở Y tế sau khi nhận hồ sơ thẩm định."), V{"Sở Y tế"});
  EXPECT_EQ(Names("Cục Kiểm tra sau thông quan phối hợp."), V{"Cục Kiểm tra sau thông quan"});
}

// "thanh tra" (inspect) and "không" (not) after a name open the
// predicate; inside a word of the name ("Hàng không") or as a head
// ("Thanh tra tỉnh") they are the name's.
TEST(FindAgencies, InspectAndNotEndAName) {
  EXPECT_EQ(Names("phối hợp với Sở Xây dựng thanh tra việc cấp phép."), V{"Sở Xây dựng"});
  EXPECT_EQ(Names("Công ty Điện lực Hải Dương không cung cấp điện."), V{"Công ty Điện lực Hải Dương"});
  EXPECT_EQ(Names("Cục Hàng không Việt Nam phối hợp."), V{"Cục Hàng không Việt Nam"});
  EXPECT_EQ(Names("Thanh tra tỉnh chủ trì."), V{"Thanh tra tỉnh"});
}

// A common noun that begins like a body: a pool of blood donors ("ngân
// hàng máu sống").
TEST(FindAgencies, CommonNounsThatBeginLikeABody) {
  EXPECT_EQ(Names("Câu lạc bộ HMTN và các Ngân hàng máu sống tham gia."), V{});
  EXPECT_EQ(Names("Trường Đại học Hải Phòng tổ chức."), V{"Trường Đại học Hải Phòng"});
  EXPECT_EQ(Names("Ngân hàng Nhà nước chi nhánh tỉnh phối hợp."), V{"Ngân hàng Nhà nước chi nhánh tỉnh"});
}

// A law's title names what it organises, no body the document names.
TEST(FindAgencies, ALawsTitleNamesNoBody) {
  EXPECT_EQ(Names("Căn cứ Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương;"), V{});
  EXPECT_EQ(Names("Căn cứ Luật Tổ chức Tòa án nhân dân năm 2014; Chính phủ ban hành Nghị định."),
            V{"Chính phủ"});
  EXPECT_EQ(Names("Luật Tổ chức Quốc hội; Quốc hội giám sát."), V{"Quốc hội"});
}

// An elliptical list after its kind in lower case names each body, its
// fields whole ("và" inside "Thương binh và Xã hội" is the field's).
TEST(FindAgencies, AListAfterItsKindInLowerCase) {
  EXPECT_EQ(Names("Giám đốc các sở: Giáo dục và Đào tạo, Kế hoạch và Đầu tư, Tài chính, Lao động - "
                  "Thương binh và Xã hội; Chủ tịch UBND huyện thi hành."),
            (V{"Sở Giáo dục và Đào tạo", "Sở Kế hoạch và Đầu tư", "Sở Tài chính",
               "Sở Lao động - Thương binh và Xã hội", "Ủy ban nhân dân huyện"}));
  EXPECT_EQ(Names("phối hợp với các sở: Y tế, Nội vụ."), (V{"Sở Y tế", "Sở Nội vụ"}));
  EXPECT_EQ(Names("các Sở: Y tế và Tài chính phối hợp."), (V{"Sở Y tế", "Sở Tài chính"}));
  // Near misses: no list after the colon, no "các".
  EXPECT_EQ(Names("các sở: đề nghị thực hiện."), V{});
  EXPECT_EQ(Names("Ý kiến của sở: Y tế đồng ý."), V{});
}

// Short forms of a broadcaster's field, written three ways.
TEST(FindAgencies, TheBroadcastersShortForms) {
  EXPECT_EQ(Names("- Đài PTTH tỉnh;"), V{"Đài Phát thanh và Truyền hình tỉnh"});
  EXPECT_EQ(Names("- Đài PT-TH tỉnh;"), V{"Đài Phát thanh - Truyền hình tỉnh"});
  EXPECT_EQ(Names("- Đài PT&TH tỉnh;"), V{"Đài Phát thanh và Truyền hình tỉnh"});
}

// A body named in capitals in the text (a công điện's opening) is that
// body, written as names are; a word in capitals alone is no head.
TEST(FindAgencies, ANameInCapitals) {
  EXPECT_EQ(Names("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:"), V{"Ủy ban nhân dân tỉnh"});
  EXPECT_EQ(Names("SỞ GIÁO DỤC VÀ ĐÀO TẠO thông báo:"), V{"Sở Giáo dục và Đào tạo"});
  EXPECT_EQ(Names("BAN HÀNH KÈM THEO QUYẾT ĐỊNH NÀY"), V{});
}

// A table row is one line of tab-separated cells: no name runs from one
// cell into the next, neither its field nor its place.
TEST(FindAgencies, ANameEndsWithItsCell) {
  EXPECT_EQ(Names("1\tRà soát thủ tục hành chính\tSở Nội vụ\tCác sở, ban, ngành\tTháng 10/2025"),
            V{"Sở Nội vụ"});
  EXPECT_EQ(Names("3\tTổ chức Hội thi\tSở Nội vụ\tĐoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh\t"
                  "Quý I/2026"),
            (V{"Sở Nội vụ", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"}));
  EXPECT_EQ(Names("2\tSố hóa hồ sơ\tỦy ban nhân dân tỉnh Quảng Trị\tBộ Nội vụ"),
            (V{"Ủy ban nhân dân tỉnh Quảng Trị", "Bộ Nội vụ"}));
}

// "Đội" heads teams of the police, market watch and the army; "đội ngũ"
// (staff) and its kin are words.
TEST(FindAgencies, TeamsAreBodies) {
  EXPECT_EQ(Names("Đội Quản lý thị trường số 3 kiểm tra."), V{"Đội Quản lý thị trường số 3"});
  EXPECT_EQ(Names("Đội ngũ cán bộ được kiện toàn."), V{});
}

// Right after a committee's head "các" opens its field; elsewhere it is a
// level or the sentence's.
TEST(FindAgencies, ACommitteeFieldMayOpenWithCac) {
  EXPECT_EQ(Names("- Ủy ban các vấn đề xã hội của Quốc hội;"),
            V{"Ủy ban các vấn đề xã hội của Quốc hội"});
  EXPECT_EQ(Names("Ban Chỉ đạo các huyện tổ chức."), V{"Ban Chỉ đạo các huyện"});
}

// The official gazette is a body whose name is whole: after "và" it is
// the next body, not more of the portal's name.
TEST(FindAgencies, TheGazetteIsABodyOfItsOwn) {
  EXPECT_EQ(Names("Đăng tải trên Cổng Thông tin điện tử Chính phủ và Công báo."),
            (V{"Cổng Thông tin điện tử Chính phủ", "Công báo"}));
}

// E-government is a way of working that the Government names, not a body.
TEST(FindAgencies, DigitalGovernmentIsNoBody) {
  EXPECT_EQ(Names("xây dựng Chính quyền số, phát triển Chính phủ điện tử theo chỉ đạo của Chính phủ"),
            V{"Chính phủ"});
}

TEST(FindAgencies, SharedHeadsAndLevelsExpandToEachBody) {
  EXPECT_EQ(Names("- HĐND, UBND các tỉnh, TP trực thuộc TW;"),
            (V{"Hội đồng nhân dân các tỉnh, thành phố trực thuộc Trung ương",
               "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"}));
  EXPECT_EQ(Names("Giao Công an và Ủy ban nhân dân các xã kiểm tra."),
            (V{"Công an các xã", "Ủy ban nhân dân các xã"}));
  EXPECT_EQ(Names("đề nghị các Sở: Y tế, Tài chính, Nội vụ phối hợp"),
            (V{"Sở Y tế", "Sở Tài chính", "Sở Nội vụ"}));
  EXPECT_EQ(Names("Liên Bộ: LĐTBXH, Tài chính, Y tế hướng dẫn"),
            (V{"Bộ Lao động - Thương binh và Xã hội", "Bộ Tài chính", "Bộ Y tế"}));
  EXPECT_EQ(Names("Giám đốc các Sở: Kế hoạch và Đầu tư, Giao thông vận tải và Xây dựng;"),
            (V{"Sở Kế hoạch và Đầu tư", "Sở Giao thông vận tải", "Sở Xây dựng"}));
  // A field that is a head of its own kind, standing alone in the list;
  // with a level it is a body of its own.
  EXPECT_EQ(Names("- Các Bộ: Quốc phòng, Công an, Ngoại giao;"),
            (V{"Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao"}));
  EXPECT_EQ(Names("- Các Sở: Y tế, Công an tỉnh;"), (V{"Sở Y tế", "Công an tỉnh"}));
  EXPECT_EQ(Names("các Bộ: Công Thương, Nông nghiệp và Môi trường."),
            (V{"Bộ Công Thương", "Bộ Nông nghiệp và Môi trường"}));
  // A field whose own name holds "và" stays whole as the list's last item;
  // the list's "và" between two fields still parts them.
  EXPECT_EQ(Names("lãnh đạo các Sở: Y tế, Giáo dục và Đào tạo."),
            (V{"Sở Y tế", "Sở Giáo dục và Đào tạo"}));
  EXPECT_EQ(Names("Giao các Bộ: Giáo dục và Đào tạo, Y tế, Khoa học và Công nghệ thực hiện."),
            (V{"Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Khoa học và Công nghệ"}));
  EXPECT_EQ(Names("Các Sở: Tài nguyên và Môi trường, Xây dựng và Công Thương phối hợp."),
            (V{"Sở Tài nguyên và Môi trường", "Sở Xây dựng", "Sở Công Thương"}));
  EXPECT_EQ(Names("các Ban: Dân tộc và Tôn giáo, Tuyên giáo."),
            (V{"Ban Dân tộc và Tôn giáo", "Ban Tuyên giáo"}));
  EXPECT_EQ(Names("các Sở: Y tế, Tài chính và Nội vụ."),
            (V{"Sở Y tế", "Sở Tài chính", "Sở Nội vụ"}));
  EXPECT_EQ(Names("Kho bạc Nhà nước cấp huyện thanh toán"), V{"Kho bạc Nhà nước cấp huyện"});
  EXPECT_EQ(Names("Ủy ban nhân dân các huyện, thị xã trực thuộc tỉnh"),
            V{"Ủy ban nhân dân các huyện, thị xã trực thuộc tỉnh"});
  // Near misses: a body with a field of its own lends nothing, codes after a
  // colon are no fields, a whole name takes no level.
  EXPECT_EQ(Names("Sở Tài chính, Kho bạc Nhà nước tỉnh"),
            (V{"Sở Tài chính", "Kho bạc Nhà nước tỉnh"}));
  EXPECT_EQ(Names("- Các Phòng: VX, NC;"), V{});
  EXPECT_EQ(Names("- TT Tỉnh ủy, TT HĐND tỉnh;"),
            (V{"Thường trực Tỉnh ủy", "Thường trực Hội đồng nhân dân tỉnh"}));
}

// A committee is named by its purpose, after "về" too; "về việc" is a subject.
TEST(FindAgencies, CommitteesKeepTheirPurpose) {
  EXPECT_EQ(Names("- VP BCĐ TW về phòng, chống tham nhũng;"),
            V{"Văn phòng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"});
  EXPECT_EQ(Names("Ban Chỉ đạo quốc gia về chuyển đổi số chỉ đạo"),
            V{"Ban Chỉ đạo quốc gia về chuyển đổi số"});
  EXPECT_EQ(Names("Ban Chỉ đạo tỉnh về việc triển khai"), V{"Ban Chỉ đạo tỉnh"});
  EXPECT_EQ(Names("Sở Y tế tỉnh về tình hình dịch"), V{"Sở Y tế tỉnh"});
  // A purpose lists its work with commas; "các" goes on with a level, a
  // kind of body or a purpose's object, not with the sentence.
  EXPECT_EQ(Names("Ban Chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ chỉ đạo"),
            V{"Ban Chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ"});
  EXPECT_EQ(Names("Ủy ban về các vấn đề xã hội của Quốc hội"),
            V{"Ủy ban về các vấn đề xã hội của Quốc hội"});
  EXPECT_EQ(Names("Ban Chỉ đạo quốc gia các chủ trương"), V{"Ban Chỉ đạo quốc gia"});
  EXPECT_EQ(Names("Ban Chỉ đạo ở các quân khu do đồng chí Phó Chính ủy làm trưởng ban"),
            V{"Ban Chỉ đạo"});
}

TEST(FindAgencies, FieldNamesWithAndAndDash) {
  EXPECT_EQ(Names("Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội chỉ đạo"),
            (V{"Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội"}));
}

TEST(FindAgencies, CollectiveOfLevelsStaysWhole) {
  EXPECT_EQ(Names("Ủy ban nhân dân các huyện, thành phố theo quy định"),
            (V{"Ủy ban nhân dân các huyện, thành phố"}));
  // Without "các" a list of levels is as collective: "tỉnh, thành phố
  // trực thuộc Trung ương" is every province.
  EXPECT_EQ(Names("Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm"),
            (V{"Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"}));
  EXPECT_EQ(Names("Ủy ban nhân dân huyện, thành phố chỉ đạo các trường học"),
            (V{"Ủy ban nhân dân huyện, thành phố"}));
  EXPECT_EQ(Names("Hội đồng nhân dân, Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"),
            (V{"Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương",
               "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"}));
  EXPECT_EQ(Names("Phòng Giáo dục và Đào tạo huyện, thị xã hướng dẫn"),
            (V{"Phòng Giáo dục và Đào tạo huyện, thị xã"}));
  // Near misses: what follows the comma is another body, or no level.
  EXPECT_EQ(Names("Ủy ban nhân dân tỉnh, Sở Y tế, Công an tỉnh"),
            (V{"Ủy ban nhân dân tỉnh", "Sở Y tế", "Công an tỉnh"}));
  EXPECT_EQ(Names("báo cáo Ủy ban nhân dân huyện, đồng thời gửi Sở Tài chính"),
            (V{"Ủy ban nhân dân huyện", "Sở Tài chính"}));
}

// A unit listed after its owner's short form and a colon is the owner's;
// a whole name, a unit with its own level, and what follows the item are
// not.
TEST(FindAgencies, UnitsInTheirOwnersList) {
  EXPECT_EQ(Names("- VPCP: BTCN, các PCN, Trợ lý TTCP, Cổng TTĐT, các Vụ, Cục, đơn vị trực "
                  "thuộc, Công báo;"),
            (V{"Văn phòng Chính phủ", "Cổng Thông tin điện tử Văn phòng Chính phủ", "Công báo"}));
  EXPECT_EQ(Names("- VPUB: CVP, PCVP, Trung tâm Thông tin;"),
            (V{"Văn phòng Ủy ban nhân dân", "Trung tâm Thông tin Văn phòng Ủy ban nhân dân"}));
  EXPECT_EQ(Names("- VPCP: BTCN, các PCN; Bộ Y tế; Cổng TTĐT tỉnh."),
            (V{"Văn phòng Chính phủ", "Bộ Y tế", "Cổng Thông tin điện tử tỉnh"}));
}

// Words that start like a head but name a code of law or a place.
TEST(FindAgencies, CodesOfLawAndPlacesAreNoBodies) {
  EXPECT_EQ(Names("theo quy định của Bộ Luật Lao động năm 2019"), V{});
  EXPECT_EQ(Names("Bộ luật Hình sự và Luật Xử lý vi phạm hành chính"), V{});
  EXPECT_EQ(Names("khu vực Hoàng Sa, Trường Sa, DK1; các tỉnh Tây Nguyên"), V{});
  EXPECT_EQ(Names("tuyến đường Trường Sơn qua huyện"), V{});
  // A law or an ordinance named after what it governs (fire safety, the
  // police, floods): no body.
  EXPECT_EQ(Names("Căn cứ Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ ngày 29/11/2024;"), V{});
  EXPECT_EQ(Names("Căn cứ Luật Công an nhân dân ngày 20/11/2018;"), V{});
  EXPECT_EQ(Names("theo Pháp lệnh Phòng, chống lụt, bão"), V{});
  // Near misses: a ministry and a school.
  EXPECT_EQ(Names("Bộ Lao động - Thương binh và Xã hội hướng dẫn"),
            (V{"Bộ Lao động - Thương binh và Xã hội"}));
  EXPECT_EQ(Names("Trường Tiểu học Trường Sơn tổ chức"), (V{"Trường Tiểu học Trường Sơn"}));
  EXPECT_EQ(Names("Tư lệnh Bộ Tư lệnh Quân khu 4 chỉ đạo"), (V{"Bộ Tư lệnh Quân khu 4"}));
}

// The telecom and postal groups' provincial units are bodies; the common
// nouns are not.
TEST(FindAgencies, TelecomAndPostalUnits) {
  EXPECT_EQ(Names("7. Đề nghị Viễn thông Tuyên Quang, Viettel Tuyên Quang phối hợp hỗ trợ"),
            (V{"Viễn thông Tuyên Quang", "Viettel Tuyên Quang"}));
  EXPECT_EQ(Names("Bưu điện tỉnh chi trả trợ cấp hằng tháng"), (V{"Bưu điện tỉnh"}));
  EXPECT_EQ(Names("phát triển hạ tầng viễn thông và dịch vụ bưu điện"), V{});
}

// Trade unions are bodies; the common noun is not.
TEST(FindAgencies, TradeUnionsAreBodies) {
  EXPECT_EQ(Names("Công đoàn Viên chức tỉnh phát động thi đua"), (V{"Công đoàn Viên chức tỉnh"}));
  EXPECT_EQ(Names("phối hợp với Công đoàn Khu kinh tế tổ chức hiến máu"),
            (V{"Công đoàn Khu kinh tế"}));
  EXPECT_EQ(Names("Công đoàn ngành Y tế vận động đoàn viên"), (V{"Công đoàn ngành Y tế"}));
  EXPECT_EQ(Names("phát huy vai trò của tổ chức công đoàn trong doanh nghiệp"), V{});
}

// "các cấp" after a list of bodies found at every level is each one's;
// not a ministry's or department's, nor a body's that has a level.
TEST(FindAgencies, EveryLevelDistributesOverTheList) {
  EXPECT_EQ(Names("- Mặt trận Tổ quốc Việt Nam và Hội Cựu chiến binh các cấp."),
            (V{"Mặt trận Tổ quốc Việt Nam các cấp", "Hội Cựu chiến binh các cấp"}));
  EXPECT_EQ(Names("Mặt trận Tổ quốc Việt Nam, Hội Cựu chiến binh, Đoàn Thanh niên Cộng sản Hồ "
                  "Chí Minh các cấp tuyên truyền"),
            (V{"Mặt trận Tổ quốc Việt Nam các cấp", "Hội Cựu chiến binh các cấp",
               "Đoàn Thanh niên Cộng sản Hồ Chí Minh các cấp"}));
  EXPECT_EQ(Names("- Ban Công tác đặc biệt, Ban Chuyên trách các cấp."),
            (V{"Ban Công tác đặc biệt các cấp", "Ban Chuyên trách các cấp"}));
  EXPECT_EQ(Names("Hội Nông dân, Hội Liên hiệp Phụ nữ và Công đoàn các cấp vận động hội viên"),
            (V{"Hội Nông dân các cấp", "Hội Liên hiệp Phụ nữ các cấp", "Công đoàn các cấp"}));
  EXPECT_EQ(Names("Công an, Tòa án nhân dân và Viện kiểm sát nhân dân các cấp phối hợp"),
            (V{"Công an các cấp", "Tòa án nhân dân các cấp", "Viện kiểm sát nhân dân các cấp"}));
  // Near misses: a department stands at one level; a body with its own
  // level keeps it; a body in another clause is not listed.
  EXPECT_EQ(Names("Sở Nội vụ, Ban Thi đua - Khen thưởng các cấp hướng dẫn"),
            (V{"Sở Nội vụ", "Ban Thi đua - Khen thưởng các cấp"}));
  EXPECT_EQ(Names("Hội Chữ thập đỏ tỉnh và Ban Chỉ đạo các cấp"),
            (V{"Hội Chữ thập đỏ tỉnh", "Ban Chỉ đạo các cấp"}));
  EXPECT_EQ(Names("Hội Nông dân tuyên truyền; Công đoàn các cấp vận động"),
            (V{"Hội Nông dân", "Công đoàn các cấp"}));
  EXPECT_EQ(Names("Ban Chỉ đạo quốc gia, Ban Chỉ đạo các cấp"),
            (V{"Ban Chỉ đạo quốc gia", "Ban Chỉ đạo các cấp"}));
}

TEST(FindAgencies, PlaceAfterTheLevel) {
  EXPECT_EQ(Names("của Ủy ban nhân dân tỉnh Lạng Sơn về tăng cường"),
            (V{"Ủy ban nhân dân tỉnh Lạng Sơn"}));
}

TEST(FindAgencies, PlaceNamesThatHoldAHeadOrFormAList) {
  // "Phòng" of Hải Phòng is no new body; a new body starts a capitalised name.
  EXPECT_EQ(Names("Hội Chữ thập đỏ thành phố Hải Phòng - Cơ quan Thường trực"),
            (V{"Hội Chữ thập đỏ thành phố Hải Phòng"}));
  EXPECT_EQ(Names("Ủy ban nhân dân huyện Phú Bình, Phòng Y tế huyện"),
            (V{"Ủy ban nhân dân huyện Phú Bình", "Phòng Y tế huyện"}));
  // After a plural level, places one after another.
  EXPECT_EQ(Names("Ban Chỉ đạo các huyện Văn Quan, Văn Lãng, Tràng Định và Công an tỉnh"),
            (V{"Ban Chỉ đạo các huyện Văn Quan, Văn Lãng, Tràng Định", "Công an tỉnh"}));
  // After a singular one, the comma ends the body.
  EXPECT_EQ(Names("Ủy ban nhân dân tỉnh Lạng Sơn, Sở Y tế"),
            (V{"Ủy ban nhân dân tỉnh Lạng Sơn", "Sở Y tế"}));
}

// A field that opens with a word that elsewhere ends a name ("tổ chức",
// "xây dựng"), written with its capital right after a one-word head; not
// after a whole name ("… của Chính phủ Quy định chi tiết …"). "và" before
// another head joins two bodies.
TEST(FindAgencies, FieldOpeningWithAVerbAndBodiesJoinedByVa) {
  EXPECT_EQ(Names("4. Phòng Tổ chức cán bộ chủ trì bồi dưỡng."), V{"Phòng Tổ chức cán bộ"});
  EXPECT_EQ(Names("Sở Xây dựng, Sở Giao thông vận tải phối hợp."),
            (V{"Sở Xây dựng", "Sở Giao thông vận tải"}));
  EXPECT_EQ(Names("Nghị định số 26/2020/NĐ-CP của Chính phủ Quy định chi tiết"), V{"Chính phủ"});
  EXPECT_EQ(Names("phối hợp với Cục Thi hành án dân sự và Ủy ban nhân dân các huyện"),
            (V{"Cục Thi hành án dân sự", "Ủy ban nhân dân các huyện"}));
  EXPECT_EQ(Names("Sở Y tế tổ chức tiêm."), V{"Sở Y tế"});
}

TEST(FindAgencies, WordsThatStartLikeAHeadAreNoBodies) {
  EXPECT_EQ(Names("Trường hợp còn ý kiến khác nhau giữa các Bộ"), V{});
  EXPECT_EQ(Names("Ban hành kế hoạch; Hội nghị tổng kết; Báo cáo Sở Y tế"), V{"Sở Y tế"});
  EXPECT_EQ(Names("Phòng, chống thiên tai là nhiệm vụ của Phòng Nông nghiệp huyện"),
            V{"Phòng Nông nghiệp huyện"});
  EXPECT_EQ(Names("nhân dịp kỷ niệm ngày thành lập Đoàn 26/3"), V{});
  EXPECT_EQ(Names("Trường Đại học Hải Phòng tiến hành lập danh sách"),
            V{"Trường Đại học Hải Phòng"});
  EXPECT_EQ(Names("báo cáo Bộ Giáo dục và Đào tạo trước ngày 15/7/2026"),
            V{"Bộ Giáo dục và Đào tạo"});
  // Crop seasons and cases start like a ministry's department ("Vụ").
  EXPECT_EQ(Names("Vụ Đông Xuân năm trước, toàn tỉnh gieo trồng 228.500 ha"), V{});
  EXPECT_EQ(Names("Vụ việc phải được xử lý dứt điểm"), V{});
  EXPECT_EQ(Names("Vụ Pháp chế chủ trì thẩm định"), V{"Vụ Pháp chế"});
}

TEST(FindAgencies, AbbreviationsWrittenOutAndKept) {
  const auto m = FindAgencies("- BCĐ Quốc gia VĐ HMTN;", testing::Lex());
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].name, "Ban Chỉ đạo Quốc gia vận động hiến máu tình nguyện");
  EXPECT_EQ(m[0].abbreviation, "BCĐ Quốc gia VĐ HMTN");
}

TEST(FindAgencies, LowerCaseNameRunsToItsLevel) {
  EXPECT_EQ(Names("Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh và Ban Chỉ đạo các huyện"),
            (V{"Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh", "Ban Chỉ đạo các huyện"}));
}

TEST(FindAgencies, CommaInsideAName) {
  EXPECT_EQ(Names("Trung tâm Văn hóa, Thể thao và Truyền thông huyện thực hiện"),
            (V{"Trung tâm Văn hóa, Thể thao và Truyền thông huyện"}));
}

TEST(FindAgencies, FootnoteMarkIsNotPartOfTheName) {
  EXPECT_EQ(Names("phối hợp với Hội Chữ thập đỏ tỉnh¹, Viện Huyết học - Truyền máu Trung ương"),
            (V{"Hội Chữ thập đỏ tỉnh", "Viện Huyết học - Truyền máu Trung ương"}));
  // Several marks, of both the two- and the three-byte kinds.
  EXPECT_EQ(Names("phối hợp với Sở Y tế¹⁰ và Sở Tài chính⁴², Viện Pasteur⁹"),
            (V{"Sở Y tế", "Sở Tài chính", "Viện Pasteur"}));
}

TEST(FindAgencies, WholeHeadsStandAlone) {
  EXPECT_EQ(Names("Nghị định số 105/2025/NĐ-CP ngày 15/5/2025 của Chính phủ;"), (V{"Chính phủ"}));
  // The Youth Union's committees at their level.
  EXPECT_EQ(Names("Đề nghị Hội Liên hiệp Phụ nữ huyện, Huyện đoàn phối hợp tuyên truyền"),
            (V{"Hội Liên hiệp Phụ nữ huyện", "Huyện đoàn"}));
  EXPECT_EQ(Names("Tỉnh đoàn chủ trì"), (V{"Tỉnh đoàn"}));
}

// A whole name ends before a verb even where a longer noun begins with it;
// a document joined by "và" or named by its number after a body is no
// part of its name; "ra quyết định" is what a body does.
TEST(FindAgencies, WholeNamesEndBeforeVerbsDocumentsAndNumbers) {
  EXPECT_EQ(Names("giúp Chính phủ quản lý nhà nước về an toàn thực phẩm"), (V{"Chính phủ"}));
  EXPECT_EQ(Names("theo Nghị định của Chính phủ và Luật Thủy sản"), (V{"Chính phủ"}));
  EXPECT_EQ(Names("Quyết định của Thủ tướng Chính phủ số 45/2024/QĐ-TTg ngày"),
            (V{"Thủ tướng Chính phủ"}));
  EXPECT_EQ(Names("Bộ Quốc phòng ra quyết định điều động"), (V{"Bộ Quốc phòng"}));
  // Near misses: a school's number, a field joined by "và".
  EXPECT_EQ(Names("Trường Tiểu học số 2 xã Tân Lập tổ chức"), (V{"Trường Tiểu học số 2 xã Tân Lập"}));
  EXPECT_EQ(Names("Sở Văn hóa và Thể thao chủ trì"), (V{"Sở Văn hóa và Thể thao"}));
}

// Bodies of a kind that another body has, and a level relative to the
// reader, name no body; a name does not end on a joining word, nor take
// the document's closing "./." for a word.
TEST(FindAgencies, KindsRolesAndJoiningWordsAreNoNames) {
  EXPECT_EQ(Names("- Văn phòng Trung ương và các Ban của Đảng;"), (V{"Văn phòng Trung ương"}));
  EXPECT_EQ(Names("báo cáo Ủy ban nhân dân cùng cấp để chỉ đạo"), V{});
  EXPECT_EQ(Names("xin ý kiến cơ quan cấp trên"), V{});
  // Units of the bodies of a kind are one name with them.
  EXPECT_EQ(Names("các Phòng Giao dịch của các Ngân hàng thương mại"),
            (V{"Phòng Giao dịch của các Ngân hàng thương mại"}));
  EXPECT_EQ(Names("chuyển đến Sở Lao động - Thương binh và Xã hội./."),
            (V{"Sở Lao động - Thương binh và Xã hội"}));
  // Near miss: a body of a level, named.
  EXPECT_EQ(Names("báo cáo Ủy ban nhân dân cấp huyện"), (V{"Ủy ban nhân dân cấp huyện"}));
}

// "các X của Y" is a category of bodies Y has (ANNOTATION.md: "các Ủy ban
// của Quốc hội", "các Ban của Đảng"): Y is part of it, not named on its own.
TEST(FindAgencies, TheOwnerOfACategoryIsPartOfIt) {
  EXPECT_EQ(Names("- Hội đồng Dân tộc và các Ủy ban của Quốc hội;"), (V{"Hội đồng Dân tộc"}));
  EXPECT_EQ(Names("gửi các Vụ của Bộ Tài chính để tổng hợp"), V{});
  EXPECT_EQ(Names("các Ban của Tỉnh ủy, Ban cán sự đảng"), (V{"Ban cán sự đảng"}));
  EXPECT_EQ(Names("các Cục của Tổng cục Hải quan kiểm tra hồ sơ"), V{});
  EXPECT_EQ(Names("các Phòng của Sở Xây dựng; Sở Giao thông vận tải phối hợp"),
            (V{"Sở Giao thông vận tải"}));
  // Near misses: one body's office, and a body after "của" with no category.
  EXPECT_EQ(Names("Văn phòng của Ủy ban nhân dân tỉnh tổng hợp"), (V{"Ủy ban nhân dân tỉnh"}));
  EXPECT_EQ(Names("theo đề nghị của Sở Nội vụ"), (V{"Sở Nội vụ"}));
  EXPECT_EQ(Names("các đơn vị trực thuộc của Bộ Quốc phòng"), (V{"Bộ Quốc phòng"}));
  EXPECT_EQ(Names("Ủy ban Trung ương MTTQ Việt Nam; UBTW Mặt trận Tổ quốc Việt Nam"),
            (V{"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
               "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}));
}

TEST(FindAgencies, OfficeBeforeTheBodyIsNotPartOfIt) {
  EXPECT_EQ(Names("theo Thông tư của Bộ trưởng Bộ Y tế;"), (V{"Bộ Y tế"}));
  EXPECT_EQ(Names("Chi cục trưởng Chi cục Thủy lợi - Ủy viên"), (V{"Chi cục Thủy lợi"}));
  EXPECT_EQ(Names("Chủ tịch Ủy ban nhân dân các huyện, thành phố"),
            (V{"Ủy ban nhân dân các huyện, thành phố"}));
  // A head that begins with an office's words stays whole.
  EXPECT_EQ(Names("Quyết định của Thủ tướng Chính phủ phê duyệt Đề án"), (V{"Thủ tướng Chính phủ"}));
}

TEST(FindAgencies, StandingBodiesOfCommitteesAndCouncils) {
  EXPECT_EQ(Names("- Thường trực Tỉnh ủy;"), (V{"Thường trực Tỉnh ủy"}));
  EXPECT_EQ(Names("- TT Huyện ủy, TT HĐND huyện (b/c);"),
            (V{"Thường trực Huyện ủy", "Thường trực Hội đồng nhân dân huyện"}));
  // "Thường trực" of a steering committee is a role of another body.
  EXPECT_EQ(Names("Cơ quan Thường trực Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh"),
            (V{"Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh"}));
}

// Mass organisations have a central body named by its level first; after
// a comma such a name starts another body, where a capitalised word would
// otherwise go on with the name before ("Trung tâm Văn hóa, Thể thao").
TEST(FindAgencies, CentralBodiesOfMassOrganisations) {
  EXPECT_EQ(Names("phối hợp với Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Trung ương Hội "
                  "Nông dân Việt Nam tuyên truyền"),
            (V{"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Trung ương Hội Nông dân Việt Nam"}));
  EXPECT_EQ(Names("- Ủy ban Trung ương MTTQ Việt Nam;"),
            (V{"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}));
  EXPECT_EQ(Names("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh phát động"),
            (V{"Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"}));
  // The level after a body's name stays its level.
  EXPECT_EQ(Names("Văn phòng Trung ương Đảng theo dõi"), (V{"Văn phòng Trung ương Đảng"}));
  EXPECT_EQ(Names("các cơ quan Trung ương tham gia"), V{});
}

// Bodies whose kind is not a common head word: the audit office, ports,
// border posts, the provincial web portal as a recipient.
TEST(FindAgencies, LessCommonHeads) {
  EXPECT_EQ(Names("- Kiểm toán Nhà nước;"), (V{"Kiểm toán Nhà nước"}));
  EXPECT_EQ(Names("Cảng vụ Hàng hải Quảng Ninh kiểm tra tàu thuyền"),
            (V{"Cảng vụ Hàng hải Quảng Ninh"}));
  EXPECT_EQ(Names("Đồn Biên phòng Cửa khẩu Cảng Hải Phòng tuần tra"),
            (V{"Đồn Biên phòng Cửa khẩu Cảng Hải Phòng"}));
  EXPECT_EQ(Names("- Cổng TTĐT tỉnh;"), (V{"Cổng Thông tin điện tử tỉnh"}));
  // Near misses: the words in running text.
  EXPECT_EQ(Names("kiểm toán nhà nước độc lập"), V{});
  EXPECT_EQ(Names("cảng vụ và đồn biên phòng"), V{});
}

TEST(FindAgencies, BodiesInAParenthesis) {
  EXPECT_EQ(Names("gửi về Bộ Tài chính (Cục Quản lý công sản, Vụ Ngân sách nhà nước) trước"),
            (V{"Bộ Tài chính", "Cục Quản lý công sản", "Vụ Ngân sách nhà nước"}));
  EXPECT_EQ(Names("(Sở Xây dựng chủ trì)"), (V{"Sở Xây dựng"}));
  EXPECT_EQ(Names("(theo mẫu của Bộ)"), V{});
}

TEST(FindAgencies, PhongChongKeepsItsComma) {
  EXPECT_EQ(Names("kiện toàn Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh"),
            (V{"Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh"}));
  EXPECT_EQ(Names("Ban Chỉ đạo phòng, chống dịch bệnh động vật xã"),
            (V{"Ban Chỉ đạo phòng, chống dịch bệnh động vật xã"}));
}

TEST(FindAgencies, MemberListGivesBodyThenOffice) {
  EXPECT_EQ(Names("Giám đốc Sở Nông nghiệp và Phát triển nông thôn - Phó Trưởng ban"),
            (V{"Sở Nông nghiệp và Phát triển nông thôn"}));
}

// Near misses: categories in lower case, persons, places, a lone head.
TEST(FindAgencies, CategoriesAndBareHeadsAreNoBodies) {
  EXPECT_EQ(Names("Thủ trưởng các sở, ban, ngành, các cơ quan, đơn vị"), V{});
  EXPECT_EQ(Names("các phòng chuyên môn, đơn vị thuộc Sở"), V{});
  EXPECT_EQ(Names("trên địa bàn tỉnh Lạng Sơn, học sinh, sinh viên"), V{});
  EXPECT_EQ(Names("- Các Phòng: VX, NC;"), V{});
  EXPECT_EQ(Names("hội viên, đoàn viên tham gia hiến máu"), V{});
  EXPECT_EQ(Names("Bà Đoàn Thị Hương, Phó Chủ tịch"), V{});
}

TEST(ExtractAgencies, DefinedShortNamesAndNamesCutShortAreOneBody) {
  const Document doc = testing::StructuredText(
      "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 86/QĐ-UBND\n||\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Quảng Bình, ngày 09 tháng 01 năm 2024\n\nQUYẾT ĐỊNH\nVề kiện toàn Ban Chỉ huy\n\n"
      "Điều 1. Kiện toàn Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Quảng Bình "
      "(sau đây gọi tắt là Ban Chỉ huy tỉnh).\n"
      "Điều 2. Văn phòng thường trực Ban Chỉ huy tỉnh đặt tại Chi cục Thủy lợi; Ban Chỉ huy tỉnh "
      "họp định kỳ; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Ủy ban Mặt trận Tổ quốc tham gia.\n");
  DocumentMeta meta;
  meta.place = Field{"Quảng Bình", {}};
  V names;
  for (const auto& a : ExtractAgencies(doc, testing::Lex(), meta, testing::ContextOf(doc))) {
    names.push_back(a.name);
  }
  EXPECT_EQ(names, (V{"Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Quảng Bình",
                      "Văn phòng thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu "
                      "nạn tỉnh Quảng Bình",
                      "Chi cục Thủy lợi", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"}));
}

// The agencies of a body text under a provincial header, with their
// abbreviations.
std::vector<std::pair<std::string, std::string>> AgenciesOf(const std::string& body) {
  const Document doc = testing::StructuredText(
      "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 12/BNNMT-TS\n||\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Hà Nội, ngày 09 tháng 01 năm 2025\n\nV/v khai thác thủy sản\n\n" + body);
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& a : ExtractAgencies(doc, testing::Lex(), DocumentMeta{}, testing::ContextOf(doc))) {
    out.emplace_back(a.name, a.abbreviation.value_or(""));
  }
  return out;
}

// A unit written with its field in initials ("Cục TSKN", "Vụ PC") is the
// one the document writes out with the same head. Under another head a
// field of three initials or more is spelled out from it and keeps its
// short form; two initials, or initials the document never writes out,
// stay as written.
TEST(ExtractAgencies, InitialsOfAFieldWrittenOutElsewhereAreThatBody) {
  const auto agencies = AgenciesOf(
      "Đề nghị phản ánh về Bộ (Cục Thủy sản và Kiểm ngư, Vụ Pháp chế) để được hướng dẫn.\n"
      "Nơi nhận:\n- Vụ PC;\n- Cục TSKN;\n- Chi cục TSKN;\n- Sở PC;\n- Vụ KHTC;\n- Lưu: VT.\n");
  using P = std::pair<std::string, std::string>;
  EXPECT_EQ(agencies, (std::vector<P>{{"Cục Thủy sản và Kiểm ngư", "Cục TSKN"},
                                      {"Vụ Pháp chế", "Vụ PC"},
                                      {"Chi cục Thủy sản và Kiểm ngư", "Chi cục TSKN"},
                                      {"Sở PC", ""},
                                      {"Vụ KHTC", ""}}));
}

// A recipient line of short forms is in capitals, and its bodies count; a
// short form of a whole name is a body whatever list follows its colon.
TEST(ExtractAgencies, RecipientLinesOfShortForms) {
  const auto agencies = AgenciesOf("Nơi nhận:\n- VPCP: BTCN, các PCN;\n- UBND: các xã;\n- Lưu: VT.\n");
  ASSERT_EQ(agencies.size(), 1u);
  EXPECT_EQ(agencies[0].first, "Văn phòng Chính phủ");
}

// The names of a document, keyed as ExtractAgencies would resolve them.
V Resolved(const std::string& body, const V& names,
           const std::optional<std::string>& issuer = std::nullopt) {
  const Document doc = testing::StructuredText(
      "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 1/KH-UBND\n||\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Lạng Sơn, ngày 09 tháng 01 năm 2024\n\nKẾ HOẠCH\nVề hiến máu\n\n" + body);
  const ShortNames defined =
      DefinedShortNames(doc, testing::Lex(), FindAllAgencies(doc, testing::Lex()), issuer);
  V out;
  for (const auto& n : names) out.push_back(Resolve(n, defined));
  return out;
}

TEST(DefinedShortNames, AHeadAndLevelBorrowTheFieldTheDocumentGivesIt) {
  const std::string body =
      "1. Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh chủ trì; Ban Chỉ đạo các huyện, "
      "thành phố phối hợp với Ban Chỉ đạo vận động hiến máu tình nguyện Trung ương.\n"
      "2. Thường trực Ban Chỉ đạo tỉnh tổng hợp báo cáo.\n";
  EXPECT_EQ(Resolved(body, {"Ban Chỉ đạo các huyện, thành phố", "Thường trực Ban Chỉ đạo tỉnh",
                            "Ủy ban nhân dân tỉnh", "Ban Chỉ đạo các cấp"}),
            (V{"Ban Chỉ đạo vận động hiến máu tình nguyện các huyện, thành phố",
               "Thường trực Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh",
               "Ủy ban nhân dân tỉnh", "Ban Chỉ đạo các cấp"}));
}

// A field the document gives once is no habit of its own: the one office
// of the state's president lends nothing to the office of the centre, nor
// one committee for roads to the province's steering committee.
TEST(DefinedShortNames, NoFieldBorrowedFromASingleName) {
  EXPECT_EQ(Resolved("Nơi nhận:\n- Văn phòng Trung ương và các Ban của Đảng;\n"
                     "- Văn phòng Chủ tịch nước;\n- Lưu: VT.\n",
                     {"Văn phòng Trung ương"}),
            (V{"Văn phòng Trung ương"}));
  EXPECT_EQ(Resolved("1. Ban An toàn giao thông tỉnh chủ trì.\n2. Ban Chỉ đạo phòng, chống "
                     "thiên tai tỉnh phối hợp; Ban Chỉ đạo huyện báo cáo.\n",
                     {"Ban Chỉ đạo huyện"}),
            (V{"Ban Chỉ đạo huyện"}));
  // Near miss: given twice, the field is the document's.
  EXPECT_EQ(Resolved("1. Ban Chỉ đạo phòng, chống thiên tai tỉnh chủ trì; Ban Chỉ đạo phòng, "
                     "chống thiên tai huyện phối hợp.\n2. Ban Chỉ đạo xã báo cáo.\n",
                     {"Ban Chỉ đạo xã"}),
            (V{"Ban Chỉ đạo phòng, chống thiên tai xã"}));
}

TEST(DefinedShortNames, NoFieldBorrowedWhenTheDocumentGivesTwo) {
  // Two steering committees of different fields: "Ban Chỉ đạo tỉnh" could
  // be either.
  const std::string body =
      "1. Ban Chỉ đạo phòng, chống dịch tỉnh và Ban Chỉ đạo chuyển đổi số tỉnh phối hợp.\n"
      "2. Ban Chỉ đạo tỉnh tổng hợp.\n";
  EXPECT_EQ(Resolved(body, {"Ban Chỉ đạo tỉnh"}), (V{"Ban Chỉ đạo tỉnh"}));
  // A field used once against a dominant one is a slip, not a rival.
  const std::string slip =
      "1. Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh, Ban Chỉ đạo vận động hiến máu "
      "tình nguyện huyện, Ban Chỉ đạo vận động hiến máu tình nguyện xã và Ban Chỉ đạo máu "
      "tình nguyện tỉnh phối hợp.\n2. Ban Chỉ đạo các cấp tổng hợp.\n";
  EXPECT_EQ(Resolved(slip, {"Ban Chỉ đạo các cấp"}),
            (V{"Ban Chỉ đạo vận động hiến máu tình nguyện các cấp"}));
}

// A committee names itself by its head and reach, without its purpose;
// the same words of another committee, or of a body whose name goes on
// with a place, are not its short name.
TEST(DefinedShortNames, TheIssuerWithoutItsPurpose) {
  const std::string body = "1. Ban Chỉ đạo Trung ương chủ trì, phối hợp với các Bộ, ngành.\n";
  EXPECT_EQ(Resolved(body, {"Ban Chỉ đạo Trung ương", "Thường trực Ban Chỉ đạo Trung ương"},
                     "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"),
            (V{"Ban Chỉ đạo Trung ương về phòng, chống tham nhũng",
               "Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"}));
  EXPECT_EQ(Resolved(body, {"Hội đồng quốc gia"},
                     "Hội đồng quốc gia về giáo dục và phát triển nhân lực"),
            (V{"Hội đồng quốc gia về giáo dục và phát triển nhân lực"}));
  EXPECT_EQ(Resolved(body, {"Ban Chỉ đạo tỉnh", "Ủy ban nhân dân tỉnh"},
                     "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"),
            (V{"Ban Chỉ đạo tỉnh", "Ủy ban nhân dân tỉnh"}));
  EXPECT_EQ(Resolved(body, {"Ủy ban nhân dân tỉnh"}, "Ủy ban nhân dân tỉnh Lạng Sơn"),
            (V{"Ủy ban nhân dân tỉnh"}));
}

// A list of levels cut after its first ("Sở Giáo dục và Đào tạo các
// tỉnh") is the list the document gives in full, when it gives one.
TEST(DefinedShortNames, ALevelListCutShort) {
  const std::string body =
      "1. Sở Giáo dục và Đào tạo các tỉnh, thành phố trực thuộc Trung ương chủ trì.\n"
      "2. Sở Giáo dục và Đào tạo các tỉnh báo cáo Bộ; Sở Y tế các tỉnh phối hợp.\n";
  EXPECT_EQ(Resolved(body, {"Sở Giáo dục và Đào tạo các tỉnh", "Sở Y tế các tỉnh"}),
            (V{"Sở Giáo dục và Đào tạo các tỉnh, thành phố trực thuộc Trung ương",
               "Sở Y tế các tỉnh"}));
  // Two fuller lists: which one is meant is not known.
  const std::string two =
      "1. Ủy ban nhân dân các huyện, thị xã chủ trì; Ủy ban nhân dân các huyện, thành phố "
      "phối hợp.\n2. Ủy ban nhân dân các huyện báo cáo.\n";
  EXPECT_EQ(Resolved(two, {"Ủy ban nhân dân các huyện"}), (V{"Ủy ban nhân dân các huyện"}));
}

// After "Trung ương" comes the body an office belongs to, not a place: the
// office of the Party's Central Committee borrows no field from the other
// offices a document lists.
TEST(DefinedShortNames, AnOfficeOfTheCentreBorrowsNoField) {
  const std::string body =
      "Nơi nhận:\n- Văn phòng Chủ tịch nước;\n- Văn phòng Trung ương Đảng;\n- Văn phòng Chủ tịch "
      "nước (để b/c);\n- Lưu: VT.\n";
  EXPECT_EQ(Resolved(body, {"Văn phòng Trung ương Đảng"}), (V{"Văn phòng Trung ương Đảng"}));
}

TEST(DefinedShortNames, ACitationIsNoField) {
  // OCR split "KH-UBND": the words after the head are a date and a body.
  const std::string body =
      "1. Thực hiện Kế hoạch số 12/KH- UBND ngày 17/9/2024 của Ủy ban nhân dân tỉnh, Ủy ban "
      "nhân dân các huyện báo cáo.\n";
  EXPECT_EQ(Resolved(body, {"Ủy ban nhân dân tỉnh", "Ủy ban nhân dân các huyện"}),
            (V{"Ủy ban nhân dân tỉnh", "Ủy ban nhân dân các huyện"}));
}

// A place after a head says where the body is, not what it is for: the
// province's treasury named by its place lends no field to "Kho bạc Nhà
// nước tỉnh", which stays as written.
TEST(ExtractAgencies, APlaceIsNoFieldToLend) {
  const Document doc = testing::StructuredText(
      "ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 05/CT-UBND\n||\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Long An, ngày 10 tháng 3 năm 2025\n\nCHỈ THỊ\nVề thu ngân sách\n\n"
      "1. Sở Tài chính phối hợp với Kho bạc Nhà nước Long An rà soát các khoản thu.\n"
      "2. Kho bạc Nhà nước tỉnh thực hiện kiểm soát chi theo quy định.\n");
  DocumentMeta meta;
  meta.issuer = Field{"Ủy ban nhân dân tỉnh Long An", {}};
  const DocumentContext cx = MakeContext(doc, testing::Lex(), meta);
  std::vector<std::string> names;
  for (const auto& a : ExtractAgencies(doc, testing::Lex(), meta, cx)) names.push_back(a.name);
  EXPECT_EQ(std::count(names.begin(), names.end(), "Kho bạc Nhà nước Long An tỉnh"), 0);
  EXPECT_EQ(std::count(names.begin(), names.end(), "Kho bạc Nhà nước tỉnh"), 1);
}

// A list of levels names the same bodies with "các" or without: one
// agency, both mentions; a single level after "các" is another.
TEST(ExtractAgencies, ALevelListWithOrWithoutCacIsOneBody) {
  const Document doc = testing::StructuredText(
      "NGHỊ ĐỊNH\nVề chế độ\n\n"
      "1. Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương chỉ đạo thực hiện.\n"
      "2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương báo cáo Bộ Nội vụ.\n"
      "3. Ủy ban nhân dân các tỉnh rà soát hồ sơ.\n");
  DocumentMeta meta;
  DocumentContext cx;
  cx.mentions = FindAllAgencies(doc, testing::Lex());
  const auto agencies = ExtractAgencies(doc, testing::Lex(), meta, cx);
  ASSERT_EQ(agencies.size(), 3u);
  EXPECT_EQ(agencies[0].name, "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương");
  EXPECT_EQ(agencies[0].mentions.size(), 2u);
  EXPECT_EQ(agencies[1].name, "Bộ Nội vụ");
  EXPECT_EQ(agencies[2].name, "Ủy ban nhân dân các tỉnh");
}

TEST(ExtractAgencies, IssuerFirstAndTheOwnPlaceMerged) {
  const Document doc = testing::StructuredText(
      "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 03/CT-UBND\n||\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Lạng Sơn, ngày 22 tháng 02 năm 2023\n\nCHỈ THỊ\nVề hiến máu\n\n"
      "1. Sở Y tế phối hợp với UBND tỉnh tổ chức tiếp nhận máu.\n");
  DocumentMeta meta;
  meta.issuer = Field{"Ủy ban nhân dân tỉnh Lạng Sơn", {}};
  meta.place = Field{"Lạng Sơn", {}};
  DocumentContext cx;  // no short names
  cx.mentions = FindAllAgencies(doc, testing::Lex());
  const auto agencies = ExtractAgencies(doc, testing::Lex(), meta, cx);
  ASSERT_EQ(agencies.size(), 2u);
  EXPECT_EQ(agencies[0].name, "Ủy ban nhân dân tỉnh Lạng Sơn");
  EXPECT_EQ(agencies[0].abbreviation, "UBND tỉnh");
  EXPECT_EQ(agencies[0].mentions.size(), 2u);
  EXPECT_EQ(agencies[1].name, "Sở Y tế");
}

// A portal's title line (here another document's, as portals get it
// wrong) stands around the document: it names no agency of it.
TEST(FindAllAgencies, APortalsTitleLineNamesNone) {
  const Document doc = testing::StructuredText(
      "*Source: https://thuvienphapluat.vn/van-ban/Quyet-dinh-986.aspx*\n\n"
      "# Về việc giải quyết chế độ trợ cấp của UBND tỉnh Bạc Liêu\n\n"
      "| ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - "
      "Tự do - Hạnh phúc --------------- |\n|---|---|\n"
      "| Số: 986/QĐ-UBND | Tuyên Quang, ngày 13 tháng 8 năm 2024 |\n\nQUYẾT ĐỊNH\n\n"
      "BAN HÀNH KẾ HOẠCH THỜI GIAN NĂM HỌC\n\nĐiều 1. Giao Sở Giáo dục và Đào tạo hướng dẫn.\n");
  std::vector<std::string> names;
  for (const auto& line : FindAllAgencies(doc, testing::Lex())) {
    for (const AgencyMention& m : line) names.push_back(m.name);
  }
  EXPECT_EQ(std::count(names.begin(), names.end(), "Ủy ban nhân dân tỉnh Bạc Liêu"), 0);
  EXPECT_EQ(std::count(names.begin(), names.end(), "Sở Giáo dục và Đào tạo"), 1);
}

}  // namespace
}  // namespace vanban
