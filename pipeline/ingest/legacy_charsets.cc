#include "pipeline/ingest/legacy_charsets.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "pipeline/ingest/legacy_charsets_data.h"
#include "pipeline/language/normalize.h"
#include "pipeline/language/syllables.h"
#include "pipeline/language/text_util.h"

namespace vanban {

namespace {

// Fewer words than this cannot tell Vietnamese from another code page.
constexpr size_t kMinWords = 20;
// Of the words made of letters, at least this share are syllables in a
// Vietnamese text.
constexpr double kMinSyllableShare = 0.6;

// A charset's spellings, each the letter it stands for; the longest
// spelling is two characters.
struct Spellings {
  std::unordered_map<std::string, std::string> letters;
};

// The table's rows: "unicode<TAB>tcvn3<TAB>vni", '#' comments, '-' for a
// spelling left out.
std::vector<Spellings> ReadTable() {
  std::vector<Spellings> out(2);
  std::string_view tsv = kLegacyCharsetsTsv;
  while (!tsv.empty()) {
    const size_t nl = tsv.find('\n');
    const std::string_view row = tsv.substr(0, nl);
    tsv.remove_prefix(nl == std::string_view::npos ? tsv.size() : nl + 1);
    if (row.empty() || row[0] == '#') continue;
    const size_t t1 = row.find('\t');
    const size_t t2 = row.find('\t', t1 + 1);
    const std::string letter(row.substr(0, t1));
    const std::string_view spelled[2] = {row.substr(t1 + 1, t2 - t1 - 1), row.substr(t2 + 1)};
    for (int k = 0; k < 2; ++k) {
      if (spelled[k] != "-") out[k].letters.emplace(spelled[k], letter);
    }
  }
  return out;
}

const Spellings& SpellingsOf(LegacyCharset charset) {
  static const std::vector<Spellings> table = ReadTable();
  return table[charset == LegacyCharset::kTcvn3 ? 0 : 1];
}

// The length in bytes of the UTF-8 character at `text[at]`.
size_t CharLength(std::string_view text, size_t at) {
  const unsigned char c = static_cast<unsigned char>(text[at]);
  const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return std::min(n, text.size() - at);
}

}  // namespace

std::string_view LegacyCharsetName(LegacyCharset charset) {
  return charset == LegacyCharset::kTcvn3 ? "tcvn3" : "vni";
}

namespace {

bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Whether `line`, as the legacy font's bytes, was typed in a capital face:
// no small ASCII letter, and most of its words that hold a legacy letter
// hold two capitals besides ("CéNG", "HOµ", "THIÞ"; not "Sè: /CT-UBND",
// where "Sè" is "Số").
bool InCapitalFace(std::string_view line) {
  size_t toned = 0, capitalised = 0;
  for (std::string_view w : Words(line)) {
    size_t capitals = 0;
    bool legacy = false;
    for (const char c : w) {
      if (IsAsciiLower(c)) return false;
      capitals += IsAsciiUpper(c);
      legacy |= static_cast<unsigned char>(c) >= 0x80;
    }
    toned += legacy;
    capitalised += legacy && capitals >= 2;
  }
  return toned > 0 && 2 * capitalised > toned;
}

// One line of FromLegacy.
std::string LineFromLegacy(std::string_view line, const std::unordered_map<std::string, std::string>& letters) {
  std::string out;
  out.reserve(line.size() + line.size() / 4);
  std::string key;
  for (size_t at = 0; at < line.size();) {
    const size_t one = CharLength(line, at);
    const size_t two = at + one < line.size() ? one + CharLength(line, at + one) : one;
    bool done = false;
    for (const size_t len : {two, one}) {
      key.assign(line.substr(at, len));
      if (const auto it = letters.find(key); it != letters.end()) {
        out += it->second;
        at += len;
        done = true;
        break;
      }
    }
    if (!done) {
      out.append(line.substr(at, one));
      at += one;
    }
  }
  return InCapitalFace(line) ? ToUpper(out) : out;
}

}  // namespace

std::string FromLegacy(std::string_view text, LegacyCharset charset) {
  const auto& letters = SpellingsOf(charset).letters;
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  for (size_t at = 0, end; at <= text.size(); at = end + 1) {
    end = std::min(text.find('\n', at), text.size());
    out += LineFromLegacy(text.substr(at, end - at), letters);
    if (end < text.size()) out += '\n';
  }
  return out;
}

std::string WithSoftHyphensRestored(std::string_view text) {
  auto small = [](unsigned char c) { return IsAsciiLower(static_cast<char>(c)) || c >= 0x80; };
  std::string out(text);
  for (size_t i = 1; i + 1 < out.size(); ++i) {
    if (out[i] != '-' || !small(out[i - 1]) || !small(out[i + 1])) continue;
    out.replace(i, 1, "\u00AD");
    ++i;
  }
  return out;
}

SyllableCount CountSyllables(std::string_view text) {
  SyllableCount count;
  for (size_t at = 0, end; at < text.size(); at = end + 1) {
    end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    const std::string normal = NormalizeLine(text.substr(at, end - at));
    for (std::string_view w : Words(normal)) {
      const std::string_view bare = StripPunct(w);
      if (bare.empty() || IsDigit(bare[0])) continue;
      ++count.words;
      count.syllables += IsSyllable(bare);
    }
  }
  return count;
}

bool ReadsAsVietnamese(const SyllableCount& count) {
  return count.words >= kMinWords && count.share() >= kMinSyllableShare;
}

std::optional<LegacyCharset> LegacyCharsetOf(std::string_view text) {
  if (ReadsAsVietnamese(CountSyllables(text))) return std::nullopt;
  std::optional<LegacyCharset> best;
  double best_share = 0;
  for (const LegacyCharset c : {LegacyCharset::kTcvn3, LegacyCharset::kVni}) {
    const SyllableCount count = CountSyllables(FromLegacy(text, c));
    if (ReadsAsVietnamese(count) && count.share() > best_share) {
      best = c;
      best_share = count.share();
    }
  }
  return best;
}

}  // namespace vanban
