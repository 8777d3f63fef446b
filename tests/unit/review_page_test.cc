// The review page's HTML (pipeline/output/review_page.h), on a small record
// written as the contract gives it: what the page marks, escapes and flags.
// Its behaviour in a browser is tests/review/check_review_page.py's.
#include "pipeline/output/review_page.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "tests/unit/test_support.h"

namespace vanban {
namespace {

using nlohmann::json;

// One page: "Sở Y tế chủ trì <b>" — code points 0..3 are "Sở Y".
Document OnePage() {
  Document doc;
  doc.pages.push_back({1, "Sở Y tế chủ trì <b>\nhết", TextOrigin::kOcr});
  doc.lines.push_back({1, 0, 26, BBox{10, 20, 110, 30}, false, 0.5, false});
  doc.lines.push_back({1, 27, 32, BBox{10, 40, 50, 50}, false, 0.95, false});
  return doc;
}

json Record() {
  return json::parse(R"({
    "schema": "vanban/1",
    "source": {"file": "a<b>.png", "media_type": "image/png", "pages": 1, "text_source": "ocr"},
    "document": {"recipients": [], "spans": {}},
    "agencies": [{"name": "Sở Y tế <script>", "abbreviation": null,
                  "mentions": [{"page": 1, "start": 0, "end": 7, "confidence": 0.5}]}],
    "tasks": [{"action": "chủ trì", "lead": ["Sở Y tế"], "support": [], "due": null,
               "span": {"page": 1, "start": 0, "end": 19, "confidence": 0.5}}],
    "events": [{"name": "hết", "start": "2025", "end": null,
                "span": {"page": 1, "start": 20, "end": 23, "confidence": 0.95}}],
    "deadlines": [{"due": "2025-01-01", "kind": "by", "span": {"page": 1, "start": 23, "end": 23}}],
    "warnings": [{"code": "ocr_low_confidence", "message": "trang 1 <mờ>"}]
  })");
}

std::string Page(const std::vector<PagePicture>& pictures = {}) {
  return ReviewPage(Record(), OnePage(), pictures, testing::Lex());
}

TEST(ReviewPage, MarksEachSpanInTheText) {
  const std::string page = Page();
  // The agency's mention lies inside the task's span: the shorter is last.
  EXPECT_NE(page.find("<span data-i=\"k1 a1\">Sở Y tế</span>"), std::string::npos);
  EXPECT_NE(page.find("<span data-i=\"k1\"> chủ trì &lt;b&gt;</span>"), std::string::npos);
  EXPECT_NE(page.find("<span data-i=\"e1\">hết</span>"), std::string::npos);
  // An empty span stands where it points.
  EXPECT_NE(page.find("hết</span><span class=\"pt\" data-i=\"h1\"></span>"), std::string::npos);
}

TEST(ReviewPage, EscapesWhatTheDocumentSays) {
  const std::string page = Page();
  // One <script>, the page's own: the agency's "<script>" is text.
  EXPECT_EQ(page.find("<script>"), page.rfind("<script>"));
  EXPECT_NE(page.find("Sở Y tế &lt;script&gt;"), std::string::npos);
  EXPECT_NE(page.find("a&lt;b&gt;.png"), std::string::npos);
  EXPECT_NE(page.find("trang 1 &lt;mờ&gt;"), std::string::npos);
}

TEST(ReviewPage, FlagsItemsReadFromDoubtfulLines) {
  const std::string page = Page();
  EXPECT_NE(page.find("<li class=\"item check\" id=\"item-a1\""), std::string::npos);
  EXPECT_NE(page.find("<li class=\"item check\" id=\"item-k1\""), std::string::npos);
  EXPECT_NE(page.find("<li class=\"item\" id=\"item-e1\""), std::string::npos);
  EXPECT_NE(page.find("Chỉ các mục cần kiểm tra (2)"), std::string::npos);
}

TEST(ReviewPage, BoxesLinesOnThePicture) {
  const std::string without = Page();
  EXPECT_EQ(without.find("class=\"box\""), std::string::npos);
  PagePicture pic{1, "image/jpeg", std::string("\xff\xd8\xff", 3), 200, 100};
  const std::string page = Page({pic});
  EXPECT_NE(page.find("src=\"data:image/jpeg;base64,/9j/\""), std::string::npos);
  // The first line, [10, 20, 110, 30] of a 200 × 100 pt page, holds the
  // agency and the task; the second the event and the deadline.
  EXPECT_NE(page.find("left:5.000%;top:20.000%;width:50.000%;height:10.000%\" data-i=\"k1 a1\""),
            std::string::npos);
  EXPECT_NE(page.find("left:5.000%;top:40.000%;width:20.000%;height:10.000%\" data-i=\"e1 h1\""),
            std::string::npos);
}

}  // namespace
}  // namespace vanban
