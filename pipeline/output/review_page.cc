#include "pipeline/output/review_page.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <openssl/evp.h>
#include <set>

#include "pipeline/language/lexicon.h"
#include "pipeline/output/review_assets.h"

namespace vanban {

namespace {

using nlohmann::json;

// A span of an item: code points [begin, end) of a page's text, as the
// record gives them.
struct Spot {
  int page = 1;
  size_t begin = 0;
  size_t end = 0;
};

// One row of the record column.
struct Item {
  std::string id;   // unique in the page, [a-z0-9-]
  std::string key;  // what the value is: "Số", "Chỉ thị", "≥"
  std::string value;
  std::string detail;  // a second line, may be empty
  std::vector<Spot> spots;
  std::string check;  // why to check it; empty when it needs no check
};

struct Group {
  std::string title;
  std::vector<Item> items;
};

void AppendEscaped(std::string_view text, std::string* out) {
  for (char c : text) {
    switch (c) {
      case '&': *out += "&amp;"; break;
      case '<': *out += "&lt;"; break;
      case '>': *out += "&gt;"; break;
      case '"': *out += "&quot;"; break;
      case '\'': *out += "&#39;"; break;
      default: *out += c;
    }
  }
}

std::string Escaped(std::string_view text) {
  std::string out;
  AppendEscaped(text, &out);
  return out;
}

// A member as text: a string as it is, a number as JSON writes it, null
// or missing as "".
std::string Text(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  return it->is_string() ? it->get<std::string>() : it->dump();
}

std::string Joined(const json& j, const char* key) {
  std::string out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const json& v : *it) {
    if (!v.is_string()) continue;
    if (!out.empty()) out += "; ";
    out += v.get<std::string>();
  }
  return out;
}

std::string TwoDecimals(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

// "r3": an item's id, its group's letter and its place in the group.
// (Built by appending: GCC 12 warns, wrongly, of "r" + std::to_string(n).)
std::string IdOf(const char* letter, int n) {
  std::string id = letter;
  id += std::to_string(n);
  return id;
}

Spot SpotOf(const json& span) {
  return {span.value("page", 1), span.value("start", size_t{0}), span.value("end", size_t{0})};
}

// Why an item needs a person's eye: its own confidence, or the OCR
// confidence of the line it was read from, under kCheckBelow.
std::string CheckOf(const json& item, const json* span) {
  if (auto c = item.find("confidence");
      c != item.end() && c->is_number() && c->get<double>() < kCheckBelow) {
    return "độ tin cậy " + TwoDecimals(c->get<double>());
  }
  if (span) {
    if (auto c = span->find("confidence");
        c != span->end() && c->is_number() && c->get<double>() < kCheckBelow) {
      return "OCR: độ tin cậy của dòng " + TwoDecimals(c->get<double>());
    }
  }
  return "";
}

// An item of one span: `j` holds it under "span".
Item SpannedItem(std::string id, const json& j, std::string key, std::string value,
                 std::string detail) {
  Item item{std::move(id), std::move(key), std::move(value), std::move(detail), {}, ""};
  const json* span = nullptr;
  if (auto s = j.find("span"); s != j.end() && s->is_object()) span = &*s;
  if (span) item.spots.push_back(SpotOf(*span));
  item.check = CheckOf(j, span);
  return item;
}

// How a clerk says the contract's codes; a code without a label is shown
// as it is.
const std::map<std::string, std::string> kRoles = {{"basis", "căn cứ"}, {"mention", "dẫn chiếu"}};
const std::map<std::string, std::string> kKinds = {
    {"before", "trước"}, {"by", "chậm nhất"}, {"on", "vào"}, {"recurring", "định kỳ, từ"}};

std::string Label(const std::map<std::string, std::string>& labels, const std::string& code) {
  auto it = labels.find(code);
  return it == labels.end() ? code : it->second;
}

std::string TypeName(const Lexicon& lex, const std::string& code) {
  const DocumentType* t = lex.TypeByCode(code);
  return t ? t->name : code;
}

// The document's fields, in the order a clerk reads a header: the field's
// label, and the record's value for it.
Group DocumentGroup(const json& document) {
  static const std::vector<std::pair<const char*, const char*>> kFields = {
      {"type", "Loại văn bản"}, {"number", "Số, ký hiệu"},   {"issuer", "Cơ quan ban hành"},
      {"place", "Địa danh"},    {"issued", "Ngày ban hành"}, {"title", "Trích yếu"},
      {"signer", "Người ký"}};
  Group g{"Văn bản", {}};
  const json spans = document.value("spans", json::object());
  for (const auto& [field, label] : kFields) {
    auto span = spans.find(field);
    if (span == spans.end()) continue;
    Item item{std::string("d-") + field,      label, "", "", {SpotOf(*span)},
              CheckOf(json::object(), &*span)};
    if (std::string_view(field) == "type") {
      item.value = Text(document, "type_name");
    } else if (std::string_view(field) == "signer") {
      const json signer = document.value("signer", json::object());
      item.value = Text(signer, "name");
      std::string role = Text(signer, "authority");
      if (!role.empty()) role += ". " + Text(signer, "for") + " — ";
      item.detail = role + Text(signer, "position");
    } else {
      item.value = Text(document, field);
      if (std::string_view(field) == "issuer") item.detail = Text(document, "parent_issuer");
    }
    g.items.push_back(std::move(item));
  }
  return g;
}

Group RecipientGroup(const json& document) {
  Group g{"Nơi nhận", {}};
  int n = 0;
  for (const json& r : document.value("recipients", json::array())) {
    g.items.push_back(SpannedItem(IdOf("n", ++n), r, "", Text(r, "name"), Text(r, "purpose")));
  }
  return g;
}

Group ReferenceGroup(const json& record, const Lexicon& lex) {
  Group g{"Văn bản dẫn chiếu", {}};
  int n = 0;
  for (const json& r : record.value("references", json::array())) {
    std::string value = Text(r, "number");
    if (value.empty()) value = Text(r, "title");
    std::string detail = Text(r, "issuer");
    if (!Text(r, "issued").empty()) detail += (detail.empty() ? "" : ", ") + Text(r, "issued");
    detail += (detail.empty() ? "" : " · ") + Label(kRoles, Text(r, "role"));
    g.items.push_back(
        SpannedItem(IdOf("r", ++n), r, TypeName(lex, Text(r, "type")), value, detail));
  }
  return g;
}

Group AgencyGroup(const json& record) {
  Group g{"Cơ quan, đơn vị", {}};
  int n = 0;
  for (const json& a : record.value("agencies", json::array())) {
    Item item{IdOf("a", ++n), "", Text(a, "name"), Text(a, "abbreviation"), {}, ""};
    for (const json& m : a.value("mentions", json::array())) {
      item.spots.push_back(SpotOf(m));
      if (item.check.empty()) item.check = CheckOf(a, &m);
    }
    g.items.push_back(std::move(item));
  }
  return g;
}

std::string Period(const json& p) {
  if (!p.is_object()) return "";
  return Text(p, "start") + " – " + Text(p, "end");
}

Group TargetGroup(const json& record) {
  static const std::map<std::string, std::string> kComparators = {
      {"at_least", "≥"},  {"at_most", "≤"}, {"more_than", ">"},
      {"less_than", "<"}, {"exactly", "="}, {"approx", "≈"}};
  Group g{"Chỉ tiêu", {}};
  int n = 0;
  for (const json& t : record.value("targets", json::array())) {
    auto c = kComparators.find(Text(t, "comparator"));
    std::string value = Text(t, "value");
    const std::string unit = Text(t, "unit");
    if (!unit.empty()) value += (unit == "%" ? "" : " ") + unit;
    std::string detail = Text(t, "subject");
    const std::string period = Period(t.value("period", json()));
    if (!period.empty()) detail += (detail.empty() ? "" : " · ") + period;
    g.items.push_back(SpannedItem(IdOf("t", ++n), t,
                                  c == kComparators.end() ? Text(t, "comparator") : c->second,
                                  value, detail));
  }
  return g;
}

Group EventGroup(const json& record) {
  Group g{"Sự kiện", {}};
  int n = 0;
  for (const json& e : record.value("events", json::array())) {
    std::string when = Text(e, "start");
    if (!Text(e, "end").empty() && Text(e, "end") != when) when += " – " + Text(e, "end");
    g.items.push_back(SpannedItem(IdOf("e", ++n), e, when, Text(e, "name"), ""));
  }
  return g;
}

Group DeadlineGroup(const json& record) {
  Group g{"Thời hạn", {}};
  int n = 0;
  for (const json& d : record.value("deadlines", json::array())) {
    std::string detail = Joined(d, "responsible");
    if (!Text(d, "report_to").empty())
      detail += (detail.empty() ? "" : " → ") + Text(d, "report_to");
    Item item =
        SpannedItem(IdOf("h", ++n), d, Label(kKinds, Text(d, "kind")) + " " + Text(d, "due"),
                    Text(d, "action"), detail);
    if (item.check.empty() && d.value("inferred_year", false)) item.check = "năm được suy ra";
    g.items.push_back(std::move(item));
  }
  return g;
}

Group TaskGroup(const json& record) {
  Group g{"Nhiệm vụ", {}};
  int n = 0;
  for (const json& t : record.value("tasks", json::array())) {
    std::string detail = "Chủ trì: " + Joined(t, "lead");
    const std::string support = Joined(t, "support");
    if (!support.empty()) detail += " · Phối hợp: " + support;
    g.items.push_back(SpannedItem(IdOf("k", ++n), t, "", Text(t, "action"), detail));
  }
  return g;
}

std::vector<Group> Groups(const json& record, const Lexicon& lex) {
  const json document = record.value("document", json::object());
  return {DocumentGroup(document), RecipientGroup(document), ReferenceGroup(record, lex),
          AgencyGroup(record),     TargetGroup(record),      EventGroup(record),
          DeadlineGroup(record),   TaskGroup(record)};
}

// The byte offset of every code point of `text`, and of its end.
std::vector<size_t> CodePointOffsets(std::string_view text) {
  std::vector<size_t> at;
  at.reserve(text.size() + 1);
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) at.push_back(i);
  }
  at.push_back(text.size());
  return at;
}

