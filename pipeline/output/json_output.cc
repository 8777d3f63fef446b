#include "pipeline/output/json_output.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <utility>

#include "pipeline/base/utf8.h"
#include "pipeline/language/normalize.h"
#include "pipeline/output/json_writer.h"
#include "pipeline/structure/structure.h"

namespace vanban {

namespace {

std::string_view MediaTypeName(MediaType t) {
  switch (t) {
    case MediaType::kPdf: return "application/pdf";
    case MediaType::kPng: return "image/png";
    case MediaType::kJpeg: return "image/jpeg";
    case MediaType::kTiff: return "image/tiff";
    case MediaType::kText: return "text/plain";
    case MediaType::kUnknown: break;
  }
  return "application/octet-stream";
}


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
  Writer(const Extraction& x, bool pretty) : x_(x), w_(pretty) {}

  std::string Record() {
    w_.BeginObject();
    w_.Member("schema", "vanban/1");
    w_.Key("source");
    Source();
    w_.Key("document");
    DocumentJson();
    w_.Key("references");
    References();
    w_.Key("agencies");
    Agencies();
    w_.Key("targets");
    Targets();
    w_.Key("events");
    Events();
    w_.Key("deadlines");
    Deadlines();
    w_.Key("tasks");
    Tasks();
    w_.Key("warnings");
    w_.BeginArray();
    for (const auto& warning : x_.warnings) {
      w_.BeginObject();
      w_.Member("code", NameOf(warning.code));
      w_.Member("message", warning.message);
      w_.EndObject();
    }
    w_.EndArray();
    w_.EndObject();
    return w_.Take();
  }

 private:
  // Byte offsets inside the pipeline, code points in the contract.
  // A span within one line also gets that line's box on the page and, for
  // OCR, its confidence, so that a reader can find the words on the scan.
  void SpanJson(const Span& s) {
    const size_t start = CodePoints(s.page, s.begin);
    const size_t len = CodePoints(s.page, s.end) - start;
    w_.BeginObject();
    w_.Key("page");
    w_.Int(s.page);
    w_.Key("start");
    w_.Int(static_cast<int64_t>(start));
    w_.Key("end");
    w_.Int(static_cast<int64_t>(start + len));
    if (const Line* line = LineHolding(s)) {
      if (line->bbox) {
        w_.Key("bbox");
        w_.BeginArray();
        for (double v : *line->bbox) w_.Double(std::round(v * 10) / 10);
        w_.EndArray();
      }
      if (line->confidence) {
        w_.Key("confidence");
        w_.Double(std::round(*line->confidence * 100) / 100);
      }
    }
    w_.EndObject();
  }

