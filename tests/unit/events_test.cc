#include "extractors/events.h"

#include <gtest/gtest.h>

#include "tests/unit/test_support.h"

namespace vanban {
namespace {

std::vector<Event> Of(const std::string& body, int year = 2023) {
  const Document doc = testing::StructuredText("KẾ HOẠCH\nVề hiến máu\n\n" + body + "\n");
  return ExtractEvents(doc, testing::Lex(),
                       testing::ContextOf(doc, Date(year), "", "V/v chiến dịch tiêm vắc xin sởi"));
}

std::string StartEnd(const std::string& body) {
  const auto e = Of(body);
  if (e.size() != 1) return "(" + std::to_string(e.size()) + ")";
  return e[0].start.Iso() + (e[0].end ? " " + e[0].end->Iso() : "");
}

// An observance written as a quotation that ends in its day, after any
// words ("hưởng ứng", "lời kêu gọi"); one of a past year is background.
TEST(ExtractEvents, QuotedObservances) {
  const auto e = Of("Tổ chức mít tinh hưởng ứng “Ngày Môi trường thế giới - 5/6”, lời kêu gọi "
                    "“Toàn dân phòng, chống ma túy – 26/6”.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].name, "Ngày Môi trường thế giới");
  EXPECT_EQ(e[0].start.Iso(), "2023-06-05");
  EXPECT_EQ(e[1].name, "Ngày Toàn dân phòng, chống ma túy");
  EXPECT_EQ(e[1].start.Iso(), "2023-06-26");
  EXPECT_TRUE(Of("nhân “Ngày Môi trường thế giới - 5/6/2019”.").empty());
}

TEST(ExtractEvents, NamedDays) {
  EXPECT_EQ(StartEnd("Thực hiện \"Ngày toàn dân hiến máu tình nguyện\" - 07/4/2023 như sau:"),
            "2023-04-07");
  EXPECT_EQ(StartEnd("hưởng ứng \"Ngày thế giới tôn vinh người hiến máu 14/6\"."), "2023-06-14");
  EXPECT_EQ(StartEnd("Tổ chức Ngày toàn dân hiến máu tình nguyện (07/4) tại các xã."), "2023-04-07");
  const auto e = Of("\"Ngày toàn dân hiến máu tình nguyện 7/4\"");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].name, "Ngày toàn dân hiến máu tình nguyện");
  EXPECT_TRUE(e[0].inferred_year);
}

// A day's name runs 6 to 80 characters after "Ngày ": a longer run is no
// name, but a shorter one inside it still is.
TEST(ExtractEvents, NamedDaysHaveNamesOfAtMostEightyCharacters) {
  const std::string eighty = "hội " + std::string(76, 'x');
  const auto at_most = Of("Tổ chức Ngày " + eighty + " 07/4.");
  ASSERT_EQ(at_most.size(), 1u);
  EXPECT_EQ(at_most[0].name, "Ngày " + eighty);
  EXPECT_TRUE(Of("Tổ chức Ngày " + eighty + "y 07/4.").empty());
  const auto inner = Of("Tổ chức Ngày " + eighty + " Ngày hội đọc sách 21/4.");
  ASSERT_EQ(inner.size(), 1u);
  EXPECT_EQ(inner[0].name, "Ngày hội đọc sách");
}

TEST(ExtractEvents, Windows) {
  EXPECT_EQ(StartEnd("- Tuyên truyền trên các phương tiện thông tin từ ngày 01/4 đến 30/4/2023."),
            "2023-04-01 2023-04-30");
  EXPECT_EQ(StartEnd("c) Thời gian tổ chức tiêm: từ ngày 01/11 đến hết ngày 15/11/2024;"),
            "2024-11-01 2024-11-15");
  EXPECT_EQ(StartEnd("- Bồi dưỡng kỹ năng số cho giáo viên dịp hè từ 16/6 - 15/8/2025."),
            "2025-06-16 2025-08-15");
}

// A time label under an item heading dates the heading's happening (less
// the verb that organises it), in any field; without a heading, or under a
// heading that is a sentence, what the document is about.
TEST(ExtractEvents, TimeLabelsDateTheirItemsHeading) {
  struct Case {
    const char* body;
    const char* name;
    const char* start_end;
  };
  const Case cases[] = {
      {"1. Tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam\n"
       "- Cơ quan chủ trì: Sở Tư pháp.\n"
       "- Thời gian thực hiện: Cao điểm từ ngày 01/11/2023 đến ngày 09/11/2023.",
       "Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam", "2023-11-01 2023-11-09"},
      {"2. Hội chợ nông sản an toàn tỉnh năm 2023\n"
       "- Thời gian tổ chức: từ ngày 15/9 đến ngày 20/9/2023.",
       "Hội chợ nông sản an toàn tỉnh năm 2023", "2023-09-15 2023-09-20"},
      {"3. Phát động Tháng hành động vì an toàn thực phẩm\n"
       "Thời gian: từ ngày 15/4/2023 đến ngày 15/5/2023.",
       "Tháng hành động vì an toàn thực phẩm", "2023-04-15 2023-05-15"},
      {"a) Diễn tập ứng phó sự cố tràn dầu trên sông Hậu\n"
       "+ Thời gian triển khai: từ ngày 10/10/2023 đến ngày 12/10/2023;",
       "Diễn tập ứng phó sự cố tràn dầu trên sông Hậu", "2023-10-10 2023-10-12"},
      // Near misses: a heading that is a sentence, no heading at all.
      {"1. Các đơn vị tổ chức tiêm vắc xin cho trẻ em trong độ tuổi.\n"
       "- Thời gian thực hiện: từ ngày 01/3/2023 đến ngày 30/3/2023.",
       "Chiến dịch tiêm vắc xin sởi", "2023-03-01 2023-03-30"},
      {"Thời gian thực hiện: từ ngày 01/3/2023 đến ngày 30/3/2023.",
       "Chiến dịch tiêm vắc xin sởi", "2023-03-01 2023-03-30"},
  };
  for (const Case& c : cases) {
    const auto e = Of(c.body);
    ASSERT_EQ(e.size(), 1u) << c.body;
    EXPECT_EQ(e[0].name, c.name) << c.body;
    EXPECT_EQ(e[0].start.Iso() + (e[0].end ? " " + e[0].end->Iso() : ""), c.start_end) << c.body;
  }
  // A window with a name of its own keeps it.
  const auto own = Of("1. Tuyên truyền\nTổ chức Tuần lễ áo dài từ ngày 01/3 đến ngày 08/3/2023.");
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0].name, "Tuần lễ áo dài");
}

