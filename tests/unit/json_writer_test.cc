// The streaming writer against nlohmann::json, the library it replaced in
// the output path: the same values must give the same bytes, so records and
// their consumers see no change.
#include "pipeline/output/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

namespace vanban {
namespace {

using Json = nlohmann::ordered_json;

// {"name": s, "values": [d...], "empty": [], "none": {}, "ok": true, "n": null, "count": i}
std::string Written(bool pretty, const std::string& s, const std::vector<double>& ds, int64_t i) {
  JsonWriter w(pretty);
  w.BeginObject();
  w.Member("name", s);
  w.Key("values");
  w.BeginArray();
  for (double d : ds) w.Double(d);
  w.EndArray();
  w.Key("empty");
  w.BeginArray();
  w.EndArray();
  w.Key("none");
  w.BeginObject();
  w.EndObject();
  w.Key("ok");
  w.Bool(true);
  w.MemberOrNull("n", std::nullopt);
  w.Key("count");
  w.Int(i);
  w.Key("nested");
  w.BeginArray();
  w.BeginObject();
  w.MemberOrNull("k", std::string("v"));
  w.EndObject();
  w.StringArray({"a", "b"});
  w.EndArray();
  w.EndObject();
  return w.Take();
}

std::string Dumped(int indent, const std::string& s, const std::vector<double>& ds, int64_t i) {
  Json j;
  j["name"] = s;
  j["values"] = ds;
  j["empty"] = Json::array();
  j["none"] = Json::object();
  j["ok"] = true;
  j["n"] = nullptr;
  j["count"] = i;
  j["nested"] = Json::array({Json{{"k", "v"}}, Json::array({"a", "b"})});
  return j.dump(indent);
}

TEST(JsonWriter, LaysOutLikeNlohmannCompactAndPretty) {
  const std::string s = "Ủy ban nhân dân tỉnh Lạng Sơn";
  const std::vector<double> ds = {1.5, 7819};
  EXPECT_EQ(Written(false, s, ds, 42), Dumped(-1, s, ds, 42));
  EXPECT_EQ(Written(true, s, ds, -7), Dumped(2, s, ds, -7));
}

TEST(JsonWriter, NumbersAsNlohmannWritesThem) {
  const std::vector<double> ds = {0.0,     -0.0,      7819.0,   0.5,     95.5,   0.1 + 0.2,
                                  1.0 / 3, 1e-4,      1.5e-5,   1.5e9,   1e15,   1e16,
                                  -2.5e20, 123.456e7, 6.02e23,  1e-300,  5e-324, 1.7976931348623157e308,
                                  1234.5,  0.001,     -0.00012, 100000.0};
  EXPECT_EQ(Written(false, "", ds, 0), Dumped(-1, "", ds, 0));
  // Not numbers in JSON: nlohmann writes null, and so does the writer.
  const std::vector<double> odd = {std::nan(""), std::numeric_limits<double>::infinity()};
  EXPECT_EQ(Written(false, "", odd, 0), Dumped(-1, "", odd, 0));
}

TEST(JsonWriter, EscapesAsNlohmannDoes) {
  const std::string s = "\"Số\" 12/KH\\UBND\n\ttab\r\b\f\x01\x1f\x7f Đắk Nông ½ 𝄞";
  EXPECT_EQ(Written(false, s, {}, 0), Dumped(-1, s, {}, 0));
  EXPECT_EQ(Written(true, s, {}, 0), Dumped(2, s, {}, 0));
}

TEST(JsonWriter, BrokenUtf8BecomesReplacementCharacters) {
  // A Windows-1258 "ố", a lone continuation byte, a truncated sequence.
  JsonWriter w(false);
  w.String("S\xf4\xec: \x80x\xe1\xba");
  const std::string out = w.Take();
  const Json parsed = Json::parse(out);  // throws on invalid UTF-8
  EXPECT_EQ(parsed.get<std::string>().find("S\xEF\xBF\xBD"), 0u);
  EXPECT_NE(parsed.get<std::string>().find("x"), std::string::npos);
}

// Strings of valid letters, escapes and every kind of broken sequence
// (truncated, overlong, surrogate, past U+10FFFF, stray bytes) against
// nlohmann's dump with its "replace" handler, which writes U+FFFD for each
// ill-formed subsequence as the writer does.
TEST(JsonWriter, MixedValidAndBrokenUtf8AsNlohmannReplaces) {
  const std::vector<std::string> pieces = {
      "a", " ", "\"", "\\", "\n", "\x01", "\x7f", "ầ", "Đ", "ư", "𝄞",
      "\xEF\xBF\xBD", "\xE0\xA0\x80", "\xED\x9F\xBF",                          // valid
      "\xC0\x80", "\xE0\x80\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80",              // never valid
      "\xE1\xBA", "\xC3", "\xE1", "\xF0\x9F", "\x80", "\xFF"};                  // cut short, stray
  std::mt19937 rng(7);
  for (int t = 0; t < 20000; ++t) {
    std::string s;
    for (int k = static_cast<int>(rng() % 12); k > 0; --k) s += pieces[rng() % pieces.size()];
    JsonWriter w(false);
    w.String(s);
    ASSERT_EQ(w.Take(), Json(s).dump(-1, ' ', false, Json::error_handler_t::replace)) << s;
  }
}

// On well-formed text the unchecked path writes what String writes, with
// escapes at every place of the eight-byte blocks it reads.
TEST(JsonWriter, WellFormedStringWritesWhatStringWrites) {
  const std::vector<std::string> pieces = {"a", " ", "\"", "\\", "\n", "\x01", "\x1f", "\x7f",
                                           "ầ", "Đ", "ư", "𝄞", "\xEF\xBF\xBD", "Ủy ban nhân dân"};
  std::mt19937 rng(3);
  for (int t = 0; t < 20000; ++t) {
    std::string s;
    for (int k = static_cast<int>(rng() % 16); k > 0; --k) s += pieces[rng() % pieces.size()];
    JsonWriter checked(false), trusted(false);
    checked.String(s);
    trusted.WellFormedString(s);
    ASSERT_EQ(trusted.Take(), checked.Take()) << s;
  }
}

}  // namespace
}  // namespace vanban
