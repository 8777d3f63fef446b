#include "pipeline/structure/documents.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace vanban {
namespace {

using testing::Lex;

const char* const kLetter[] = {"ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "Số: 4532/UBND-KSTTHC",
                               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                               "Phú Thọ, ngày 07 tháng 12 năm 2011", "",
                               "Kính gửi: Các sở, ban, ngành.", "Nội dung của công văn."};

RawPage PageOf(std::initializer_list<const char*> lines, int skip_lines = 0) {
  RawPage page;
  for (int k = 0; k < skip_lines; ++k) {
    RawLine l;
    l.text = "Dòng nội dung của trang trước, tiếp tục.";
    page.lines.push_back(l);
  }
  for (const char* text : lines) {
    RawLine l;
    l.text = text;
    page.lines.push_back(l);
  }
  return page;
}

RawPage Letter(int skip_lines = 0) {
  RawPage page = PageOf({}, skip_lines);
  for (const char* text : kLetter) {
    RawLine l;
    l.text = text;
    page.lines.push_back(l);
  }
  return page;
}

std::vector<int> FirstPages(const std::vector<RawPage>& pages) {
  return DocumentFirstPages(BuildDocument(pages, Lex()));
}

TEST(DocumentFirstPages, APageWithItsOwnHeaderAndNumberBeginsADocument) {
  EXPECT_EQ(FirstPages({Letter()}), std::vector<int>{1});
  EXPECT_EQ(FirstPages({Letter(), Letter()}), (std::vector<int>{1, 2}));
  EXPECT_EQ(FirstPages({Letter(), PageOf({"Nội dung tiếp."}), Letter(), Letter()}),
            (std::vector<int>{1, 3, 4}));
  // A number line and the date line without the quốc hiệu, the handwritten
  // serial unread.
  EXPECT_EQ(FirstPages({Letter(), PageOf({"VĂN PHÒNG", "Số: /VP-KSTTHC",
                                          "Phú Thọ, ngày 02 tháng 12 năm 2011", "Nội dung."})}),
            (std::vector<int>{1, 2}));
}

TEST(DocumentFirstPages, AttachmentsAndLaterPagesDoNot) {
  // An attached plan under the quốc hiệu has no number of its own.
  EXPECT_EQ(FirstPages({Letter(), PageOf({"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KẾ HOẠCH",
                                          "(Kèm theo Công văn số 4532/UBND-KSTTHC)",
                                          "Nội dung."})}),
            std::vector<int>{1});
  // A number cited on a later page, without quốc hiệu or date line.
  EXPECT_EQ(FirstPages({Letter(), PageOf({"Số: 12/KH-UBND được sửa như sau.", "Nội dung."})}),
            std::vector<int>{1});
  // A header deep in a page (a copy quoted in the body) does not count.
  EXPECT_EQ(FirstPages({Letter(), Letter(20)}), std::vector<int>{1});
  // Nothing before it: a blank first page is no document.
  EXPECT_EQ(FirstPages({PageOf({""}), Letter()}), std::vector<int>{1});
}

}  // namespace
}  // namespace vanban