TEST(ExtractEvents, ScheduleRows) {
  EXPECT_EQ(StartEnd("1\tThôn Cầu Cả\tNgày 08/4 - 09/4/2025\tNhà văn hóa thôn"),
            "2025-04-08 2025-04-09");
  EXPECT_EQ(StartEnd("2\tTổ chức tháng 3\tNgày hội hiến máu tình nguyện cán bộ\tHội Chữ thập đỏ"),
            "2023-03");
}

// A header says which cell names the row: the content column, or in a
// schedule by area what the document is about, there.
TEST(ExtractEvents, ScheduleRowsNamedByTheirHeader) {
  const auto by_content = Of("STT\tNGÀY, THÁNG\tNỘI DUNG HOẠT ĐỘNG\tĐƠN VỊ PHỐI HỢP\n"
                             "1\tTrong tháng 1\tTổ chức Lễ hội Xuân hồng\tTrường Đại học Hải Phòng "
                             "và các cơ sở y tế trên địa bàn");
  ASSERT_EQ(by_content.size(), 1u);
  EXPECT_EQ(by_content[0].name, "Tổ chức Lễ hội Xuân hồng");
  const auto by_area = Of("STT\tThôn\tThời gian\tĐịa điểm tập kết\n"
                          "1\tThôn Cầu Cả\tNgày 08/4 - 09/4/2025\tNhà văn hóa thôn Cầu Cả\n"
                          "2\tTiêm bổ sung (các thôn)\tNgày 19/4 - 20/4/2025\tTrụ sở Ủy ban nhân dân xã");
  ASSERT_EQ(by_area.size(), 2u);
  EXPECT_EQ(by_area[0].name, "Chiến dịch tiêm vắc xin sởi tại Thôn Cầu Cả");
  EXPECT_EQ(by_area[1].name, "Tiêm bổ sung (các thôn)");
}

