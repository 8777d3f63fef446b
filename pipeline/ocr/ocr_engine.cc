#include "pipeline/ocr/ocr_engine.h"

#include <leptonica/allheaders.h>
#include <omp.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cstring>
#include <optional>

#include "pipeline/language/normalize.h"
#include "pipeline/layout/ocr_cleanup.h"
#include "pipeline/layout/table_grid.h"
#include "pipeline/ocr/page_preprocess.h"

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

// Fewer words than this on a page: try sparse text, and the orientation.
constexpr size_t kFewWords = 8;
// Words kept from sparse-text mode, which reads specks as letters too.
constexpr double kSparseConfidence = 0.6;
// Below this mean confidence a page may be turned.
constexpr double kMisreadConfidence = 0.6;
// Tesseract calls 15 "reasonably confident".
constexpr float kOrientationConfidence = 10.0f;

// On a page scanned sideways Tesseract reads the lines as vertical text,
// confidently: most words are then taller than wide.
bool MostlySideways(const OcrPage& page) {
  size_t long_words = 0, tall = 0;
  for (const auto& w : page.words) {
    if (w.text.size() < 4) continue;
    ++long_words;
    if (w.y1 - w.y0 > w.x1 - w.x0) ++tall;
  }
  return long_words > 0 && 2 * tall > long_words;
}

bool LooksMisread(const OcrPage& page) {
  return page.words.size() < kFewWords || page.mean_confidence < kMisreadConfidence ||
         MostlySideways(page);
}

// How much of a page a reading got right: confident words, not sideways.
double Score(const OcrPage& page) {
  if (MostlySideways(page)) return 0;
  return page.mean_confidence * static_cast<double>(page.words.size() + page.table_rows.size());
}

// A footnote mark re-read as digits is kept from this confidence (0..100).
constexpr int kFootnoteConfidence = 80;

// The box (pixels) of the symbol that starts `offset` bytes into the word
// `it` stands on.
std::optional<std::array<int, 4>> SymbolBoxAt(const tesseract::ResultIterator& it,
                                              size_t offset) {
  tesseract::LTRResultIterator sym(it);
  size_t at = 0;
  while (true) {
    std::unique_ptr<char[]> text(sym.GetUTF8Text(tesseract::RIL_SYMBOL));
    if (at == offset) {
      std::array<int, 4> box{};
      if (!sym.BoundingBox(tesseract::RIL_SYMBOL, &box[0], &box[1], &box[2], &box[3])) break;
      return box;
    }
    if (!text || at > offset || sym.IsAtFinalElement(tesseract::RIL_WORD, tesseract::RIL_SYMBOL)) {
      break;
    }
    at += std::strlen(text.get());
    sym.Next(tesseract::RIL_SYMBOL);
  }
  return std::nullopt;
}

// The ink of a footnote mark whose symbol box OCR gave as `box`, on a line
// from `line_top` to `line_bottom`, in a word ending at `word_right`. The
// LSTM's symbol box is a guess at where the mark starts; the digit is the
// ink after it, in the upper part of the line, before the next word.
std::optional<PixelBox> FootnoteInk(Pix* pix, const std::array<int, 4>& box, int line_top,
                                    int line_bottom, int word_right) {
  const int line_height = line_bottom - line_top;
  const PixelBox region{box[0] - line_height / 10, line_top,
                        std::min(box[0] + line_height * 3 / 5, word_right + line_height / 10),
                        line_top + line_height * 3 / 4};
  return RaisedInk(pix, region, line_top + line_height / 2);
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

OcrPage OcrEngine::Read(const PageImage& page, StopTime until) {
  KeepTesseractOnThisThread();
  PixPtr prepared = PrepareForOcr(page.pix.get());
  tesseract::ETEXT_DESC monitor;
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
      until - std::chrono::steady_clock::now());
  monitor.set_deadline_msecs(static_cast<int>(
      std::clamp<long long>(left.count(), 1, settings_.deadline_ms)));
  OcrPage out = ReadPage(prepared.get(), page.dpi, &monitor);
  // A page read badly may be sideways or upside down: ask the orientation
  // model, and keep the turned reading if it is the better one.
  if (LooksMisread(out) && !monitor.deadline_exceeded()) {
    if (const int quads = QuartersToUpright(prepared.get()); quads != 0) {
      // Deskewing measured the tilt of a sideways page: measure it again.
      PixPtr turned(pixRotateOrth(page.pix.get(), quads));
      PixPtr straight = PrepareForOcr(turned.get());
      OcrPage again = ReadPage(straight.get(), page.dpi, &monitor);
      if (Score(again) > Score(out)) {
        out = std::move(again);
        out.turned_quarters = quads;
      }
    }
  }
  out.timed_out = monitor.deadline_exceeded();
  api_->Clear();
  return out;
}