// A span of an item on one page, in code points clamped to the page.
struct Mark {
  size_t begin = 0;
  size_t end = 0;
  int item = 0;  // index into the page's item ids
};

// The ids of the marks in `active`, longest span first, so that the last
// is the innermost (the script picks it first).
std::string IdList(const std::vector<const Mark*>& active, const std::vector<std::string>& ids) {
  std::vector<const Mark*> sorted = active;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Mark* a, const Mark* b) {
    return a->end - a->begin > b->end - b->begin;
  });
  std::string out;
  std::set<int> seen;
  for (const Mark* m : sorted) {
    if (!seen.insert(m->item).second) continue;
    if (!out.empty()) out += ' ';
    out += ids[m->item];
  }
  return out;
}

// The page's text with every mark as a <span data-i="IDS">: the text cut
// at every mark's ends, each piece naming the items whose spans cover it.
// An empty span is an empty <span class="pt"> where it stands.
std::string MarkedText(std::string_view text, const std::vector<size_t>& cp,
                       const std::vector<Mark>& marks, const std::vector<std::string>& ids) {
  std::vector<size_t> cuts = {0, cp.size() - 1};
  for (const Mark& m : marks) {
    cuts.push_back(m.begin);
    cuts.push_back(m.end);
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::string out;
  for (size_t k = 0; k < cuts.size(); ++k) {
    const size_t from = cuts[k];
    for (const Mark& m : marks) {
      if (m.begin == from && m.end == from)
        out += "<span class=\"pt\" data-i=\"" + ids[m.item] + "\"></span>";
    }
    if (k + 1 == cuts.size()) break;
    const size_t to = cuts[k + 1];
    std::vector<const Mark*> active;
    for (const Mark& m : marks) {
      if (m.begin <= from && to <= m.end && m.begin < m.end) active.push_back(&m);
    }
    const std::string_view piece = text.substr(cp[from], cp[to] - cp[from]);
    if (active.empty()) {
      AppendEscaped(piece, &out);
      continue;
    }
    out += "<span data-i=\"" + IdList(active, ids) + "\">";
    AppendEscaped(piece, &out);
    out += "</span>";
  }
  return out;
}

std::string Percent(double v, double whole) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f%%", whole > 0 ? 100.0 * v / whole : 0.0);
  return buf;
}

