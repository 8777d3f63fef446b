#include "pipeline/output/json_writer.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>

#include <unicode/utf8.h>

#include "pipeline/base/swar.h"
#include "pipeline/base/utf8.h"

namespace vanban {

namespace {

// Writes shortest round-trip digits the way nlohmann's dump lays them out:
// plain decimals for exponents from -4 to 15 ("0.0001", "7819.0"),
// otherwise "1.5e+16" with at least two exponent digits.
void AppendDouble(double v, std::string* out) {
  if (!std::isfinite(v)) {
    *out += "null";  // what nlohmann writes for NaN and infinities
    return;
  }
  if (v == 0) {
    *out += std::signbit(v) ? "-0.0" : "0.0";
    return;
  }
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string_view sci(buf, static_cast<size_t>(r.ptr - buf));  // "-1.234e+05"
  if (sci.front() == '-') {
    *out += '-';
    sci.remove_prefix(1);
  }
  const size_t e = sci.find('e');
  std::string digits(1, sci[0]);
  if (e > 1) digits.append(sci.substr(2, e - 2));
  const int exponent = std::atoi(std::string(sci.substr(e + 1)).c_str());
  const int k = static_cast<int>(digits.size());
  const int n = exponent + 1;  // digits before the decimal point
  if (k <= n && n <= 15) {
    *out += digits;
    out->append(static_cast<size_t>(n - k), '0');
    *out += ".0";
  } else if (0 < n && n <= 15) {
    out->append(digits, 0, static_cast<size_t>(n));
    *out += '.';
    out->append(digits, static_cast<size_t>(n));
  } else if (-4 < n && n <= 0) {
    *out += "0.";
    out->append(static_cast<size_t>(-n), '0');
    *out += digits;
  } else {
    *out += digits[0];
    if (k > 1) {
      *out += '.';
      out->append(digits, 1);
    }
    const int x = n - 1;
    *out += x < 0 ? "e-" : "e+";
    const int a = std::abs(x);
    if (a < 10) *out += '0';
    *out += std::to_string(a);
  }
}

// ASCII that goes out as it is: all but controls, '"' and '\\'.
constexpr std::array<bool, 128> kPlainAscii = [] {
  std::array<bool, 128> t{};
  for (int b = 0x20; b < 0x80; ++b) t[b] = b != '"' && b != '\\';
  return t;
}();

// Bytes from `i` that go out as they are: ASCII that needs no escape and
// well-formed UTF-8 sequences.
int32_t PlainRunEnd(std::string_view s, int32_t i) {
  const auto n = static_cast<int32_t>(s.size());
  const auto* u = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    if (u[i] < 0x80) {
      if (!kPlainAscii[u[i]]) break;
      ++i;
      continue;
    }
    const int32_t length = WellFormedLength(u, i, n);
    if (length == 0) break;
    i += length;
  }
  return i;
}

// Bytes from `i` that need no escape, multi-byte sequences taken on trust.
// Eight bytes at a time where none of them needs one, as in most text.
size_t UnescapedRunEnd(std::string_view s, size_t i) {
  for (; i + 8 <= s.size(); i += 8) {
    const uint64_t x = swar::Load(s.data() + i);
    if ((swar::Below(x, 0x20) | swar::Equal(x, '"') | swar::Equal(x, '\\')) != 0) break;
  }
  while (i < s.size()) {
    const auto b = static_cast<uint8_t>(s[i]);
    if (b < 0x80 && !kPlainAscii[b]) break;
    ++i;
  }
  return i;
}

// `s` as a JSON string's content. With `well_formed`, its multi-byte
// sequences are taken on trust; without, each is checked and a broken one
// written as U+FFFD.
void AppendEscaped(std::string_view s, bool well_formed, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    // Plain runs are copied whole: most of a record is such text (in
    // Vietnamese, a multi-byte letter every few bytes).
    const auto run = static_cast<int32_t>(well_formed ? UnescapedRunEnd(s, i) : PlainRunEnd(s, i));
    out->append(s.data() + i, static_cast<size_t>(run - i));
    i = run;
    if (i == n) break;
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0x80) {
      UChar32 c;
      U8_NEXT(s.data(), i, n, c);  // ill-formed: PlainRunEnd stopped at it
      *out += "\xEF\xBF\xBD";       // U+FFFD for a broken sequence
      continue;
    }
    ++i;
    switch (b) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\b': *out += "\\b"; break;
      case '\f': *out += "\\f"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      default:
        if (b < 0x20) {
          *out += "\\u00";
          *out += kHex[b >> 4];
          *out += kHex[b & 0xF];
        } else {
          *out += static_cast<char>(b);
        }
    }
  }
}

}  // namespace

void JsonWriter::Indent() {
  out_ += '\n';
  out_.append(2 * levels_.size(), ' ');
}

void JsonWriter::NextItem() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  if (levels_.back().items++ > 0) out_ += ',';
  if (pretty_) Indent();
}

void JsonWriter::Close(char bracket) {
  const bool had_items = levels_.back().items > 0;
  levels_.pop_back();
  if (pretty_ && had_items) Indent();
  out_ += bracket;
}

void JsonWriter::BeginObject() {
  NextItem();
  out_ += '{';
  levels_.push_back({});
}

void JsonWriter::EndObject() { Close('}'); }

void JsonWriter::BeginArray() {
  NextItem();
  out_ += '[';
  levels_.push_back({});
}

void JsonWriter::EndArray() { Close(']'); }

void JsonWriter::Key(std::string_view name) {
  NextItem();
  out_ += '"';
  out_ += name;  // a field name of the contract: needs no escape
  out_ += pretty_ ? "\": " : "\":";
  after_key_ = true;
}

void JsonWriter::String(std::string_view s) {
  NextItem();
  out_ += '"';
  AppendEscaped(s, /*well_formed=*/false, &out_);
  out_ += '"';
}

void JsonWriter::WellFormedString(std::string_view s) {
  NextItem();
  out_ += '"';
  AppendEscaped(s, /*well_formed=*/true, &out_);
  out_ += '"';
}

void JsonWriter::Int(int64_t v) {
  NextItem();
  char buf[24];
  out_.append(buf, static_cast<size_t>(std::to_chars(buf, buf + sizeof buf, v).ptr - buf));
}

void JsonWriter::Double(double v) {
  NextItem();
  AppendDouble(v, &out_);
}

void JsonWriter::Bool(bool v) {
  NextItem();
  out_ += v ? "true" : "false";
}

void JsonWriter::Null() {
  NextItem();
  out_ += "null";
}

void JsonWriter::MemberOrNull(std::string_view name, const std::optional<std::string>& s) {
  Key(name);
  if (s) String(*s);
  else Null();
}

void JsonWriter::StringArray(const std::vector<std::string>& items) {
  BeginArray();
  for (const auto& s : items) String(s);
  EndArray();
}

}  // namespace vanban
