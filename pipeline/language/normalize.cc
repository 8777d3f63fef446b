#include "pipeline/language/normalize.h"

#include <algorithm>
#include <cctype>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/bytestream.h>
#include <unicode/utf8.h>

#include "pipeline/base/string_map.h"
#include "pipeline/base/utf8.h"

namespace vanban {

namespace {

const icu::Normalizer2& Nfc() {
  // getNFCInstance returns a process-wide singleton owned by ICU.
  static const icu::Normalizer2* nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::Normalizer2::getNFCInstance(status);
  }();
  return *nfc;
}

icu::UnicodeString ToNfc(const icu::UnicodeString& s) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out = Nfc().normalize(s, status);
  return U_SUCCESS(status) ? out : s;
}

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// `s` in NFC, left as it is when it already is.
std::string NfcUtf8(std::string_view s) {
  const icu::StringPiece piece(s.data(), static_cast<int32_t>(s.size()));
  UErrorCode status = U_ZERO_ERROR;
  if (Nfc().isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(s);
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  status = U_ZERO_ERROR;
  Nfc().normalizeUTF8(0, piece, sink, nullptr, status);
  return U_SUCCESS(status) ? out : std::string(s);
}

void AppendUtf8(UChar32 c, std::string* out) {
  char buf[U8_MAX_LENGTH];
  int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, c);
  out->append(buf, static_cast<size_t>(len));
}

