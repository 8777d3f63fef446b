#include "pipeline/ocr_engine.h"

#include <leptonica/allheaders.h>
#include <omp.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <cmath>

#include "pipeline/ocr_cleanup.h"
#include "pipeline/page_preprocess.h"
#include "pipeline/table_grid.h"

namespace vanban {

namespace {

// Tesseract parallelises inside a page with OpenMP. With one engine per
// core that oversubscribes the machine: measured ~6× slower per page on two
// cores. Setting OMP_THREAD_LIMIT would have to happen before the OpenMP
// runtime starts (it reads the environment once, when it loads), so instead
// every thread that runs Tesseract makes its own parallel regions inactive.
// The setting belongs to the calling thread, which is why it is made per
// call rather than once.
void KeepTesseractOnThisThread() { omp_set_max_active_levels(0); }

// The most common grey level of the page: its paper.
int PaperGrey(Pix* pix) {
  Numa* hist = pixGetGrayHistogram(pix, 4);
  int mode = 255;
  if (hist) {
    float count = 0;
    if (numaGetMax(hist, &count, &mode) != 0) mode = 255;
    numaDestroy(&hist);
  }
  return mode;
}

std::string TakeText(char* s) {
  std::string out = s ? s : "";
  delete[] s;
  return out;
}

}  // namespace

OcrEngine::OcrEngine(std::unique_ptr<tesseract::TessBaseAPI> api, OcrSettings settings)
    : api_(std::move(api)), settings_(std::move(settings)) {}

OcrEngine::~OcrEngine() {
  if (api_) api_->End();
}

std::string OcrEngine::EngineName() {
  return std::string("tesseract ") + tesseract::TessBaseAPI::Version();
}

Result<std::unique_ptr<OcrEngine>> OcrEngine::Create(const OcrSettings& settings) {
  KeepTesseractOnThisThread();
  auto api = std::make_unique<tesseract::TessBaseAPI>();
  // Tesseract reports a missing model on stderr; the error returned here
  // says it once, in our words.
  api->SetVariable("debug_file", "/dev/null");
  if (api->Init(nullptr, settings.language.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
    return Error{"Tesseract cannot load the '" + settings.language +
                 "' model (install tesseract-ocr-" + settings.language + ")"};
  }
  api->SetPageSegMode(tesseract::PSM_AUTO);
  return std::unique_ptr<OcrEngine>(new OcrEngine(std::move(api), settings));
}

OcrPage OcrEngine::Read(const PageImage& page) {
  KeepTesseractOnThisThread();
  PixPtr prepared = PrepareForOcr(page.pix.get());
  Pix* pix = prepared ? prepared.get() : page.pix.get();
  tesseract::ETEXT_DESC monitor;
  monitor.set_deadline_msecs(settings_.deadline_ms);

  OcrPage out;
  const double to_pt = 72.0 / page.dpi;
  out.width_pt = pixGetWidth(pix) * to_pt;
  Tally tally;
  const std::vector<TableGrid> tables = FindRuledTables(pix);
  PixPtr masked;
  if (!tables.empty()) {
    // Tables are read cell by cell, then painted over with the paper's own
    // grey for the page's OCR: pure white on a grey scan would move
    // Tesseract's threshold between white and paper, turning the paper to ink.
    masked.reset(pixCopy(nullptr, pix));
    const int paper = PaperGrey(pix);
    for (const TableGrid& t : tables) {
      ReadTable(t, pix, page.dpi, &monitor, &out.table_rows, &tally);
      Box* box = boxCreate(t.left(), t.top(), t.right() - t.left() + 1, t.bottom() - t.top() + 1);
      pixSetInRectArbitrary(masked.get(), box, paper);
      boxDestroy(&box);
    }
    pix = masked.get();
  }
  ReadWords(pix, page.dpi, &monitor, &out.words, &tally);
  out.timed_out = monitor.deadline_exceeded();
  if (tally.words > 0) out.mean_confidence = tally.sum / tally.words;
  api_->Clear();
  return out;
}

void OcrEngine::ReadWords(Pix* pix, double dpi, tesseract::ETEXT_DESC* monitor,
                          std::vector<PositionedWord>* words, Tally* tally) {
  api_->SetPageSegMode(tesseract::PSM_AUTO);
  api_->SetImage(pix);
  api_->SetSourceResolution(static_cast<int>(dpi));
  api_->Recognize(monitor);
  const double to_pt = 72.0 / dpi;
  std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
  // Words take the vertical extent of their text line: glyph boxes of
  // "quan" and "Thường" differ by the ascender, which would split one line
  // of small print into rows in the reading order.
  int line_top = 0, line_bottom = 0;
  if (!it) return;
  do {
    if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
      int l = 0, r = 0;
      it->BoundingBox(tesseract::RIL_TEXTLINE, &l, &line_top, &r, &line_bottom);
    }
    std::string text = TakeText(it->GetUTF8Text(tesseract::RIL_WORD));
    int l = 0, t = 0, r = 0, b = 0;
    if (text.empty() || !it->BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b)) continue;
    const double conf = it->Confidence(tesseract::RIL_WORD) / 100.0;
    if (IsJunkWord(text, conf)) continue;
    tally->Add(conf);
    words->push_back({std::move(text), l * to_pt, line_top * to_pt, r * to_pt,
                      line_bottom * to_pt, true, conf});
  } while (it->Next(tesseract::RIL_WORD));
}

std::string OcrEngine::ReadCell(int x0, int y0, int x1, int y1, tesseract::ETEXT_DESC* monitor,
                                Tally* tally) {
  // Stay clear of the rules, which OCR reads as "|" or "I".
  const int inset = 6;
  if (x1 - x0 <= 2 * inset || y1 - y0 <= 2 * inset) return "";
  api_->SetRectangle(x0 + inset, y0 + inset, x1 - x0 - 2 * inset, y1 - y0 - 2 * inset);
  api_->Recognize(monitor);
  std::string text;
  std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
  if (!it) return text;
  do {
    std::string word = TakeText(it->GetUTF8Text(tesseract::RIL_WORD));
    const double conf = it->Confidence(tesseract::RIL_WORD) / 100.0;
    if (word.empty() || IsJunkWord(word, conf)) continue;
    tally->Add(conf);
    if (!text.empty()) text += ' ';
    text += word;
  } while (it->Next(tesseract::RIL_WORD));
  return text;
}

void OcrEngine::ReadTable(const TableGrid& grid, Pix* pix, double dpi,
                          tesseract::ETEXT_DESC* monitor, std::vector<RawLine>* rows,
                          Tally* tally) {
  api_->SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
  api_->SetImage(pix);
  api_->SetSourceResolution(static_cast<int>(dpi));
  const double to_pt = 72.0 / dpi;
  for (size_t r = 0; r + 1 < grid.rows.size(); ++r) {
    RawLine line;
    const Tally before = *tally;
    for (size_t c = 0; c + 1 < grid.columns.size(); ++c) {
      if (c > 0) line.text += '\t';
      line.text += ReadCell(grid.columns[c], grid.rows[r], grid.columns[c + 1], grid.rows[r + 1],
                            monitor, tally);
    }
    line.bbox = BBox{grid.left() * to_pt, grid.rows[r] * to_pt, grid.right() * to_pt,
                     grid.rows[r + 1] * to_pt};
    if (tally->words > before.words) {
      line.confidence = (tally->sum - before.sum) / (tally->words - before.words);
    }
    rows->push_back(std::move(line));
  }
}

}  // namespace vanban
