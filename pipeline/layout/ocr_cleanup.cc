#include "pipeline/layout/ocr_cleanup.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>

namespace vanban {

namespace {

// Punctuation Vietnamese administrative documents are written with.
bool UsualPunctuation(UChar32 c) {
  static const std::u32string kUsual = U".,;:!?-–—()[]\"'“”‘’/%&+*•…§°<>=";
  return kUsual.find(static_cast<char32_t>(c)) != std::u32string::npos;
}

struct Counts {
  int spaces = 0;
  int letters = 0;
  int digits = 0;
  int junk = 0;  // neither letter, digit nor usual punctuation
  int chars = 0;
  int longest_letter_run = 0;
};

Counts Count(std::string_view s) {
  Counts n;
  int run = 0;
  int32_t i = 0;
  const int32_t len = static_cast<int32_t>(s.size());
  while (i < len) {
    UChar32 c;
    U8_NEXT(s.data(), i, len, c);
    if (c < 0) c = 0xFFFD;
    ++n.chars;
    if (u_isalpha(c)) {
      ++n.letters;
      n.longest_letter_run = std::max(n.longest_letter_run, ++run);
      continue;
    }
    run = 0;
    if (u_isdigit(c)) {
      ++n.digits;
    } else if (u_isUWhiteSpace(c) || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) {
      ++n.spaces;
    } else if (!UsualPunctuation(c)) {
      ++n.junk;
    }
  }
  return n;
}

// Below this mean word confidence a segment is a scribble read as letters
// ("X2... sub", "Ip"); a real word read this badly sits among good ones.
constexpr double kNoiseConfidence = 0.4;

}  // namespace

bool IsJunkWord(std::string_view word, double confidence) {
  const Counts n = Count(word);
  if (n.spaces == n.chars) return true;  // OCR returns blank "words" too
  // A lone character read with little confidence: a speck, or a stroke of
  // the signature ("4" inside "Lê Khắc 4 Nam").
  if (n.chars == 1 && confidence < 0.5) return true;
  if (n.junk == 0) return false;
  if (n.letters + n.digits == 0) return true;
  // "⁄⁄2/l¿/»": a letter or digit among the symbols is still a scribble;
  // a confidently read word with one odd mark ("P'TTBCXB.") is kept.
  return 3 * n.junk >= n.chars || confidence < 0.5;
}

namespace {

// Neither letter, digit, space nor usual punctuation; a backquote is a
// footnote mark as OCR reads one (FootnoteMarkAt), not a stroke.
bool IsJunkChar(UChar32 c) {
  return !u_isalpha(c) && !u_isdigit(c) && !u_isUWhiteSpace(c) && !UsualPunctuation(c) &&
         c != '`';
}

}  // namespace

bool TrimJunkEdges(std::string* word) {
  const auto n = static_cast<int32_t>(word->size());
  int32_t begin = 0;
  while (begin < n) {
    int32_t next = begin;
    UChar32 c;
    U8_NEXT(word->data(), next, n, c);
    if (c < 0 || !IsJunkChar(c)) break;
    begin = next;
  }
  int32_t end = n;
  while (end > begin) {
    int32_t prev = end;
    UChar32 c;
    U8_PREV(word->data(), 0, prev, c);
    if (c < 0 || !IsJunkChar(c)) break;
    end = prev;
  }
  if (begin == 0 && end == n) return false;
  const std::string inner = word->substr(begin, end - begin);
  // What is left must be a word in its own right: no junk inside, two
  // letters or digits at least, and punctuation between them, not made of
  // it ("--mssm>-x>" is a stamp's scrawl).
  const Counts counts = Count(inner);
  const int marks = counts.chars - counts.letters - counts.digits - counts.spaces;
  if (counts.junk > 0 || counts.letters + counts.digits < 2 ||
      2 * marks > counts.letters + counts.digits) {
    return false;
  }
  *word = inner;
  return true;
}

bool RepairSlashedZeros(std::string* word) {
  // Ø and ø are two bytes each (C3 98, C3 B8); no Vietnamese word has them.
  if (word->find("\xC3\x98") == std::string::npos && word->find("\xC3\xB8") == std::string::npos) {
    return false;
  }
  std::string out;
  bool digit = false;
  for (size_t i = 0; i < word->size(); ++i) {
    const unsigned char c = (*word)[i];
    if (c == 0xC3 && i + 1 < word->size() && ((*word)[i + 1] == '\x98' || (*word)[i + 1] == '\xB8')) {
      out += '0';
      ++i;
    } else if (c >= '0' && c <= '9') {
      out += static_cast<char>(c);
      digit = true;
    } else if (c == '/' || c == '.' || c == ',' || c == '-') {
      out += static_cast<char>(c);
    } else {
      return false;  // a letter or mark: not a number
    }
  }
  if (!digit) return false;
  *word = std::move(out);
  return true;
}

namespace {

bool IsQuote(UChar32 c) { return c == '"' || c == U'“' || c == U'”'; }

}  // namespace

WordContext Following(std::string_view word, WordContext context) {
  int32_t i = 0;
  const int32_t len = static_cast<int32_t>(word.size());
  while (i < len) {
    UChar32 c;
    U8_NEXT(word.data(), i, len, c);
    if (IsQuote(c)) context.quote_open = !context.quote_open;
    context.follows_letter = u_isalpha(c);
  }
  context.starts_line = false;
  return context;
}

std::optional<size_t> FootnoteMarkAt(std::string_view word, const WordContext& context) {
  static const std::u32string kApostrophes = U"'’‘`";
  static const std::u32string kAfter = U",.;:";
  const bool lone = word == "'" || word == "`" || word == "’" || word == "‘";
  if (context.starts_line && lone) return 0;  // the footnote's own mark
  std::optional<size_t> mark;
  bool after_letter = context.follows_letter;
  bool quote_open = context.quote_open;
  int32_t i = 0;
  const int32_t len = static_cast<int32_t>(word.size());
  while (i < len) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(word.data(), i, len, c);
    const bool apostrophe = kApostrophes.find(static_cast<char32_t>(c)) != std::u32string::npos;
    const bool stray_quote = (c == '"' || c == U'”') && !quote_open;
    if (apostrophe || stray_quote) {
      if (mark || !after_letter) return std::nullopt;
      mark = static_cast<size_t>(at);
    } else if (mark && kAfter.find(static_cast<char32_t>(c)) == std::u32string::npos) {
      return std::nullopt;
    }
    if (IsQuote(c)) quote_open = !quote_open;
    after_letter = u_isalpha(c);
  }
  return mark;
}

bool IsNoiseSegment(std::string_view text, double mean_confidence) {
  if (mean_confidence < kNoiseConfidence) return true;
  const Counts n = Count(text);
  if (n.longest_letter_run >= 2) return false;
  // A number: digits with the punctuation of numbers, dates and list marks.
  return n.digits == 0 || n.letters > 0 || n.junk > 0;
}

}  // namespace vanban
