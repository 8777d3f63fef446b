// Files made in memory for the ingest tests: PDFs of given objects and
// PNGs of Leptonica images.
#ifndef VANBAN_TESTS_UNIT_TEST_FILES_H_
#define VANBAN_TESTS_UNIT_TEST_FILES_H_

#include <leptonica/allheaders.h>

#include <cstdio>
#include <string>
#include <vector>

namespace vanban::testing {

// A PDF of `objects` (object 1 the catalog, numbered in order) with a
// correct cross-reference table.
inline std::string PdfOf(const std::vector<std::string>& objects) {
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char line[24];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

// `pix` encoded as PNG; the image stays the caller's.
inline std::string PngOf(Pix* pix) {
  l_uint8* data = nullptr;
  size_t size = 0;
  pixWriteMem(&data, &size, pix, IFF_PNG);
  std::string png(reinterpret_cast<char*>(data), size);
  lept_free(data);
  return png;
}

}  // namespace vanban::testing

#endif  // VANBAN_TESTS_UNIT_TEST_FILES_H_
