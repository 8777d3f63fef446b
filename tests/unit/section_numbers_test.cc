#include "pipeline/structure/section_numbers.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vanban {
namespace {

// One page of the given lines, read by OCR unless said otherwise.
std::vector<RawPage> PageOf(const std::vector<std::string>& lines,
                            TextOrigin origin = TextOrigin::kOcr) {
  RawPage page;
  page.origin = origin;
  for (const auto& l : lines) page.lines.push_back({l, std::nullopt, false, std::nullopt});
  return {page};
}

std::vector<std::string> Repaired(std::vector<RawPage> pages, std::vector<Warning>* warnings) {
  RepairSectionNumbers(&pages, warnings);
  std::vector<std::string> out;
  for (const auto& p : pages)
    for (const auto& l : p.lines) out.push_back(l.text);
  return out;
}

TEST(NumeralDistance, OnlyIsMayChange) {
  EXPECT_EQ(NumeralDistance("III", "III"), 0);
  EXPECT_EQ(NumeralDistance("II", "III"), 1);
  EXPECT_EQ(NumeralDistance("IH", "III"), 0);  // H is two strokes: II
  EXPECT_EQ(NumeralDistance("HI", "III"), 0);
  EXPECT_EQ(NumeralDistance("I", "II"), 1);
  EXPECT_EQ(NumeralDistance("IV", "VI"), 2);
  EXPECT_EQ(NumeralDistance("I", "VI"), -1);   // a V is never invented
  EXPECT_EQ(NumeralDistance("V", "X"), -1);
}

TEST(RepairSectionNumbers, MisreadNumeralsFollowTheSequence) {
  std::vector<Warning> w;
  EXPECT_EQ(Repaired(PageOf({"I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "IH. CHỈ TIÊU",
                             "HI. NỘI DUNG THỰC HIỆN", "IV. TỔ CHỨC THỰC HIỆN"}),
                     &w),
            (std::vector<std::string>{"I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "II. CHỈ TIÊU",
                                      "III. NỘI DUNG THỰC HIỆN", "IV. TỔ CHỨC THỰC HIỆN"}));
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].code, WarningCode::kOcrCorrected);
  EXPECT_NE(w[0].message.find("\"IH.\" as \"II.\""), std::string::npos) << w[0].message;
}

TEST(RepairSectionNumbers, DroppedStrokes) {
  std::vector<Warning> w;
  EXPECT_EQ(Repaired(PageOf({"I. MỤC ĐÍCH", "I. NỘI DUNG", "II. TỔ CHỨC THỰC HIỆN"}), &w),
            (std::vector<std::string>{"I. MỤC ĐÍCH", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN"}));
  EXPECT_EQ(Repaired(PageOf({"I.MỤC ĐÍCH", "II. CHỈ TIÊU", "II. NHIỆM VỤ", "IV. KINH PHÍ"}), &w),
            (std::vector<std::string>{"I.MỤC ĐÍCH", "II. CHỈ TIÊU", "III. NHIỆM VỤ",
                                      "IV. KINH PHÍ"}));
}

TEST(RepairSectionNumbers, SequencesThatHoldStay) {
  std::vector<Warning> w;
  // A heading OCR lost: the others are not renumbered to close the gap.
  const std::vector<std::string> gap{"I. MỤC ĐÍCH", "II. NỘI DUNG", "IV. KINH PHÍ", "V. TỔ CHỨC"};
  EXPECT_EQ(Repaired(PageOf(gap), &w), gap);
  // An appendix numbering again from I.
  const std::vector<std::string> appendix{"I. MỤC ĐÍCH", "II. NỘI DUNG", "III. TỔ CHỨC",
                                          "PHỤ LỤC", "I. DANH SÁCH", "II. KINH PHÍ"};
  EXPECT_EQ(Repaired(PageOf(appendix), &w), appendix);
  // "1." read as "l." is an item, not a section.
  const std::vector<std::string> items{"I. MỤC ĐÍCH", "l. Mục đích", "II. NỘI DUNG"};
  EXPECT_EQ(Repaired(PageOf(items), &w), items);
  EXPECT_TRUE(w.empty());
}

TEST(RepairSectionNumbers, TextLayerIsTrusted) {
  std::vector<Warning> w;
  const std::vector<std::string> lines{"I. MỤC ĐÍCH", "I. NỘI DUNG", "II. TỔ CHỨC"};
  EXPECT_EQ(Repaired(PageOf(lines, TextOrigin::kPdfText), &w), lines);
  EXPECT_TRUE(w.empty());
}

}  // namespace
}  // namespace vanban