// `bytes` in base64, for a data: URL (OpenSSL's encoder).
std::string Base64(std::string_view bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
  const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                reinterpret_cast<const unsigned char*>(bytes.data()),
                                static_cast<int>(bytes.size()));
  out.resize(n);
  return out;
}

// The picture of a page with a box over each of its lines that has one;
// a box names the items whose spans touch its line.
std::string PictureOf(const PagePicture& pic, const Document& doc, const std::vector<size_t>& cp,
                      const std::vector<Mark>& marks, const std::vector<std::string>& ids) {
  std::string out = "<figure class=\"picture\"><img alt=\"Trang " + std::to_string(pic.page) +
                    "\" src=\"data:" + pic.media_type + ";base64," + Base64(pic.bytes) + "\">";
  auto cp_of = [&](size_t byte) {
    return static_cast<size_t>(std::lower_bound(cp.begin(), cp.end(), byte) - cp.begin());
  };
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    const Line& line = doc.lines[i];
    if (line.page != pic.page || !line.bbox) continue;
    const size_t begin = cp_of(line.begin), end = cp_of(line.end);
    std::vector<const Mark*> touching;
    for (const Mark& m : marks) {
      if (m.begin < end && m.end > begin)
        touching.push_back(&m);
      else if (m.begin == m.end && m.begin >= begin && m.begin <= end)
        touching.push_back(&m);
    }
    const BBox& b = *line.bbox;
    out += "<div class=\"box\" style=\"left:" + Percent(b[0], pic.width_pt) +
           ";top:" + Percent(b[1], pic.height_pt) + ";width:" + Percent(b[2] - b[0], pic.width_pt) +
           ";height:" + Percent(b[3] - b[1], pic.height_pt) + "\"";
    if (!touching.empty()) out += " data-i=\"" + IdList(touching, ids) + "\"";
    out += "></div>";
  }
  return out + "</figure>";
}

