#include "pipeline/json_output.h"

#include <cmath>

#include "pipeline/normalize.h"
#include "pipeline/structure.h"

namespace vanban {

namespace {

using Json = nlohmann::ordered_json;

const char* OriginName(TextOrigin o) {
  switch (o) {
    case TextOrigin::kPlainText: return "plain-text";
    case TextOrigin::kPdfText: return "pdf-text";
    case TextOrigin::kOcr: return "ocr";
  }
  return "plain-text";
}

std::string TextSource(const Document& doc) {
  std::string first;
  for (const Page& p : doc.pages) {
    const std::string o = OriginName(p.origin);
    if (first.empty()) first = o;
    else if (o != first) return "mixed";
  }
  return first.empty() ? "plain-text" : first;
}

class Writer {
 public:
  explicit Writer(const Extraction& x) : x_(x) {}

  Json Record() const {
    Json j;
    j["schema"] = "vanban/1";
    j["source"] = Source();
    j["document"] = DocumentJson();
    j["references"] = References();
    j["agencies"] = Agencies();
    j["targets"] = Targets();
    j["events"] = Events();
    j["deadlines"] = Deadlines();
    j["tasks"] = Tasks();
    Json w = Json::array();
    for (const auto& warning : x_.warnings) {
      w.push_back({{"code", warning.code}, {"message", warning.message}});
    }
    j["warnings"] = w;
    return j;
  }

 private:
  // Byte offsets inside the pipeline, code points in the contract.
  // A span within one line also gets that line's box on the page and, for
  // OCR, its confidence, so that a reader can find the words on the scan.
  Json SpanJson(const Span& s) const {
    const size_t start = CodePoints(s.page, s.begin);
    const size_t len = CodePoints(s.page, s.end) - start;
    Json j = {{"page", s.page}, {"start", start}, {"end", start + len}};
    if (const Line* line = LineHolding(s)) {
      if (line->bbox) {
        Json box = Json::array();
        for (double v : *line->bbox) box.push_back(std::round(v * 10) / 10);
        j["bbox"] = box;
      }
      if (line->confidence) j["confidence"] = std::round(*line->confidence * 100) / 100;
    }
    return j;
  }

