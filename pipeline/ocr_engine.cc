#include "pipeline/ocr_engine.h"

#include <leptonica/allheaders.h>
#include <omp.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <cmath>

#include "pipeline/ocr_cleanup.h"
#include "pipeline/page_preprocess.h"

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

  api_->SetImage(pix);
  api_->SetSourceResolution(static_cast<int>(page.dpi));
  tesseract::ETEXT_DESC monitor;
  monitor.set_deadline_msecs(settings_.deadline_ms);
  api_->Recognize(&monitor);

  OcrPage out;
  out.timed_out = monitor.deadline_exceeded();
  const double to_pt = 72.0 / page.dpi;
  out.width_pt = pixGetWidth(pix) * to_pt;
  std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
  double conf_sum = 0;
  // Words take the vertical extent of their text line: glyph boxes of
  // "quan" and "Thường" differ by the ascender, which would split one line
  // of small print into rows in the reading order.
  int line_top = 0, line_bottom = 0;
  if (it) {
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
      conf_sum += conf;
      out.words.push_back({std::move(text), l * to_pt, line_top * to_pt, r * to_pt,
                           line_bottom * to_pt, true, conf});
    } while (it->Next(tesseract::RIL_WORD));
  }
  if (!out.words.empty()) out.mean_confidence = conf_sum / out.words.size();
  api_->Clear();
  return out;
}

}  // namespace vanban
