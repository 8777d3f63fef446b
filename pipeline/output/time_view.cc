#include "pipeline/output/time_view.h"

#include <algorithm>
#include <tuple>
#include <vector>

#include "pipeline/language/time_grammar.h"

namespace vanban {

namespace {

struct Found {
  Span span;
  std::string value;
  std::string used_by;
};

std::string Window(const Date& start, const std::optional<Date>& end) {
  return end ? start.Iso() + "/" + end->Iso() : start.Iso();
}

std::string Joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out.empty() ? "-" : out;
}

// What the record's items took, with the spans they took it from.
std::vector<Found> Used(const Extraction& x) {
  std::vector<Found> out;
  if (x.meta.issued) out.push_back({x.meta.issued->span, x.meta.issued->value.Iso(), "issued"});
  for (const Reference& r : x.references) {
    if (r.issued) out.push_back({r.span, r.issued->Iso(), "reference " + r.number.value_or(r.type)});
  }
  for (const Deadline& d : x.deadlines) {
    out.push_back({d.span, d.due.Iso(),
                   "deadline " + std::string(NameOf(d.kind)) + ": " + Joined(d.responsible)});
  }
  for (const Event& e : x.events) {
    std::string value = Window(e.start, e.end);
    if (e.lunar) {
      value += " lunar " + std::to_string(e.lunar->day) + "/" + std::to_string(e.lunar->month) +
               "/" + std::to_string(e.lunar->year);
    }
    out.push_back({e.span, value, "event: " + e.name});
  }
  for (const Target& t : x.targets) {
    if (!t.period || !t.period->start) continue;
    out.push_back({t.span, Window(*t.period->start, t.period->end), "target period"});
  }
  return out;
}

bool Inside(const Span& inner, const Span& outer) {
  return inner.page == outer.page && inner.begin >= outer.begin && inner.end <= outer.end;
}

// The value of an expression as the view writes it: ISO at the precision
// written, "start/end" for an interval or a period longer than a day, with
// what the reader inferred.
std::string ValueOf(const TimeExpr& e) {
  const TimeSpan& end = e.End();
  std::string v;
  if (e.to || e.from.unit != TimeUnit::kDay) {
    v = e.from.first.Iso() + "/" + end.last.Iso();
  } else {
    v = e.from.written.Iso();
  }
  if (e.until) v = "until " + v;
  if (e.inferred_year) v += " (year inferred)";
  if (e.relative) v += " (from the issue date)";
  if (e.lunar) {
    v += " lunar " + std::to_string(e.lunar_day) + "/" + std::to_string(e.lunar_month) + "/" +
         std::to_string(e.lunar_year);
  }
  return v;
}

// Every time expression the text holds, as the time grammar reads it, that
// no item's span covers.
std::vector<Found> Unused(const Extraction& x, const std::vector<Found>& used) {
  const Document& doc = x.doc;
  TimeAnchor anchor;
  if (x.meta.issued && x.meta.issued->value.day > 0) anchor.issued = x.meta.issued->value;
  if (x.meta.issued) anchor.year = x.meta.issued->value.year;
  std::vector<Found> out;
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    const std::string_view line = doc.LineText(i);
    for (const TimeExpr& e : FindTimes(line, anchor)) {
      const Span span{doc.lines[i].page, doc.lines[i].begin + e.begin,
                      doc.lines[i].begin + e.begin + e.length};
      const bool taken = std::any_of(used.begin(), used.end(),
                                     [&](const Found& f) { return Inside(span, f.span); });
      if (!taken) out.push_back({span, ValueOf(e), "-"});
    }
  }
  return out;
}

}  // namespace

std::string TimeExpressions(const Extraction& x) {
  std::vector<Found> all = Used(x);
  for (Found& f : Unused(x, all)) all.push_back(std::move(f));
  std::stable_sort(all.begin(), all.end(), [](const Found& a, const Found& b) {
    return std::tie(a.span.page, a.span.begin) < std::tie(b.span.page, b.span.begin);
  });
  std::string out;
  for (const Found& f : all) {
    const Page& page = x.doc.pages[f.span.page - 1];
    const std::string_view words =
        f.span.end <= page.text.size() && f.span.begin <= f.span.end
            ? std::string_view(page.text).substr(f.span.begin, f.span.end - f.span.begin)
            : std::string_view();
    out += std::to_string(f.span.page) + '\t' + std::string(words) + '\t' + f.value + '\t' +
           f.used_by + '\n';
  }
  return out;
}

}  // namespace vanban
