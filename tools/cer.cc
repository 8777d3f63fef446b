// vanban-cer: character error rate of an OCR text against a reference.
//
//   vanban-cer REFERENCE HYPOTHESIS   → prints "CER EDITS REFERENCE_CHARS"
//
// Both texts are compared in the form the pipeline's output contract uses,
// so that layout and typography do not count as errors: Unicode NFC,
// typographic quotes and dash variants folded (the references use “ ” and
// –, the contract's normalised text does not), every run of whitespace
// (line breaks, form feeds, tabs) one space. Letter confusions such as
// Ð (U+00D0) for Đ are not folded: they are OCR errors.
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

bool ReadFile(const char* path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *out = s.str();
  return true;
}

UChar32 Fold(UChar32 c) {
  switch (c) {
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: return '"';
    case 0x2018: case 0x2019: case 0x201A: return '\'';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: return '-';
    default: return c;
  }
}

std::vector<UChar32> Comparable(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString text = nfc->normalize(icu::UnicodeString::fromUTF8(utf8), status);
  std::vector<UChar32> out;
  bool space = false;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    const UChar32 c = Fold(text.char32At(i));
    if (u_isUWhiteSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// Levenshtein distance in O(min) memory.
size_t EditDistance(const std::vector<UChar32>& a, const std::vector<UChar32>& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: vanban-cer REFERENCE HYPOTHESIS\n";
    return 2;
  }
  std::string ref, hyp;
  if (!ReadFile(argv[1], &ref) || !ReadFile(argv[2], &hyp)) {
    std::cerr << "vanban-cer: cannot read " << (ref.empty() ? argv[1] : argv[2]) << "\n";
    return 2;
  }
  const auto a = Comparable(ref);
  const auto b = Comparable(hyp);
  const size_t edits = EditDistance(a, b);
  std::printf("%.5f %zu %zu\n", a.empty() ? 0.0 : double(edits) / a.size(), edits, a.size());
  return 0;
}