OcrPage OcrEngine::ReadPage(Pix* pix, double dpi, tesseract::ETEXT_DESC* monitor) {
  OcrPage out;
  out.width_pt = pixGetWidth(pix) * 72.0 / dpi;
  Tally tally;
  const std::vector<TableGrid> tables = FindRuledTables(pix);
  for (const TableGrid& t : tables) ReadTable(t, pix, dpi, monitor, &out.table_rows, &tally);
  // The page is read whole and the words inside its tables dropped: with the
  // tables painted over, page analysis lost the text line right above one.
  ReadWords(pix, dpi, tesseract::PSM_AUTO, monitor, &out.words, &tally);
  const double to_px = dpi / 72.0;
  std::erase_if(out.words, [&](const PositionedWord& w) {
    const double x = (w.x0 + w.x1) / 2 * to_px, y = (w.y0 + w.y1) / 2 * to_px;
    return std::any_of(tables.begin(), tables.end(), [&](const TableGrid& t) {
      return x > t.left() && x < t.right() && y > t.top() && y < t.bottom();
    });
  });
  // Page analysis finds no text block on a page that is nearly empty (a
  // signature page: "CHỦ TỊCH", a name); sparse-text mode reads such
  // scattered lines, and only its confident words are kept.
  if (out.words.size() < kFewWords && out.table_rows.empty() && !monitor->deadline_exceeded()) {
    std::vector<PositionedWord> sparse;
    Tally sparse_tally;
    ReadWords(pix, dpi, tesseract::PSM_SPARSE_TEXT, monitor, &sparse, &sparse_tally);
    std::erase_if(sparse, [](const PositionedWord& w) { return *w.confidence < kSparseConfidence; });
    if (sparse.size() > out.words.size()) {
      out.words = std::move(sparse);
      tally = {};
      for (const auto& w : out.words) tally.Add(*w.confidence);
    }
  }
  if (tally.words > 0) out.mean_confidence = tally.sum / tally.words;
  return out;
}

// Quarter turns (clockwise) that make the page upright, from Tesseract's
// orientation model; 0 when it is upright or the model is unsure.
int OcrEngine::QuartersToUpright(Pix* pix) {
  if (!osd_ && !osd_failed_) {
    osd_ = std::make_unique<tesseract::TessBaseAPI>();
    osd_->SetVariable("debug_file", "/dev/null");
    if (osd_->Init(nullptr, "osd", tesseract::OEM_TESSERACT_ONLY) != 0) {
      osd_.reset();
      osd_failed_ = true;  // tesseract-ocr-osd missing: pages stay as scanned
    } else {
      osd_->SetPageSegMode(tesseract::PSM_OSD_ONLY);
    }
  }
  if (!osd_) return 0;
  osd_->SetImage(pix);
  int degrees = 0;
  float confidence = 0;
  const char* script = nullptr;
  float script_confidence = 0;
  const bool ok = osd_->DetectOrientationScript(&degrees, &confidence, &script, &script_confidence);
  osd_->Clear();
  if (!ok || confidence < kOrientationConfidence) return 0;
  return (4 - degrees / 90) % 4;  // undo a clockwise rotation of `degrees`
}

