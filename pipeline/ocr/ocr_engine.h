// One Tesseract engine (`vie`, LSTM) that reads page images into positioned
// words. An engine is slow to initialise (the model loads in ~0.3 s) and is
// not thread-safe: each worker owns one and reuses it for every page.
#ifndef VANBAN_PIPELINE_OCR_OCR_ENGINE_H_
#define VANBAN_PIPELINE_OCR_OCR_ENGINE_H_

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/ingest/page_image.h"
#include "pipeline/model/document.h"
#include "pipeline/model/limits.h"

#include <tesseract/publictypes.h>

namespace tesseract {
class TessBaseAPI;
class ETEXT_DESC;
}

namespace vanban {

struct OcrPage {
  std::vector<PositionedWord> words;  // PDF points, each with its confidence
  std::vector<RawLine> table_rows;    // ruled tables, one line per row, cells tab-separated
  double width_pt = 0;                // page width in points
  double mean_confidence = 0;         // over words, 0..1
  bool timed_out = false;             // the deadline cut recognition short
  int turned_quarters = 0;            // clockwise quarter turns made to read it upright
  bool blank = false;                 // no ink to read: not given to Tesseract
  bool not_begun = false;             // the document's time ran out before this page
  std::string damage;                 // the image decoder's complaint (PageImage::damage)
};

struct OcrSettings {
  std::string language = "vie";
  int deadline_ms = 60'000;  // per page
};

class OcrEngine {
 public:
  // Fails when the language model is not installed.
  static Result<std::unique_ptr<OcrEngine>> Create(const OcrSettings& settings);
  ~OcrEngine();
  OcrEngine(const OcrEngine&) = delete;
  OcrEngine& operator=(const OcrEngine&) = delete;

  // Reads `page` for at most the settings' time per page, and never past
  // `until` (the document's deadline).
  OcrPage Read(const PageImage& page, StopTime until = StopTime::max());

  // "tesseract 5.3.0"
  static std::string EngineName();

 private:
  OcrEngine(std::unique_ptr<tesseract::TessBaseAPI> api, OcrSettings settings);

  // Word confidences over a page, for its mean.
  struct Tally {
    double sum = 0;
    size_t words = 0;
    void Add(double confidence) {
      sum += confidence;
      ++words;
    }
  };

  // Tables, then the rest of the page, of an upright page.
  OcrPage ReadPage(Pix* pix, double dpi, tesseract::ETEXT_DESC* monitor);
  // The page's words in page segmentation `mode` (a tesseract::PageSegMode).
  void ReadWords(Pix* pix, double dpi, tesseract::PageSegMode mode, tesseract::ETEXT_DESC* monitor,
                 std::vector<PositionedWord>* words, Tally* tally);
  // A word whose footnote mark OCR read as an apostrophe: which word, where
  // the mark is in its text (bytes), the mark's box (pixels), and whether
  // it belongs to the word before (read as a word of its own).
  struct FootnoteMark {
    size_t word;
    size_t offset;
    std::array<int, 4> box;
    bool joins_previous;
  };
  // Each mark's digits into its word (and a mark read as a word of its own
  // into the word before); marks not read with confidence stay as they are.
  void RereadFootnoteMarks(Pix* pix, double dpi, const std::vector<FootnoteMark>& marks,
                           std::vector<PositionedWord>* words);
  // The digits of the footnote mark whose ink is at `box` (l, t, r, b
  // pixels), re-read as digits only; empty when unsure.
  std::string ReadFootnoteDigits(Pix* pix, double dpi, const std::array<int, 4>& box);
  int QuartersToUpright(Pix* pix);
  // Each row of `grid` as one line, its cells read one by one.
  void ReadTable(const struct TableGrid& grid, Pix* pix, double dpi,
                 tesseract::ETEXT_DESC* monitor, std::vector<RawLine>* rows, Tally* tally);
  std::string ReadCell(int x0, int y0, int x1, int y1, tesseract::ETEXT_DESC* monitor,
                       Tally* tally);

  std::unique_ptr<tesseract::TessBaseAPI> api_;
  std::unique_ptr<tesseract::TessBaseAPI> osd_;  // orientation model, loaded when first needed
  bool osd_failed_ = false;
  OcrSettings settings_;
};

}  // namespace vanban

#endif  // VANBAN_PIPELINE_OCR_OCR_ENGINE_H_