// Each page: its picture when there is one, and its marked text.
std::string DocumentColumn(const Document& doc, const std::vector<Group>& groups,
                           const std::vector<PagePicture>& pictures) {
  std::vector<std::string> ids;
  std::vector<std::vector<Mark>> marks(doc.pages.size());
  for (const Group& g : groups) {
    for (const Item& item : g.items) {
      ids.push_back(item.id);
      for (const Spot& s : item.spots) {
        if (s.page < 1 || s.page > static_cast<int>(doc.pages.size())) continue;
        marks[s.page - 1].push_back({s.begin, s.end, static_cast<int>(ids.size() - 1)});
      }
    }
  }
  std::string out = "<main class=\"doc\">";
  for (const Page& page : doc.pages) {
    const std::vector<size_t> cp = CodePointOffsets(page.text);
    std::vector<Mark>& page_marks = marks[page.number - 1];
    const size_t length = cp.size() - 1;
    for (Mark& m : page_marks) {
      m.end = std::min(m.end, length);
      m.begin = std::min(m.begin, m.end);
    }
    const PagePicture* pic = nullptr;
    for (const PagePicture& p : pictures) {
      if (p.page == page.number) pic = &p;
    }
    const std::string n = std::to_string(page.number);
    out += "<section class=\"page\" id=\"p" + n + "\"><h2>Trang " + n + "</h2><div class=\"sheet" +
           (pic ? " with-picture" : "") + "\">";
    if (pic) out += PictureOf(*pic, doc, cp, page_marks, ids);
    out += "<div class=\"text\" lang=\"vi\">";
    out += page.text.empty() ? "<span class=\"empty\">(trang trống)</span>"
                             : MarkedText(page.text, cp, page_marks, ids);
    out += "</div></div></section>";
  }
  return out + "</main>";
}