icu::UnicodeString FromUtf8(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

// The replacement for one code point, or -1 to keep it, or 0 to drop it.
UChar32 CanonicalLookAlike(UChar32 c) {
  switch (c) {
    case 0x00D0: return 0x0110;  // Ð (eth) → Đ: OCR and some fonts
    case 0x00F0: return 0x0111;  // ð → đ
    case 0x0189: return 0x0110;  // Ɖ (African D) → Đ
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return '-';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2033:
      return '"';
    case 0x2044: case 0x2215: return '/';
    case 0x00A0: case 0x2007: case 0x202F: case 0x2000: case 0x2001: case 0x2002:
    case 0x2003: case 0x2004: case 0x2005: case 0x2006: case 0x2008: case 0x2009:
    case 0x200A: case 0x3000:
      return ' ';
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return 0;
    default: return -1;
  }
}

// A tone on the first vowel of a syllable-final "oa", "oe", "uy" and the
// same tone on the second vowel. "quý" is left alone: there "u" belongs to
// the consonant "qu".
struct TonePair {
  UChar32 old_first;
  UChar32 plain_second;
  UChar32 new_first;
  UChar32 new_second;
};
constexpr TonePair kTonePairs[] = {
    {0x00F2, 'a', 'o', 0x00E0}, {0x00F3, 'a', 'o', 0x00E1}, {0x1ECF, 'a', 'o', 0x1EA3},
    {0x00F5, 'a', 'o', 0x00E3}, {0x1ECD, 'a', 'o', 0x1EA1},
    {0x00F2, 'e', 'o', 0x00E8}, {0x00F3, 'e', 'o', 0x00E9}, {0x1ECF, 'e', 'o', 0x1EBB},
    {0x00F5, 'e', 'o', 0x1EBD}, {0x1ECD, 'e', 'o', 0x1EB9},
    {0x00F9, 'y', 'u', 0x1EF3}, {0x00FA, 'y', 'u', 0x00FD}, {0x1EE7, 'y', 'u', 0x1EF7},
    {0x0169, 'y', 'u', 0x1EF9}, {0x1EE5, 'y', 'u', 0x1EF5},
};

// MatchKey puts the tone on the second vowel ("hòa" → "hoà"); either
// direction would do, as long as both spellings meet.
void UnifyTonePlacement(icu::UnicodeString* s) {
  for (int32_t i = 0; i + 1 < s->length(); ++i) {
    const UChar32 a = s->char32At(i);
    const UChar32 b = s->char32At(i + 1);
    const bool at_end = i + 2 >= s->length() || !u_isalpha(s->char32At(i + 2));
    const bool after_q = i > 0 && (s->char32At(i - 1) == 'q');
    if (!at_end || after_q) continue;
    for (const TonePair& p : kTonePairs) {
      if (a == p.old_first && b == p.plain_second) {
        s->replace(i, 2, icu::UnicodeString(p.new_first).append(p.new_second));
        break;
      }
    }
  }
}

// A precomposed Latin letter (Vietnamese ones among them) other than the
// look-alikes CanonicalLookAlike maps: NFC on its own, of combining class
// 0 and no space, so a line of these and ASCII is NFC without asking ICU.
bool IsPlainLatinLetter(UChar32 c) {
  return ((c >= 0x00C0 && c <= 0x024F) || (c >= 0x1E00 && c <= 0x1EFF)) && c != 0x00D0 &&
         c != 0x00F0 && c != 0x0189;
}

// Bytes of the plain Latin letter at u[i] (i < n) when it is one of the
// two- or three-byte ranges most Vietnamese letters are in (U+00C0–U+023F,
// U+1E00–U+1EFF), else 0. On bytes, without decoding, so that it stays
// small enough to inline: the normaliser's loops ask it of most letters.
inline int32_t PlainLatinLetterBytes(const uint8_t* u, int32_t i, int32_t n) {
  const uint8_t b = u[i];
  if (b >= 0xC3 && b <= 0xC8 && i + 1 < n && IsUtf8Continuation(u[i + 1])) {
    const uint8_t t = u[i + 1];
    // Ð (C3 90), ð (C3 B0) and Ɖ (C6 89) are look-alikes, not plain.
    const bool look_alike = (b == 0xC3 && (t == 0x90 || t == 0xB0)) || (b == 0xC6 && t == 0x89);
    return look_alike ? 0 : 2;
  }
  if (b == 0xE1 && i + 2 < n && u[i + 1] >= 0xB8 && u[i + 1] <= 0xBB &&
      IsUtf8Continuation(u[i + 2])) {
    return 3;
  }
  return 0;
}

// What NormalizeLine has to do to a line.
enum class Work {
  kNone,  // nothing: most lines already are normal
  // Map look-alikes and spaces only: the line is ASCII, plain Latin letters,
  // look-alikes and spaces, which is NFC before and after mapping (those map
  // to ASCII, "Đ" or nothing). Most lines that need work are such, with a
  // curly quote or a dash in them.
  kMap,
  kFull,  // compose, map, compose again: combining marks, other scripts
};

// Checking in UTF-8 is a fraction of the cost of ICU's normaliser.
Work WorkFor(std::string_view line) {
  const auto n = static_cast<int32_t>(line.size());
  UChar32 prev = ' ';  // so that a leading space counts as a change
  bool changes = false;
  bool only_latin = true;  // ASCII, plain Latin letters, look-alikes and spaces
  const auto* u = reinterpret_cast<const unsigned char*>(line.data());
  for (int32_t i = 0; i < n;) {
    UChar32 c = u[i];
    if (c < 0x80) {
      ++i;
      if (c == ' ' && (prev == ' ' || prev == '\t')) changes = true;
      if (c == '\t' && prev == ' ') changes = true;
      if (c < 0x20 && c != '\t') changes = true;  // controls, spaces other than tab
    } else if (const int32_t letter = PlainLatinLetterBytes(u, i, n)) {
      i += letter;
    } else {
      U8_NEXT(line.data(), i, n, c);
      if (c < 0) return Work::kFull;  // ill-formed
      if (!IsPlainLatinLetter(c)) {
        if (CanonicalLookAlike(c) != -1 || u_isspace(c)) {
          changes = true;
        } else {
          only_latin = false;
        }
      }
    }
    prev = c;
  }
  if (prev == ' ' && n > 0) changes = true;
  if (only_latin) return changes ? Work::kMap : Work::kNone;
  if (changes) return Work::kFull;
  UErrorCode status = U_ZERO_ERROR;
  const bool nfc = Nfc().isNormalizedUTF8(icu::StringPiece(line.data(), n), status);
  return U_SUCCESS(status) && nfc ? Work::kNone : Work::kFull;
}

// Look-alikes mapped, runs of spaces made one, spaces at the ends and
// before a tab dropped.
std::string MapLookAlikesAndSpaces(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  bool pending_space = false;
  // Before anything but a space: the one space a run of them leaves.
  auto space_before = [&] {
    if (pending_space && !out.empty() && out.back() != '\t') out += ' ';
    pending_space = false;
  };
  const auto n = static_cast<int32_t>(in.size());
  const auto* u = reinterpret_cast<const uint8_t*>(in.data());
  for (int32_t i = 0; i < n;) {
    // Most of a line: runs of ASCII and letters that stay as they are.
    int32_t run = i;
    while (run < n) {
      const int32_t plain = u[run] > ' ' && u[run] < 0x80 ? 1 : PlainLatinLetterBytes(u, run, n);
      if (plain == 0) break;
      run += plain;
    }
    if (run > i) {
      space_before();
      out.append(in.data() + i, static_cast<size_t>(run - i));
      i = run;
      continue;
    }
    UChar32 c;
    U8_NEXT(in.data(), i, n, c);
    if (c < 0) c = 0xFFFD;  // ill-formed UTF-8
    const UChar32 mapped = CanonicalLookAlike(c);
    if (mapped == 0) continue;
    if (mapped > 0) c = mapped;
    if (c == ' ' || (u_isspace(c) && c != '\t')) {
      pending_space = !out.empty();
    } else if (c == '\t') {
      pending_space = false;  // spaces before a cell separator carry no meaning
      out += '\t';
    } else {
      space_before();
      AppendUtf8(c, &out);
    }
  }
  return out;
}

}  // namespace