void OcrEngine::ReadWords(Pix* pix, double dpi, tesseract::PageSegMode mode,
                          tesseract::ETEXT_DESC* monitor, std::vector<PositionedWord>* words,
                          Tally* tally) {
  api_->SetPageSegMode(mode);
  api_->SetImage(pix);
  api_->SetSourceResolution(static_cast<int>(dpi));
  api_->Recognize(monitor);
  const double to_pt = 72.0 / dpi;
  std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
  // Words take the vertical extent of their text line: glyph boxes of
  // "quan" and "Thường" differ by the ascender, which would split one line
  // of small print into rows in the reading order.
  int line_top = 0, line_bottom = 0;
  int line_index = -1;
  WordContext context;
  std::vector<FootnoteMark> marks;
  if (!it) return;
  do {
    // A quotation may run on to the next line, never to the next paragraph.
    if (it->IsAtBeginningOf(tesseract::RIL_PARA)) context = WordContext{};
    if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
      context.starts_line = true;
      context.follows_letter = false;
      int l = 0, r = 0;
      it->BoundingBox(tesseract::RIL_TEXTLINE, &l, &line_top, &r, &line_bottom);
      ++line_index;
    }
    std::string text = TakeText(it->GetUTF8Text(tesseract::RIL_WORD));
    int l = 0, t = 0, r = 0, b = 0;
    if (text.empty() || !it->BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b)) continue;
    const double conf = it->Confidence(tesseract::RIL_WORD) / 100.0;
    TrimJunkEdges(&text);
    if (IsJunkWord(text, conf)) continue;
    RepairSlashedZeros(&text);
    if (const auto at = FootnoteMarkAt(text, context)) {
      const auto box = SymbolBoxAt(*it, *at);
      const auto glyph = box ? FootnoteInk(pix, *box, line_top, line_bottom, r) : std::nullopt;
      if (glyph) marks.push_back({words->size(), *at, *glyph, *at == 0 && !context.starts_line});
    }
    tally->Add(conf);
    context = Following(text, context);
    words->push_back({std::move(text), l * to_pt, line_top * to_pt, r * to_pt,
                      line_bottom * to_pt, true, conf});
    words->back().ocr_line = line_index;
  } while (it->Next(tesseract::RIL_WORD));
  it.reset();  // the re-reading replaces the page in the engine
  RereadFootnoteMarks(pix, dpi, marks, words);
}

void OcrEngine::RereadFootnoteMarks(Pix* pix, double dpi, const std::vector<FootnoteMark>& marks,
                                    std::vector<PositionedWord>* words) {
  // From the last, as a mark read as a word of its own joins the one before.
  for (auto m = marks.rbegin(); m != marks.rend(); ++m) {
    const std::string digits = ReadFootnoteDigits(pix, dpi, m->box);
    if (digits.empty()) continue;
    std::string& text = (*words)[m->word].text;
    const size_t mark_bytes = static_cast<unsigned char>(text[m->offset]) < 0x80 ? 1 : 3;
    text.replace(m->offset, mark_bytes, SuperscriptDigits(digits));
    if (m->joins_previous) {
      PositionedWord& before = (*words)[m->word - 1];
      before.text += text;
      before.x1 = (*words)[m->word].x1;
      words->erase(words->begin() + static_cast<std::ptrdiff_t>(m->word));
    }
  }
}

std::string OcrEngine::ReadFootnoteDigits(Pix* pix, double dpi, const std::array<int, 4>& box) {
  // A margin of paper round the glyph: a glyph cut at its edges is read as
  // nothing.
  constexpr int kPad = 6;
  Box* clip_box = boxCreate(box[0] - kPad, box[1] - kPad, box[2] - box[0] + 2 * kPad,
                            box[3] - box[1] + 2 * kPad);
  PixPtr glyph(pixClipRectangle(pix, clip_box, nullptr));
  boxDestroy(&clip_box);
  if (!glyph) return "";
  // The LSTM reads a lone small glyph erratically: the same digit comes
  // back at 96% as a word and as nothing as a character, or the other way
  // round at twice the size. The most confident of three readings counts.
  struct Reading {
    tesseract::PageSegMode mode;
    int scale;
  };
  static constexpr Reading kReadings[] = {{tesseract::PSM_SINGLE_WORD, 1},
                                          {tesseract::PSM_SINGLE_CHAR, 1},
                                          {tesseract::PSM_SINGLE_CHAR, 2}};
  api_->SetVariable("tessedit_char_whitelist", "0123456789");
  std::string best;
  int best_confidence = 0;
  for (const Reading& reading : kReadings) {
    PixPtr scaled(reading.scale == 1 ? pixClone(glyph.get())
                                     : pixScale(glyph.get(), reading.scale, reading.scale));
    api_->SetPageSegMode(reading.mode);
    api_->SetImage(scaled.get());
    api_->SetSourceResolution(static_cast<int>(dpi) * reading.scale);
    std::string digits = TakeText(api_->GetUTF8Text());
    std::erase_if(digits, [](char c) { return c < '0' || c > '9'; });
    const int confidence = api_->MeanTextConf();
    if (!digits.empty() && confidence > best_confidence) {
      best = std::move(digits);
      best_confidence = confidence;
    }
  }
  api_->SetVariable("tessedit_char_whitelist", "");
  return best_confidence >= kFootnoteConfidence ? best : "";
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
    TrimJunkEdges(&word);
    if (word.empty() || IsJunkWord(word, conf)) continue;
    RepairSlashedZeros(&word);
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