TEST(ExtractEvents, WindowOpeningASentenceOrAParenthesis) {
  const auto e = Of("- Tuyên truyền về 18 đợt hiến máu (Từ ngày 20/12/2022 đến ngày 28/11/2023).");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].name, "Tuyên truyền về 18 đợt hiến máu");
  EXPECT_EQ(e[0].start.Iso(), "2022-12-20");
  ASSERT_TRUE(e[0].end);
  EXPECT_EQ(e[0].end->Iso(), "2023-11-28");
}

TEST(ExtractEvents, AnnualDayNamedTwiceIsOneEvent) {
  // Once written out, once abbreviated.
  EXPECT_EQ(Of("\"Ngày toàn dân hiến máu tình nguyện\" - 07/4.\n\n"
               "Tổ chức các hoạt động hưởng ứng \"Ngày toàn dân HMTN\" - 07/4.").size(),
            1u);
  EXPECT_EQ(Of("\"Ngày toàn dân hiến máu tình nguyện\" - 07/4.\n\n"
               "Hưởng ứng \"Ngày toàn dân hiến máu tình nguyện\" - 07/4 trên toàn tỉnh.").size(),
            1u);
}

// Near misses: background dates, citations, deadlines, impossible dates.
TEST(ExtractEvents, DatesThatAreNoEvents) {
  EXPECT_EQ(StartEnd("Căn cứ Hướng dẫn số 14/HD-BCĐQG ngày 22/02/2023 của Ban Chỉ đạo."), "(0)");
  EXPECT_EQ(StartEnd("- Báo cáo kết quả trước ngày 05/5/2023."), "(0)");
  EXPECT_EQ(StartEnd("Năm 2022, toàn tỉnh tiếp nhận 7.819 đơn vị máu."), "(0)");
  EXPECT_EQ(StartEnd("Ngày hội hiến máu 35/14"), "(0)");
  // Over before the year of issue: a letter written for the day in 2020.
  EXPECT_EQ(StartEnd("- Thư của đồng chí Tổng Bí thư gửi đồng bào nhân Ngày toàn dân HMTN - 07/4/2020"),
            "(0)");
  EXPECT_EQ(StartEnd("Tuyên truyền từ ngày 01/12/2021 đến ngày 31/12/2022."), "(0)");
}

// A label, its colon and a day: the label names the happening.
TEST(ExtractEvents, LabelledDays) {
  const std::pair<const char*, const char*> cases[] = {
      {"1. Tựu trường các cấp học: Ngày 26/8/2023 (thứ Bảy).", "Tựu trường các cấp học 2023-08-26"},
      {"2. Khai giảng năm học mới: ngày 05/9/2023.", "Khai giảng năm học mới 2023-09-05"},
      {"- Học kỳ I: Bắt đầu từ ngày 06/9/2023; kết thúc trước ngày 13/01/2024.",
       "Học kỳ I 2023-09-06"},
      {"- Lễ hội đền Xương Giang: ngày 07/02/2023 (Rằm tháng Giêng).",
       "Lễ hội đền Xương Giang 2023-02-07"},
      {"b) Gieo cấy lúa vụ Xuân: từ ngày 25/01/2023.", "Gieo cấy lúa vụ Xuân 2023-01-25"},
      {"- Cấm phương tiện qua cầu Bến Thủy: vào ngày 12/6/2023.",
       "Cấm phương tiện qua cầu Bến Thủy 2023-06-12"},
      {"3. Tiêm vắc xin đợt 2: Ngày 15/10.", "Tiêm vắc xin đợt 2 2023-10-15"},
      // The label names only the time: the event is what the document is about.
      {"- Thời gian tổ chức: ngày 20/3/2023.", "Chiến dịch tiêm vắc xin sởi 2023-03-20"},
  };
  for (const auto& [line, want] : cases) {
    const auto e = Of(line);
    ASSERT_EQ(e.size(), 1u) << line;
    EXPECT_EQ(e[0].name + " " + e[0].start.Iso(), want) << line;
  }
  // Near misses: a happening's first syllable inside another word, or a
  // happening in lower case that nothing organises.
  EXPECT_TRUE(Of("- Tổ chức giải quyết dứt điểm hồ sơ tồn đọng trước ngày 30/6/2023.").empty());
  EXPECT_TRUE(Of("- Kết quả hội nghị ngày 15/7/2023 được thông báo đến các xã.").empty());
}

