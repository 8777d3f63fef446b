#include "pipeline/ingest/signature_stamps.h"

#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "pipeline/language/text_util.h"

namespace vanban {

namespace {

// A line a digital-signature stamp is anchored by: "Ký bởi: …", "Người
// ký: …", "Thời gian ký: …", or the stamp's time ("27.01.2025 07:10:01
// +07:00"). The stamping software writes these, not the document.
bool SignsTheStamp(std::string_view text) {
  static const RE2 kAnchor(
      R"((?i)^\s*(?:ký bởi|người ký|thời gian ký|ngày ký)\s*:|)"
      R"(^\s*\d{1,2}[./]\d{1,2}[./]\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[+-]\d{2}:?\d{2}\s*$|)"
      // The same with its zone on the next line ("24.01.2025 20:01:14",
      // "+07:00"): seconds and a zone alone are a stamp's, never a text's.
      R"(^\s*\d{1,2}[./]\d{1,2}[./]\d{4}\s+\d{1,2}:\d{2}:\d{2}\s*$|^\s*[+-]\d{2}:\d{2}\s*$)");
  return RE2::PartialMatch(text, kAnchor);
}

// Whether two boxes are neighbours in one stamp: their columns overlap and
// the gap between them is under two line heights.
bool Neighbours(const BBox& a, const BBox& b) {
  const double height = std::max(a[3] - a[1], b[3] - b[1]);
  const bool columns = a[0] < b[2] && b[0] < a[2];
  const double gap = std::max(a[1], b[1]) - std::min(a[3], b[3]);
  return columns && gap < 2 * height;
}

// Whether a line of one row, `line`, is set in the type of the stamp line
// `stamp` beside it. A stamp is set in small type at the top of the page,
// over the quốc hiệu: the motto's lines under it are in the document's own
// size. A stamp line of several rows (a reading order may join the rows of
// a narrow box) is as tall as its rows together.
bool SameType(const BBox& line, const BBox& stamp) {
  constexpr double kSizeRatio = 1.25;
  return line[3] - line[1] <= kSizeRatio * (stamp[3] - stamp[1]);
}

enum class StampField { kSignedBy, kOrganisation, kTime, kContact };

// A piece of a stamp line: the field its label opens, if any, and the text
// after the label up to the next one.
struct StampPiece {
  std::optional<StampField> label;
  std::string_view text;
};

StampField FieldNamed(std::string_view label) {
  static const RE2 kOrganisation(R"((?i)^cơ quan$)");
  static const RE2 kTime(R"((?i)^(?:thời gian|ngày) ký$)");
  static const RE2 kContact(R"((?i)^e-?mail$)");
  if (RE2::FullMatch(label, kOrganisation)) return StampField::kOrganisation;
  if (RE2::FullMatch(label, kTime)) return StampField::kTime;
  if (RE2::FullMatch(label, kContact)) return StampField::kContact;
  return StampField::kSignedBy;
}

// `text` cut at its labels ("Ký bởi: … Thời gian ký: …", which a reading
// order may join on one line): the text before the first label, unlabelled,
// then each label with what follows it.
std::vector<StampPiece> Pieces(std::string_view text) {
  static const RE2 kLabel(R"((?i)(ký bởi|người ký|cơ quan|thời gian ký|ngày ký|e-?mail)\s*:)");
  std::vector<StampPiece> out{{std::nullopt, {}}};
  re2::StringPiece rest(text), label;
  const char* from = text.data();
  while (RE2::FindAndConsume(&rest, kLabel, &label)) {
    out.back().text = Trim(std::string_view(from, label.data() - from));
    out.push_back({FieldNamed(std::string_view(label.data(), label.size())), {}});
    from = rest.data();
  }
  out.back().text = Trim(std::string_view(from, text.data() + text.size() - from));
  if (out.front().text.empty()) out.erase(out.begin());
  return out;
}

// A signature being read: its fields so far, the field the last line went
// to, and that line's box (the next line of the box lies under it).
struct OpenStamp {
  DigitalSignature sig;
  StampField field = StampField::kSignedBy;
  BBox last{};
};

void Append(std::string_view part, std::string* field) {
  if (part.empty()) return;
  if (!field->empty()) *field += ' ';
  *field += part;
}

// Where a piece of field `f` is kept; nullptr for one that is not.
std::string* FieldOf(StampField f, DigitalSignature* sig) {
  switch (f) {
    case StampField::kSignedBy: return &sig->signed_by;
    case StampField::kOrganisation: return &sig->organisation;
    case StampField::kTime: return &sig->time_text;
    case StampField::kContact: break;
  }
  return nullptr;
}

// The stamp a line belongs to, unless it opens one: the latest open one
// whose last line it lies under; -1 for none.
int StampAbove(const BBox& box, const std::vector<OpenStamp>& open) {
  for (int k = static_cast<int>(open.size()) - 1; k >= 0; --k) {
    if (Neighbours(open[k].last, box)) return k;
  }
  return -1;
}

// "04/02/2025 16:42:36", "16.04.2020 07:37:07 +07:00": the date and time
// of day, and the text as stamped (spaces evened); year 0 when none.
void ReadTime(DigitalSignature* sig) {
  static const RE2 kTime(
      R"(((\d{1,2})[./-](\d{1,2})[./-](\d{4}))"
      R"((?:\s+(\d{1,2}):(\d{2})(?::\d{2})?)?(?:\s*[+-]\d{2}:?\d{2})?))");
  re2::StringPiece whole;
  int day = 0, month = 0, year = 0;
  std::string hour, minute;
  Date d;
  if (RE2::PartialMatch(sig->time_text, kTime, &whole, &day, &month, &year, &hour, &minute)) {
    d = Date(year, month, day);
    if (!hour.empty()) {
      d.hour = std::stoi(hour);
      d.minute = std::stoi(minute);
    }
  }
  if (d.year == 0 || !IsValid(d)) {
    sig->time_text.clear();
    return;
  }
  sig->time = d;
  sig->time_text = std::string(whole.data(), whole.size());
}

}  // namespace

void SetAsideSignatureStamps(std::vector<RawLine>* lines) {
  constexpr size_t kStampLineBytes = 80;
  bool any = false;
  for (RawLine& l : *lines) {
    if (l.bbox && SignsTheStamp(l.text)) l.aside = any = true;
  }
  for (bool grew = any; grew;) {
    grew = false;
    for (RawLine& l : *lines) {
      if (l.aside || !l.bbox || l.text.empty() || l.text.size() > kStampLineBytes) continue;
      for (const RawLine& stamp : *lines) {
        if (stamp.aside && stamp.bbox && Neighbours(*l.bbox, *stamp.bbox) &&
            SameType(*l.bbox, *stamp.bbox)) {
          l.aside = grew = true;
          break;
        }
      }
    }
  }
}

std::vector<BBox> AsideBoxes(const RawPage& page) {
  std::vector<BBox> out;
  for (const RawLine& l : page.lines) {
    if (l.aside && l.bbox) out.push_back(*l.bbox);
  }
  return out;
}

void SetAsideWithin(const std::vector<BBox>& boxes, RawPage* page) {
  // OCR boxes a line a little differently from the text layer: a line is
  // the stamp's when most of it lies within a stamp line's box grown by a
  // few points.
  constexpr double kSlackPt = 3;
  for (RawLine& l : page->lines) {
    if (!l.bbox) continue;
    const BBox& b = *l.bbox;
    const double area = (b[2] - b[0]) * (b[3] - b[1]);
    if (area <= 0) continue;
    double inside = 0;
    for (const BBox& s : boxes) {
      const double w = std::min(b[2], s[2] + kSlackPt) - std::max(b[0], s[0] - kSlackPt);
      const double h = std::min(b[3], s[3] + kSlackPt) - std::max(b[1], s[1] - kSlackPt);
      if (w > 0 && h > 0) inside += w * h;
    }
    if (inside > area / 2) l.aside = true;
  }
}

std::vector<DigitalSignature> ReadSignatureStamps(const RawPage& page, int page_number) {
  std::vector<OpenStamp> open;
  for (const RawLine& l : page.lines) {
    if (!l.aside || !l.bbox) continue;
    int stamp = StampAbove(*l.bbox, open);
    for (const StampPiece& piece : Pieces(l.text)) {
      if (piece.label == StampField::kSignedBy || (piece.label && stamp < 0)) {
        // A box that names no signer ("Cơ quan: …" first) is one still.
        stamp = static_cast<int>(open.size());
        open.emplace_back().sig.page = page_number;
      }
      if (stamp < 0) break;
      OpenStamp& s = open[stamp];
      if (piece.label) s.field = *piece.label;
      if (std::string* field = FieldOf(s.field, &s.sig)) Append(piece.text, field);
    }
    if (stamp >= 0) open[stamp].last = *l.bbox;
  }
  std::vector<DigitalSignature> out;
  for (OpenStamp& s : open) {
    ReadTime(&s.sig);
    if (s.sig.signed_by.empty() && s.sig.time.year == 0) continue;
    out.push_back(std::move(s.sig));
  }
  return out;
}

}  // namespace vanban