  // Code points before byte `at` of a page. Counting from the page start
  // for every span made writing a record quadratic in its length; a count
  // for every byte cost more to build than the spans took to look up. The
  // table, built on first use, holds the count before every 8th byte, and
  // the few bytes after that are counted at each call.
  size_t CodePoints(int page, size_t at) {
    if (cp_before_.empty()) cp_before_.resize(x_.doc.pages.size());
    std::vector<uint32_t>& table = cp_before_[page - 1];
    const std::string& text = x_.doc.pages[page - 1].text;
    if (table.empty()) {
      table.resize(text.size() / 8 + 1);
      uint32_t n = 0;
      for (size_t k = 0; k + 1 < table.size(); ++k) {
        table[k] = n;
        uint64_t word;
        std::memcpy(&word, text.data() + 8 * k, 8);
        // A UTF-8 continuation byte is 10xxxxxx: bit 7 set, bit 6 clear.
        // Summed by one multiplication: the build targets plain x86-64,
        // whose std::popcount is a library call.
        const uint64_t continuation = (word & ~(word << 1) & 0x8080808080808080) >> 7;
        n += 8 - static_cast<uint32_t>((continuation * 0x0101010101010101) >> 56);
      }
      table.back() = n;
    }
    at = std::min(at, text.size());
    size_t n = table[at / 8];
    for (size_t b = at / 8 * 8; b < at; ++b) {
      if ((static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) ++n;
    }
    return n;
  }

  // Lines are in page order and, within a page, in text order: the last
  // line starting at or before the span is the only one that can hold it.
  const Line* LineHolding(const Span& s) const {
    const auto& lines = x_.doc.lines;
    auto after = std::upper_bound(lines.begin(), lines.end(), s, [](const Span& s, const Line& l) {
      return s.page < l.page || (s.page == l.page && s.begin < l.begin);
    });
    if (after == lines.begin()) return nullptr;
    const Line& l = *(after - 1);
    return l.page == s.page && l.begin <= s.begin && s.end <= l.end ? &l : nullptr;
  }

  void DateOrNull(std::string_view name, const std::optional<Date>& d) {
    w_.Key(name);
    if (d) w_.String(d->Iso());
    else w_.Null();
  }

  void FieldValue(std::string_view name, const std::optional<Field>& f) {
    w_.Key(name);
    if (f) w_.String(f->value);
    else w_.Null();
  }

  // The text a span covers, and the span.
  void TextAndSpan(const Span& text, const Span& span) {
    w_.Key("text");
    // Page text is well-formed UTF-8; so is a piece of it that starts and
    // ends at character boundaries.
    const std::string_view t = x_.doc.SpanText(text);
    const std::string& page = x_.doc.pages[text.page - 1].text;
    const auto starts_character = [&page](size_t at) {
      return at >= page.size() || !IsUtf8Continuation(static_cast<uint8_t>(page[at]));
    };
    if (starts_character(text.begin) && starts_character(text.begin + t.size())) {
      w_.WellFormedString(t);
    } else {
      w_.String(t);
    }
    w_.Key("span");
    SpanJson(span);
  }

  void PeriodJson(const std::optional<Period>& p) {
    if (!p) {
      w_.Null();
      return;
    }
    w_.BeginObject();
    DateOrNull("start", p->start);
    DateOrNull("end", p->end);
    w_.Key("recurrence");
    if (p->yearly) {
      w_.String(NameOf(Frequency::kYearly));
    } else {
      w_.Null();
    }
    w_.EndObject();
  }

  void Targets() {
    w_.BeginArray();
    for (const Target& t : x_.targets) {
      w_.BeginObject();
      w_.Key("value");
      w_.Double(t.value);
      w_.MemberOrNull("unit", t.unit);
      w_.Member("comparator", NameOf(t.comparator));
      w_.Key("is_percent");
      w_.Bool(t.is_percent);
      w_.Key("period");
      PeriodJson(t.period);
      w_.Member("subject", t.subject);
      TextAndSpan(t.span, t.span);
      w_.EndObject();
    }
    w_.EndArray();
  }

  void Events() {
    w_.BeginArray();
    for (const Event& e : x_.events) {
      w_.BeginObject();
      w_.Member("name", e.name);
      w_.Member("start", e.start.Iso());
      DateOrNull("end", e.end);
      if (e.inferred_year) {
        w_.Key("inferred_year");
        w_.Bool(true);
      }
      if (e.recurrence) w_.Member("recurrence", NameOf(*e.recurrence));
      if (e.lunar) {
        IntObject("lunar", {{"day", e.lunar->day}, {"month", e.lunar->month},
                            {"year", e.lunar->year}});
      }
      TextAndSpan(e.span, e.span);
      w_.EndObject();
    }
    w_.EndArray();
  }

  void NamesOrNull(std::string_view name, const std::vector<std::string>& names) {
    w_.Key(name);
    if (names.empty()) w_.Null();
    else w_.StringArray(names);
  }

  // Only the members the recurrence has.
  void RecurrenceOf(const Recurrence& r, const Date& due) {
    w_.Key("recurrence");
    w_.BeginObject();
    w_.Member("freq", NameOf(r.freq));
    for (const auto& [name, value] : {std::pair{"day", r.day}, {"month", r.month},
                                       {"weekday", r.weekday}}) {
      if (!value) continue;
      w_.Key(name);
      w_.Int(*value);
    }
    if (due.has_time()) w_.Member("time", due.Time());
    w_.EndObject();
  }

  void Deadlines() {
    w_.BeginArray();
    for (const Deadline& d : x_.deadlines) {
      w_.BeginObject();
      w_.Member("due", d.due.Iso());
      w_.Member("kind", NameOf(d.kind));
      if (d.recurrence) RecurrenceOf(*d.recurrence, d.due);
      w_.Key("action");
      if (d.action.empty()) w_.Null();
      else w_.String(d.action);
      NamesOrNull("responsible", d.responsible);
      w_.MemberOrNull("report_to", d.report_to);
      if (d.inferred_year) {
        w_.Key("inferred_year");
        w_.Bool(true);
      }
      TextAndSpan(d.sentence, d.span);
      w_.EndObject();
    }
    w_.EndArray();
  }

  void Tasks() {
    w_.BeginArray();
    for (const Task& t : x_.tasks) {
      w_.BeginObject();
      w_.Member("action", t.action);
      w_.Key("lead");
      w_.StringArray(t.lead);
      w_.Key("support");
      w_.StringArray(t.support);
      w_.Key("due");
      w_.Null();
      TextAndSpan(t.span, t.span);
      w_.EndObject();
    }
    w_.EndArray();
  }

  void Agencies() {
    w_.BeginArray();
    for (const Agency& a : x_.agencies) {
      w_.BeginObject();
      w_.Member("name", a.name);
      w_.MemberOrNull("abbreviation", a.abbreviation);
      w_.Key("mentions");
      w_.BeginArray();
      for (const Span& s : a.mentions) SpanJson(s);
      w_.EndArray();
      w_.EndObject();
    }
    w_.EndArray();
  }

  // "key": {"name": n, …}: an object of integers, in the order given.
  void IntObject(const char* key, std::initializer_list<std::pair<const char*, int>> members) {
    w_.Key(key);
    w_.BeginObject();
    for (const auto& [name, value] : members) {
      w_.Key(name);
      w_.Int(value);
    }
    w_.EndObject();
  }

  void Source() {
    const Document& d = x_.doc;
    w_.BeginObject();
    w_.Member("file", x_.source.path);
    w_.Member("sha256", x_.source.sha256);
    w_.Member("media_type", MediaTypeName(x_.source.media_type));
    if (!x_.source.decoded_from.empty()) w_.Member("encoding", x_.source.decoded_from);
    w_.Key("pages");
    w_.Int(static_cast<int64_t>(d.pages.size()));
    w_.Member("text_source", TextSource(d));
    if (x_.part) {
      IntObject("part", {{"index", x_.part->index}, {"of", x_.part->count},
                         {"first_page", x_.part->first_page}, {"last_page", x_.part->last_page}});
    }
    // Which build and which data read it: a record from another version
    // or lexicon may differ, and --resume redoes it.
    w_.Key("producer");
    w_.BeginObject();
    w_.Member("name", "vanban");
    w_.Member("version", VANBAN_VERSION);
    w_.Member("data_sha256", x_.data_sha256);
    w_.EndObject();
    if (x_.ocr) {
      w_.Key("ocr");
      w_.BeginObject();
      w_.Member("engine", x_.ocr->engine);
      w_.Member("languages", x_.ocr->languages);
      w_.Key("pages");
      w_.Int(x_.ocr->pages);
      w_.Key("mean_confidence");
      w_.Double(std::round(x_.ocr->mean_confidence * 1000) / 1000);
      w_.EndObject();
    }
    if (!x_.signatures.empty()) Signatures();
    w_.EndObject();
  }

  void Signatures() {
    auto text_or_null = [this](std::string_view name, const std::string& s) {
      w_.MemberOrNull(name, s.empty() ? std::nullopt : std::optional<std::string>(s));
    };
    w_.Key("signatures");
    w_.BeginArray();
    for (const DigitalSignature& s : x_.signatures) {
      w_.BeginObject();
      w_.Key("page");
      w_.Int(s.page);
      text_or_null("signed_by", s.signed_by);
      text_or_null("organisation", s.organisation);
      text_or_null("time", s.time.year ? s.time.Iso() : "");
      text_or_null("time_text", s.time_text);
      w_.EndObject();
    }
    w_.EndArray();
  }

  void Signer(const vanban::Signer& s) {
    w_.BeginObject();
    FieldValue("name", s.name);
    FieldValue("position", s.position);
    w_.MemberOrNull("authority", s.authority);
    w_.MemberOrNull("for", s.for_office);
    if (s.authority_chain.size() > 1) {
      w_.Key("authority_chain");
      w_.StringArray(s.authority_chain);
    }
    w_.EndObject();
  }

  // Where each header field was read, for those found.
  void FieldSpans(const DocumentMeta& m) {
    w_.BeginObject();
    auto add_span = [&](const char* name, const auto& f) {
      if (!f) return;
      w_.Key(name);
      SpanJson(f->span);
    };
    add_span("type", m.type);
    add_span("number", m.number ? m.number : m.symbol);
    add_span("issuer", m.issuer);
    add_span("place", m.place);
    add_span("issued", m.issued);
    add_span("title", m.title);
    if (m.signer.span) {
      w_.Key("signer");
      SpanJson(*m.signer.span);
    }
    w_.EndObject();
  }

  void DocumentJson() {
    const DocumentMeta& m = x_.meta;
    w_.BeginObject();
    FieldValue("type", m.type);
    w_.MemberOrNull("type_name", m.type_name);
    FieldValue("number", m.number);
    w_.Key("serial");
    if (m.serial) w_.Int(*m.serial);
    else w_.Null();
    FieldValue("symbol", m.symbol);
    FieldValue("issuer", m.issuer);
    w_.MemberOrNull("parent_issuer", m.parent_issuer);
    FieldValue("place", m.place);
    w_.Key("issued");
    if (m.issued) w_.String(m.issued->value.Iso());
    else w_.Null();
    FieldValue("title", m.title);
    w_.Key("signer");
    Signer(m.signer);
    w_.Key("recipients");
    w_.BeginArray();
    for (const auto& r : m.recipients) {
      w_.BeginObject();
      w_.Member("name", r.name);
      w_.MemberOrNull("purpose", r.purpose);
      w_.Key("span");
      SpanJson(r.span);
      w_.EndObject();
    }
    w_.EndArray();
    w_.Key("spans");
    FieldSpans(m);
    w_.EndObject();
  }

  void References() {
    w_.BeginArray();
    for (const auto& r : x_.references) {
      w_.BeginObject();
      w_.Member("type", r.type);
      w_.MemberOrNull("number", r.number);
      DateOrNull("issued", r.issued);
      w_.MemberOrNull("issuer", r.issuer);
      w_.Member("role", NameOf(r.role));
      if (r.title) w_.Member("title", *r.title);
      w_.Key("span");
      SpanJson(r.span);
      w_.EndObject();
    }
    w_.EndArray();
  }

  const Extraction& x_;
  JsonWriter w_;
  std::vector<std::vector<uint32_t>> cp_before_;
};

}  // namespace

std::string RecordJson(const Extraction& x, bool pretty) { return Writer(x, pretty).Record(); }

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