TEST(ExtractEvents, LabelledDatesThatAreNoEvents) {
  for (const char* line : {"- Hạn chót nộp hồ sơ: ngày 30/6/2023.", "- Thời hạn: ngày 15/7/2023.",
                           "- Thời gian thực hiện: từ ngày 01/01/2023.", "- Ngày sinh: 12/5/1990.",
                           "- Ngày ký: 03/4/2023."}) {
    EXPECT_EQ(Of(line).size(), 0u) << line;
  }
  // A window after a label is read once, as a window.
  EXPECT_EQ(StartEnd("- Thời gian: từ ngày 01/4 - 30/4/2023."), "2023-04-01 2023-04-30");
}

// A sentence that opens with a happening and dates it; windows with the
// month written out or without "ngày".
// A step of a school calendar dated inside a sentence is an event named
// by the sentence up to its date; undated, or past, it is none.
TEST(ExtractEvents, CalendarStepsInsideASentence) {
  auto of = [](const std::string& body) {
    const Document doc = testing::StructuredText("KẾ HOẠCH\nThời gian năm học\n\n" + body + "\n");
    return ExtractEvents(doc, testing::Lex(), testing::ContextOf(doc, Date(2024, 8, 1)));
  };
  auto e = of("1. Tựu trường các cấp học: Ngày 26/8/2024 (thứ Hai). Riêng đối với lớp 1 tựu "
              "trường ngày 19/8/2024 (thứ Hai).");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[1].name, "lớp 1 tựu trường");
  EXPECT_EQ(e[1].start.Iso(), "2024-08-19");
  e = of("2. Các trường mầm non khai giảng vào ngày 05/9/2024; các trung tâm giáo dục thường "
         "xuyên bế giảng ngày 25/5/2025.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].name, "Các trường mầm non khai giảng");
  EXPECT_EQ(e[1].start.Iso(), "2025-05-25");
  // Near misses: no date after the step, a step already past, a window.
  EXPECT_TRUE(of("3. Chuẩn bị chu đáo công tác tựu trường cho học sinh.").empty());
  EXPECT_TRUE(of("4. Năm học trước đã khai giảng ngày 05/9/2023.").empty());
  EXPECT_TRUE(of("5. Học sinh nghỉ hè theo quy định của Bộ.").empty());
}

