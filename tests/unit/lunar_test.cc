#include "pipeline/language/lunar.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

std::string Solar(int day, int month, int year, bool leap = false) {
  const auto d = LunarToSolar(day, month, year, leap);
  return d ? d->Iso() : "none";
}

// Tết and other days as Vietnam's calendars print them. 1985 and 2007 are
// the years where reckoning at UTC+8 (China's) would move Tết.
TEST(LunarToSolar, DaysVietnamKeeps) {
  EXPECT_EQ(Solar(1, 1, 1985), "1985-01-21");  // China: 20 February
  EXPECT_EQ(Solar(1, 1, 2007), "2007-02-17");  // China: 18 February
  EXPECT_EQ(Solar(1, 1, 2024), "2024-02-10");
  EXPECT_EQ(Solar(1, 1, 2025), "2025-01-29");
  EXPECT_EQ(Solar(1, 1, 2026), "2026-02-17");
  EXPECT_EQ(Solar(10, 3, 2025), "2025-04-07");  // Giỗ Tổ Hùng Vương
  EXPECT_EQ(Solar(15, 7, 2025), "2025-09-06");  // Rằm tháng Bảy
  EXPECT_EQ(Solar(15, 8, 2024), "2024-09-17");  // Tết Trung thu
  EXPECT_EQ(Solar(23, 12, 2024), "2025-01-22");  // ông Công ông Táo: the lunar year 2024's
  // 2025 has a leap sixth month.
  EXPECT_EQ(Solar(1, 6, 2025, /*leap=*/true), "2025-07-25");
  EXPECT_EQ(Solar(1, 7, 2025), "2025-08-23");
  // Near misses: a leap month the year has not, a day out of range.
  EXPECT_EQ(Solar(1, 6, 2024, /*leap=*/true), "none");
  EXPECT_EQ(Solar(31, 1, 2025), "none");
  EXPECT_EQ(Solar(1, 13, 2025), "none");
}

TEST(CanChiYear, TheCycleYearNearest) {
  EXPECT_EQ(CanChiYear("Ất Tỵ", 2025), 2025);
  EXPECT_EQ(CanChiYear("Ất Tị", 2024), 2025);
  EXPECT_EQ(CanChiYear("Giáp Thìn", 2025), 2024);
  EXPECT_EQ(CanChiYear("Bính Ngọ", 2025), 2026);
  EXPECT_EQ(CanChiYear("Canh Tý", 2019), 2020);
  EXPECT_EQ(CanChiYear("Quý Mão", 2023), 2023);
  EXPECT_EQ(CanChiYear("Đinh Hợi", 2010), 2007);
  // A stem and a branch of different parity pair in no year; other words.
  EXPECT_FALSE(CanChiYear("Ất Ngọ", 2025));
  EXPECT_FALSE(CanChiYear("Hà Nội", 2025));
  EXPECT_FALSE(CanChiYear("Ất", 2025));
}

}  // namespace
}  // namespace vanban