  // Code points before byte `at` of a page, from a per-page table built on
  // first use: counting from the page start for every span made writing
  // a record quadratic in its length.
  size_t CodePoints(int page, size_t at) const {
    if (cp_before_.empty()) cp_before_.resize(x_.doc.pages.size());
    std::vector<uint32_t>& table = cp_before_[page - 1];
    const std::string& text = x_.doc.pages[page - 1].text;
    if (table.empty()) {
      table.resize(text.size() + 1);
      uint32_t n = 0;
      for (size_t b = 0; b < text.size(); ++b) {
        table[b] = n;
        if ((static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) ++n;
      }
      table[text.size()] = n;
    }
    return table[std::min(at, text.size())];
  }

  const Line* LineHolding(const Span& s) const {
    for (const Line& l : x_.doc.lines) {
      if (l.page == s.page && l.begin <= s.begin && s.end <= l.end) return &l;
    }
    return nullptr;
  }

  template <typename T>
  static Json OrNull(const std::optional<T>& v) {
    return v ? Json(*v) : Json(nullptr);
  }
  static Json Value(const std::optional<Field>& f) { return f ? Json(f->value) : Json(nullptr); }

  Json Targets() const {
    Json out = Json::array();
    for (const Target& t : x_.targets) {
      out.push_back({{"value", t.value}, {"unit", OrNull(t.unit)}, {"comparator", t.comparator},
                     {"is_percent", t.is_percent}, {"period", nullptr}, {"subject", t.subject},
                     {"text", std::string(x_.doc.SpanText(t.span))}, {"span", SpanJson(t.span)}});
    }
    return out;
  }

  Json Events() const {
    Json out = Json::array();
    for (const Event& e : x_.events) {
      Json j = {{"name", e.name}, {"start", e.start}, {"end", OrNull(e.end)}};
      if (e.inferred_year) j["inferred_year"] = true;
      j["text"] = std::string(x_.doc.SpanText(e.span));
      j["span"] = SpanJson(e.span);
      out.push_back(j);
    }
    return out;
  }

  Json Deadlines() const {
    Json out = Json::array();
    for (const Deadline& d : x_.deadlines) {
      Json j = {{"due", d.due}, {"kind", d.kind}};
      if (d.recurrence_freq) {
        j["recurrence"] = {{"freq", *d.recurrence_freq}, {"day", *d.recurrence_day}};
        if (d.recurrence_month) j["recurrence"]["month"] = *d.recurrence_month;
      }
      j["action"] = d.action.empty() ? Json(nullptr) : Json(d.action);
      j["responsible"] = d.responsible.empty() ? Json(nullptr) : Json(d.responsible);
      j["report_to"] = nullptr;
      if (d.inferred_year) j["inferred_year"] = true;
      j["text"] = std::string(x_.doc.SpanText(d.sentence));
      j["span"] = SpanJson(d.span);
      out.push_back(j);
    }
    return out;
  }

  Json Tasks() const {
    Json out = Json::array();
    for (const Task& t : x_.tasks) {
      out.push_back({{"action", t.action}, {"lead", t.lead}, {"support", t.support},
                     {"due", nullptr}, {"text", std::string(x_.doc.SpanText(t.span))},
                     {"span", SpanJson(t.span)}});
    }
    return out;
  }

  Json Agencies() const {
    Json out = Json::array();
    for (const Agency& a : x_.agencies) {
      Json mentions = Json::array();
      for (const Span& s : a.mentions) mentions.push_back(SpanJson(s));
      out.push_back({{"name", a.name}, {"abbreviation", OrNull(a.abbreviation)},
                     {"mentions", mentions}});
    }
    return out;
  }

  Json Source() const {
    const Document& d = x_.doc;
    Json j = {{"file", x_.source.path},
              {"sha256", x_.source.sha256},
              {"media_type", std::string(MediaTypeName(x_.source.media_type))},
              {"pages", d.pages.size()},
              {"text_source", TextSource(d)}};
    if (x_.ocr) {
      j["ocr"] = {{"engine", x_.ocr->engine},
                  {"languages", x_.ocr->languages},
                  {"pages", x_.ocr->pages},
                  {"mean_confidence", std::round(x_.ocr->mean_confidence * 1000) / 1000}};
    }
    return j;
  }

  Json DocumentJson() const {
    const DocumentMeta& m = x_.meta;
    Json signer = {{"name", Value(m.signer.name)},
                   {"position", Value(m.signer.position)},
                   {"authority", OrNull(m.signer.authority)},
                   {"for", OrNull(m.signer.for_office)}};
    if (m.signer.authority_chain.size() > 1) signer["authority_chain"] = m.signer.authority_chain;
    Json recipients = Json::array();
    for (const auto& r : m.recipients) {
      recipients.push_back({{"name", r.name}, {"purpose", OrNull(r.purpose)}, {"span", SpanJson(r.span)}});
    }
    Json spans = Json::object();
    auto add_span = [&](const char* name, const std::optional<Field>& f) {
      if (f) spans[name] = SpanJson(f->span);
    };
    add_span("type", m.type);
    add_span("number", m.number ? m.number : m.symbol);
    add_span("issuer", m.issuer);
    add_span("place", m.place);
    add_span("issued", m.issued);
    add_span("title", m.title);
    if (m.signer.span) spans["signer"] = SpanJson(*m.signer.span);
    return {{"type", Value(m.type)},
            {"type_name", OrNull(m.type_name)},
            {"number", Value(m.number)},
            {"serial", OrNull(m.serial)},
            {"symbol", Value(m.symbol)},
            {"issuer", Value(m.issuer)},
            {"parent_issuer", OrNull(m.parent_issuer)},
            {"place", Value(m.place)},
            {"issued", Value(m.issued)},
            {"title", Value(m.title)},
            {"signer", signer},
            {"recipients", recipients},
            {"spans", spans}};
  }

  Json References() const {
    Json out = Json::array();
    for (const auto& r : x_.references) {
      Json j = {{"type", r.type},
                {"number", OrNull(r.number)},
                {"issued", OrNull(r.issued)},
                {"issuer", OrNull(r.issuer)},
                {"role", r.role}};
      if (r.title) j["title"] = *r.title;
      j["span"] = SpanJson(r.span);
      out.push_back(std::move(j));
    }
    return out;
  }

  const Extraction& x_;
  mutable std::vector<std::vector<uint32_t>> cp_before_;
};

}  // namespace

nlohmann::ordered_json ToJson(const Extraction& x) { return Writer(x).Record(); }

std::string PagesAsText(const Document& doc) {
  std::string out;
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    if (i) out += '\f';
    out += doc.pages[i].text;
    out += '\n';
  }
  return out;
}

}  // namespace vanban

namespace vanban {

std::string LinesWithRoles(const Document& doc) {
  std::string out;
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    out += std::to_string(doc.lines[i].page) + '\t' + RoleName(doc.roles[i]) + '\t';
    out += doc.LineText(i);
    out += '\n';
  }
  return out;
}

}  // namespace vanban