TEST(ExtractEvents, HappeningsAndWrittenOutWindows) {
  const std::pair<const char*, const char*> cases[] = {
      {"1. Lễ phát động Tháng hành động vì an toàn thực phẩm vào ngày 07/4/2023 tại Quảng trường.",
       "Lễ phát động Tháng hành động vì an toàn thực phẩm 2023-04-07"},
      {"2. Hội thi tìm hiểu pháp luật diễn ra ngày 20/11/2023.",
       "Hội thi tìm hiểu pháp luật 2023-11-20"},
      {"3. Giải chạy việt dã tổ chức vào ngày 15/5.", "Giải chạy việt dã 2023-05-15"},
      {"- Diễn tập phòng cháy, chữa cháy tại chợ trung tâm ngày 12/9/2023.",
       "Diễn tập phòng cháy, chữa cháy tại chợ trung tâm 2023-09-12"},
      {"- Tổ chức tiêm phòng từ ngày 15 tháng 3 đến ngày 20 tháng 3 năm 2023 tại các xã.",
       "Tổ chức tiêm phòng 2023-03-15"},
      {"- Ra quân dọn vệ sinh từ 15/3 - 20/3/2023.", "Ra quân dọn vệ sinh 2023-03-15"},
      // A party's assignment before what it organises names nothing.
      {"- Công an tỉnh chủ trì, phối hợp với Sở Xây dựng tổ chức cao điểm kiểm soát nồng độ "
       "cồn từ ngày 01/3/2023 đến ngày 31/3/2023.",
       "Cao điểm kiểm soát nồng độ cồn 2023-03-01"},
      // A happening a verb of organising puts on, inside the sentence.
      {"b) Phối hợp Ban An toàn giao thông tỉnh tổ chức Lễ ra quân bảo đảm trật tự an toàn "
       "giao thông vào ngày 05/3/2023 tại thành phố.",
       "Lễ ra quân bảo đảm trật tự an toàn giao thông 2023-03-05"},
      {"- Sở Văn hóa phát động Cuộc thi ảnh đẹp du lịch vào ngày 10/6/2023.",
       "Cuộc thi ảnh đẹp du lịch 2023-06-10"},
      // A happening in lower case that a verb of organising puts on.
      {"b) Tổ chức diễn tập phương án chữa cháy tại Khu công nghiệp Trà Nóc vào ngày 20/5/2023.",
       "Diễn tập phương án chữa cháy tại Khu công nghiệp Trà Nóc 2023-05-20"},
      {"- Tổ chức hội nghị sơ kết 6 tháng vào ngày 15/7/2023.", "Hội nghị sơ kết 6 tháng 2023-07-15"},
      // A verb of organising that is the happening's own name.
      {"Lễ khai mạc vào lúc 7 giờ 30 phút ngày 16/11/2023.", "Lễ khai mạc 2023-11-16"},
      {"b) Lễ khai mạc vào ngày 16/11/2023 tại Sân vận động tỉnh.", "Lễ khai mạc 2023-11-16"},
  };
  for (const auto& [line, want] : cases) {
    const auto e = Of(line);
    ASSERT_EQ(e.size(), 1u) << line;
    EXPECT_EQ(e[0].name + " " + e[0].start.Iso(), want) << line;
  }
  // Windows whose ends carry a time of day or a weekday, and days listed
  // under one month.
  const std::pair<const char*, const char*> windows[] = {
      {"- Đăng ký dự thi trực tuyến từ ngày 21/4/2023 đến 17 giờ 00 ngày 28/4/2023.",
       "2023-04-21 2023-04-28"},
      {"- Tập huấn từ thứ Hai, ngày 06/3 đến thứ Sáu, ngày 10/3/2023.", "2023-03-06 2023-03-10"},
      {"- Cấm biển từ 12 giờ ngày 26/10/2023 đến khi có thông báo mới; tàu thuyền vào nơi "
       "tránh trú từ 7 giờ ngày 27/10 đến 18 giờ ngày 28/10/2023.",
       "2023-10-27 2023-10-28"},
      {"- Kỳ thi được tổ chức trong các ngày 26, 27 và 28/6/2023.", "2023-06-26 2023-06-28"},
      {"- Hội chợ nông sản diễn ra các ngày 14, 15/9/2023 tại Quảng trường.",
       "2023-09-14 2023-09-15"},
  };
  for (const auto& [line, want] : windows) EXPECT_EQ(StartEnd(line), want) << line;
  EXPECT_EQ(Of("- Kỳ thi được tổ chức trong các ngày 26, 27 và 28/6/2023.")[0].name, "Kỳ thi");
  // What has taken place is no event; a happening without a date neither.
  EXPECT_EQ(Of("- Hội nghị tổng kết đã tổ chức ngày 10/01/2023.").size(), 0u);
  EXPECT_EQ(Of("- Hội thi sẽ được tổ chức trong năm.").size(), 0u);
  // A happening in the sentence that no verb of organising puts on.
  EXPECT_EQ(Of("- Sở Y tế báo cáo kết quả Hội nghị ngày 10/6/2023.").size(), 0u);
}