std::string NormalizeLine(std::string_view line) {
  switch (WorkFor(line)) {
    case Work::kNone: return std::string(line);
    case Work::kMap: return MapLookAlikesAndSpaces(line);
    case Work::kFull: break;
  }
  // In UTF-8 throughout: ICU normalises UTF-8 without a round trip through
  // UTF-16, which was most of the cost of the lines that need this path.
  // Mapping can create sequences NFC composes (e.g. Đ + combining mark).
  return NfcUtf8(MapLookAlikesAndSpaces(NfcUtf8(line)));
}

namespace {

std::string WordMatchKey(std::string_view word) {
  icu::UnicodeString s = FromUtf8(word);
  s.foldCase();
  s = ToNfc(s);
  UnifyTonePlacement(&s);
  return ToUtf8(s);
}

// Appends a word's key, remembered: the extractors key the same few
// thousand words of a document over and over, and each key is an ICU case
// fold and normalisation (most of the text → JSON time before this cache).
// Per thread, so that documents read in parallel share nothing; cleared
// when it grows past a bound.
void AppendWordMatchKey(std::string_view word, std::string* out) {
  // An ASCII word's key is the word in lower case (no tone marks to place),
  // cheaper to make than to look up.
  if (std::all_of(word.begin(), word.end(), [](char c) { return (c & 0x80) == 0; })) {
    for (char c : word) *out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return;
  }
  thread_local StringMap<std::string> cache;
  if (auto it = cache.find(word); it != cache.end()) {
    *out += it->second;
    return;
  }
  if (cache.size() > 200'000) cache.clear();
  *out += cache.emplace(std::string(word), WordMatchKey(word)).first->second;
}

bool IsWordSeparator(char c) { return c == ' ' || c == '\t' || c == '\n'; }

}  // namespace

// Word by word: case folding, NFC and tone placement never reach across a
// space, so the key of a text is its words' keys with the spaces kept.
std::string MatchKey(std::string_view text) {
  std::string out;
  out.reserve(text.size());  // keys are mostly as long as their words
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i;
    while (j < text.size() && !IsWordSeparator(text[j])) ++j;
    if (j > i) AppendWordMatchKey(text.substr(i, j - i), &out);
    i = j;
    while (i < text.size() && IsWordSeparator(text[i])) out += text[i++];
  }
  return out;
}

std::string ToLower(std::string_view text) {
  icu::UnicodeString s = FromUtf8(text);
  s.toLower(icu::Locale("vi"));
  return ToUtf8(s);
}

std::string ToUpper(std::string_view text) {
  icu::UnicodeString s = FromUtf8(text);
  s.toUpper(icu::Locale("vi"));
  return ToUtf8(s);
}

std::string CapitalizeFirst(std::string_view text) {
  icu::UnicodeString s = FromUtf8(text);
  if (s.isEmpty()) return {};
  const int32_t first_len = U16_LENGTH(s.char32At(0));
  icu::UnicodeString head = s.tempSubString(0, first_len);
  head.toUpper(icu::Locale("vi"));
  return ToUtf8(head.append(s.tempSubString(first_len)));
}

std::string SuperscriptDigits(std::string_view digits) {
  static const char* const kSup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  std::string out;
  for (char c : digits) {
    if (c >= '0' && c <= '9') out += kSup[c - '0'];
    else out += c;
  }
  return out;
}

size_t CodePointCount(std::string_view utf8) {
  size_t n = 0;
  for (unsigned char c : utf8) {
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

}  // namespace vanban