std::string ItemHtml(const Item& item) {
  std::string out = "<li class=\"item" + std::string(item.check.empty() ? "" : " check") +
                    "\" id=\"item-" + item.id + "\" data-i=\"" + item.id + "\" tabindex=\"0\">";
  if (!item.spots.empty()) {
    out += "<a class=\"go\" href=\"#i=" + item.id + "\">tr. " +
           std::to_string(item.spots.front().page) + "</a>";
  }
  if (!item.key.empty()) out += "<span class=\"k\">" + Escaped(item.key) + "</span>";
  out += "<span class=\"v\">" + Escaped(item.value.empty() ? "—" : item.value) + "</span>";
  if (!item.check.empty())
    out += " <span class=\"flag\">⚠ kiểm tra: " + Escaped(item.check) + "</span>";
  if (!item.detail.empty()) out += "<span class=\"d\">" + Escaped(item.detail) + "</span>";
  return out + "</li>";
}

std::string RecordColumn(const json& record, const std::vector<Group>& groups) {
  const json source = record.value("source", json::object());
  std::string out = "<aside class=\"record\"><h1>" + Escaped(Text(source, "file")) + "</h1>";
  out += "<div class=\"source\">" + Escaped(Text(source, "media_type")) + " · " +
         Text(source, "pages") + " trang · " + Escaped(Text(source, "text_source"));
  if (auto ocr = source.find("ocr"); ocr != source.end() && ocr->is_object()) {
    out += " · OCR " + Escaped(Text(*ocr, "engine")) + ", độ tin cậy " +
           TwoDecimals(ocr->value("mean_confidence", 0.0));
  }
  out += "<br>sha256 " + Escaped(Text(source, "sha256")) + "</div>";
  const json warnings = record.value("warnings", json::array());
  if (!warnings.empty()) {
    out += "<section class=\"warnings\"><h2>Cảnh báo (" + std::to_string(warnings.size()) +
           ")</h2><ul>";
    for (const json& w : warnings) {
      out += "<li><code>" + Escaped(Text(w, "code")) + "</code> " + Escaped(Text(w, "message")) +
             "</li>";
    }
    out += "</ul></section>";
  }
  size_t to_check = 0;
  for (const Group& g : groups) {
    for (const Item& item : g.items) to_check += !item.check.empty();
  }
  out +=
      "<div class=\"controls\"><label><input type=\"checkbox\" id=\"only-check\"> Chỉ các mục "
      "cần kiểm tra (" +
      std::to_string(to_check) + ")</label></div>";
  for (const Group& g : groups) {
    out += "<section class=\"group\"><h2>" + Escaped(g.title) + " (" +
           std::to_string(g.items.size()) + ")</h2><ol class=\"items\">";
    for (const Item& item : g.items) out += ItemHtml(item);
    out += "</ol></section>";
  }
  return out + "</aside>";
}

}  // namespace

std::string ReviewPage(const json& record, const Document& doc,
                       const std::vector<PagePicture>& pictures, const Lexicon& lex) {
  const std::vector<Group> groups = Groups(record, lex);
  const std::string title = Text(record.value("document", json::object()), "number");
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<meta name=\"generator\" content=\"vanban " VANBAN_VERSION
      "\">"
      "<title>" +
      Escaped(title.empty() ? Text(record.value("source", json::object()), "file") : title) +
      " — VanBan</title><style>";
  out += kReviewCss;
  out += "</style></head><body>";
  out += RecordColumn(record, groups);
  out += DocumentColumn(doc, groups, pictures);
  out += "<script>";
  out += kReviewJs;
  out += "</script></body></html>\n";
  return out;
}

}  // namespace vanban