// A weekday or day of every week, month or year, from a first day: one
// event that recurs (ANNOTATION.md). Without a first day it is a routine;
// after a deadline's cue, a deadline.
TEST(ExtractEvents, RecurringFromAFirstDay) {
  const auto e = Of("3. Phát động phong trào “Chủ nhật xanh” vào Chủ nhật tuần thứ hai hằng "
                    "tháng, bắt đầu từ ngày 09/4/2023.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].start.Iso(), "2023-04-09");
  ASSERT_TRUE(e[0].recurrence);
  EXPECT_EQ(*e[0].recurrence, Frequency::kMonthly);
  EXPECT_EQ(e[0].name, "Phát động phong trào \"Chủ nhật xanh\"");  // quotes normalised
  const std::pair<const char*, Frequency> cases[] = {
      {"- Tổ chức chợ phiên nông sản vào thứ Bảy hằng tuần, bắt đầu từ ngày 06/5/2023.",
       Frequency::kWeekly},
      {"- Sinh hoạt câu lạc bộ pháp luật vào ngày 15 hằng tháng, từ ngày 15/6/2023.",
       Frequency::kMonthly},
      {"- Ra quân dọn vệ sinh vào thứ Bảy tuần cuối hằng tháng bắt đầu từ 27/5/2023.",
       Frequency::kMonthly},
  };
  for (const auto& [line, freq] : cases) {
    const auto got = Of(line);
    ASSERT_EQ(got.size(), 1u) << line;
    EXPECT_EQ(got[0].recurrence, freq) << line;
  }
  EXPECT_EQ(Of("- Giao ban vào thứ Hai hằng tuần tại hội trường.").size(), 0u);
  EXPECT_EQ(Of("- Báo cáo trước ngày 20 hằng tháng, bắt đầu từ ngày 20/4/2023.").size(), 0u);
}

// Suspensions the document orders, dated later in their clause; one
// happening read by several finders is one event; a time of day or a
// weekday before the day is no part of the name.
// A happening named in quotes on the occasion of a day named after it is
// held that day; a quotation that names no happening is none.
TEST(ExtractEvents, HappeningsOnAnOccasion) {
  auto one = [](const std::string& line) {
    const auto e = Of(line);
    return e.size() == 1 ? e[0].start.Iso() + " " + e[0].name : "(" + std::to_string(e.size()) + ")";
  };
  EXPECT_EQ(one("- Vận động đoàn viên tham gia “Ngày hội Thanh niên tình nguyện hiến máu”, nhân dịp "
                "kỷ niệm ngày thành lập Đoàn 26/3."),
            "2023-03-26 Ngày hội Thanh niên tình nguyện hiến máu");
  // The occasion named as a day of its own is one event with it, by the
  // shorter name (as every reading of one line on one day is).
  EXPECT_EQ(one("- Tổ chức “Hội thi Tuyên truyền viên giỏi” nhân kỷ niệm Ngày Pháp luật 9/11."),
            "2023-11-09 Ngày Pháp luật");
  EXPECT_EQ(one("- Tặng quà “cho các gia đình chính sách” nhân dịp 27/7."), "(0)");
}

// A window after an item's own label is named by the label, unless the
// label names a time.
TEST(ExtractEvents, AWindowNamedByItsLabel) {
  auto one = [](const std::string& line) {
    const auto e = Of(line);
    return e.size() == 1 ? e[0].name : "(" + std::to_string(e.size()) + ")";
  };
  EXPECT_EQ(one("2. Khám sức khỏe tại huyện: từ ngày 05/12 đến ngày 15/12/2023."),
            "Khám sức khỏe tại huyện");
  EXPECT_EQ(one("b) Kiểm tra thực địa: từ 10/4 - 20/4/2023."), "Kiểm tra thực địa");
  EXPECT_EQ(one("Thời gian tổ chức tiêm: từ ngày 01/3/2023 đến ngày 15/3/2023."),
            "Chiến dịch tiêm vắc xin sởi");
}

// A recurring happening named by its label when the clause after the
// colon is only the verb that organises it.
TEST(ExtractEvents, ARecurrenceNamedByItsLabel) {
  const auto e = Of("1. Sàn giao dịch việc làm định kỳ: tổ chức vào ngày 10 hằng tháng tại Trung "
                    "tâm Dịch vụ việc làm tỉnh, bắt đầu từ ngày 10/6/2023.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].name, "Sàn giao dịch việc làm định kỳ");
  EXPECT_EQ(e[0].start.Iso(), "2023-06-10");
  // Without a label the verb names nothing: no event.
  EXPECT_TRUE(Of("Tổ chức vào ngày 10 hằng tháng, bắt đầu từ ngày 10/6/2023.").empty());
}

TEST(ExtractEvents, SuspensionsMergedReadingsAndTimesBeforeTheDay) {
  const std::pair<const char*, const char*> cases[] = {
      {"- Cấm biển từ 12 giờ ngày 26/10/2023 đối với tất cả tàu thuyền.", "Cấm biển 2023-10-26"},
      {"- Cho học sinh nghỉ học ngày 27/10/2023 để phòng tránh bão.",
       "Cho học sinh nghỉ học 2023-10-27"},
      {"- Tạm dừng hoạt động các bến đò ngang từ 18 giờ ngày 05/9/2023.",
       "Tạm dừng hoạt động các bến đò ngang 2023-09-05"},
      {"- Hội nghị tổng kết tổ chức vào 8 giờ 00, thứ Ba, ngày 12/12/2023.",
       "Hội nghị tổng kết 2023-12-12"},
      {"- Khai mạc Hội chợ Thương mại vào lúc 19 giờ 30 ngày 12/9/2023.",
       "Hội chợ Thương mại 2023-09-12"},
      {"- Ngày hội Đại đoàn kết toàn dân tộc được tổ chức từ ngày 10/11 đến 15/11/2023.",
       "Ngày hội Đại đoàn kết toàn dân tộc 2023-11-10"},
  };
  for (const auto& [line, want] : cases) {
    const auto e = Of(line);
    ASSERT_EQ(e.size(), 1u) << line;
    EXPECT_EQ(e[0].name + " " + e[0].start.Iso(), want) << line;
  }
  // Named short on one line and in full on another, on the same day.
  const auto twice = Of("- Gửi danh sách trước ngày tổ chức Hội thi (ngày 20/5/2023).\n"
                        "- Tổ chức Hội thi tay nghề vào ngày 20/5/2023.");
  ASSERT_EQ(twice.size(), 1u);
  EXPECT_EQ(twice[0].name, "Hội thi tay nghề");
  EXPECT_EQ(StartEnd("- Ngày hội Đại đoàn kết toàn dân tộc được tổ chức từ ngày 10/11 đến "
                     "15/11/2023."),
            "2023-11-10 2023-11-15");
  // A suspension with no day, or one that has passed, is none; nor is a ban
  // stated as a rule.
  EXPECT_EQ(Of("- Cấm biển khi có bão cấp 8 trở lên.").size(), 0u);
  // A ban that takes effect is a rule, not a suspension.
  EXPECT_EQ(Of("- Cấm sử dụng pháo nổ kể từ ngày 01/7/2023.").size(), 0u);
  // In a schedule, a window written with "đến" keeps its end; a due date
  // is no event.
  const auto rows = Of("TT\tNội dung\tThời gian hoàn thành\n"
                       "1\tTổ chức tiêm vắc xin sởi\tTừ 15/5 đến 30/6/2023\n"
                       "2\tBáo cáo kết quả\tTrước 15/7/2023\n"
                       "3\tRà soát đối tượng\tTháng 4/2023\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].name + " " + rows[0].start.Iso() + " " + rows[0].end->Iso(),
            "Tổ chức tiêm vắc xin sởi 2023-05-15 2023-06-30");
  EXPECT_EQ(Of("- Đã cấm biển từ 12 giờ ngày 26/10/2022.").size(), 0u);
}

// Lunar days written out as the solar day they fall on in the scope's
// year (inferred) or the year written (a can-chi or a figure); a numbered
// month is lunar only when the text says so; a lunar gloss of a solar day
// adds nothing.
TEST(ExtractEvents, LunarDays) {
  auto one = [](const std::string& line) {
    const auto e = Of(line, 2025);
    return e.size() == 1 ? e[0].start.Iso() + (e[0].inferred_year ? " inferred" : "") + " " +
                               e[0].name
                         : "(" + std::to_string(e.size()) + ")";
  };
  EXPECT_EQ(one("1. Tổ chức Lễ hội Đền Hùng vào ngày 10/3 âm lịch."),
            "2025-04-07 inferred Tổ chức Lễ hội Đền Hùng");
  EXPECT_EQ(one("2. Lễ Vu Lan được tổ chức vào Rằm tháng Bảy năm Ất Tỵ."), "2025-09-06 Lễ Vu Lan");
  EXPECT_EQ(one("3. Tổ chức Hội xuân vào mùng 9 tháng Giêng."),
            "2025-02-06 inferred Tổ chức Hội xuân");
  EXPECT_EQ(one("4. Tổ chức Tết Trung thu cho thiếu nhi vào ngày 15/8 (AL)."),
            "2025-10-06 inferred Tổ chức Tết Trung thu cho thiếu nhi");
  EXPECT_EQ(one("5. Tổ chức Lễ cúng ông Công ông Táo ngày 23 tháng Chạp năm Giáp Thìn."),
            "2025-01-22 Tổ chức Lễ cúng ông Công ông Táo");
  EXPECT_EQ(one("6. Lễ hội Xương Giang tổ chức ngày 06/02/2025 (tức ngày mùng 9 tháng Giêng)."),
            "2025-02-06 Lễ hội Xương Giang");
  // A numbered month without "âm lịch" is solar.
  EXPECT_EQ(one("7. Tổ chức Hội thi vào ngày 10/3/2025."), "2025-03-10 Hội thi");
  // The lunar day written stays beside the solar one; a solar day has none.
  auto lunar = [](const std::string& line) {
    const auto e = Of(line, 2025);
    if (e.size() != 1 || !e[0].lunar) return std::string("-");
    return std::to_string(e[0].lunar->day) + "/" + std::to_string(e[0].lunar->month) + "/" +
           std::to_string(e[0].lunar->year);
  };
  EXPECT_EQ(lunar("2. Lễ Vu Lan được tổ chức vào Rằm tháng Bảy năm Ất Tỵ."), "15/7/2025");
  EXPECT_EQ(lunar("5. Tổ chức Lễ cúng ông Công ông Táo ngày 23 tháng Chạp năm Giáp Thìn."),
            "23/12/2024");
  // A lunar gloss of the solar day before it is that day's note, when the
  // two agree; one that does not is no note.
  EXPECT_EQ(lunar("6. Lễ hội Xương Giang tổ chức ngày 06/02/2025 (tức ngày mùng 9 tháng Giêng)."),
            "9/1/2025");
  EXPECT_EQ(lunar("6. Lễ hội Xương Giang tổ chức ngày 07/02/2025 (tức ngày mùng 9 tháng Giêng)."),
            "-");
  EXPECT_EQ(lunar("7. Tổ chức Hội thi vào ngày 10/3/2025."), "-");
  // A time of day before the lunar day is no part of the name.
  EXPECT_EQ(one("8. Vui Tết Trung thu tổ chức vào tối Rằm tháng Tám năm Ất Tỵ."),
            "2025-10-06 Vui Tết Trung thu");
}

// A window inside another's sentence ("…, cao điểm từ ngày …") is named by
// its own part; a stage of two words names a stage of what the document is
// about (a traffic-safety plan, a vaccination campaign).
TEST(ExtractEvents, AWindowInsideAnothersSentence) {
  const auto e = Of("Thời gian: từ ngày 15/12/2023 đến hết ngày 15/3/2024, cao điểm từ ngày "
                    "01/02/2024 đến ngày 25/02/2024.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[1].start.Iso(), "2024-02-01");
  EXPECT_EQ(e[1].name, "Cao điểm chiến dịch tiêm vắc xin sởi");
  const auto own = Of("Tuyên truyền từ ngày 01/3/2023 đến ngày 31/3/2023, ra quân tổng vệ sinh "
                      "môi trường từ ngày 05/3/2023 đến ngày 06/3/2023.");
  ASSERT_EQ(own.size(), 2u);
  EXPECT_EQ(own[1].name, "Ra quân tổng vệ sinh môi trường");
}

}  // namespace
}  // namespace vanban
