// Public bodies a document names: "Sở Y tế", "Ủy ban nhân dân các huyện,
// thành phố", "Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh".
//
// A name opens with a head word of agency_kinds.tsv written with its
// capital ("Sở", "Ban Chỉ đạo", or an abbreviation of one, "UBND") — the
// lower-case "các sở, ban, ngành" is a category, not a body — and runs on
// until the grammar of agency_name_grammar.tsv ends it: a verb or
// preposition ("chỉ đạo", "phối hợp với"), punctuation, or a level that
// closes it ("tỉnh", "các huyện, thành phố", "Trung ương") with the place
// named after it. Abbreviations are written out; the short form as written
// is kept.
#ifndef VANBAN_EXTRACTORS_AGENCIES_H_
#define VANBAN_EXTRACTORS_AGENCIES_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/record.h"

namespace vanban {

class Lexicon;
struct DocumentContext;  // extractors/context.h

struct AgencyMention {
  std::string name;                         // written out
  std::optional<std::string> abbreviation;  // as written, when shortened
  size_t begin = 0;                         // bytes into the line
  size_t end = 0;
};

// The bodies named in one line, in order.
std::vector<AgencyMention> FindAgencies(std::string_view line, const Lexicon& lex);

// The bodies each line of a document names, read once for the functions
// below (one entry per line of `doc.lines`; none for a line set aside,
// Role::kAside, once the structure stage has run).
using LineMentions = std::vector<std::vector<AgencyMention>>;
LineMentions FindAllAgencies(const Document& doc, const Lexicon& lex);

// Short names a document defines for bodies ("… tỉnh Quảng Bình (sau đây
// gọi tắt là Ban Chỉ huy tỉnh)") or implies by leaving out the field its
// other names give a head ("Ban Chỉ đạo các huyện" beside "Ban Chỉ đạo vận
// động hiến máu tình nguyện tỉnh") or the purpose of its `issuer` ("Ban
// Chỉ đạo quốc gia" for "Ban Chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt
// liệt sĩ"): MatchKey of the short name → the full name, as the mention
// before the definition gives it or with the field put back.
using ShortNames = std::map<std::string, std::string>;
ShortNames DefinedShortNames(const Document& doc, const Lexicon& lex,
                             const LineMentions& mentions,
                             const std::optional<std::string>& issuer = std::nullopt);

// `name` with a defined short name written out, whole ("Ban Chỉ huy tỉnh")
// or at its end ("Văn phòng thường trực Ban Chỉ huy tỉnh").
std::string Resolve(const std::string& name, const ShortNames& defined);

// The parties of `tasks` and the bodies `deadlines` are due from, named
// short where the record's agencies hold the name in full ("Tổ công tác"
// beside "Tổ công tác phòng, chống sinh vật gây hại", "Ban Chỉ đạo" beside
// "Ban Chỉ đạo vận động hiến máu tình nguyện thành phố"), written out as
// the agencies are: a short name with a level of its own stays.
void UseFullNames(const std::vector<Agency>& agencies, const Lexicon& lex,
                  std::vector<Task>* tasks, std::vector<Deadline>* deadlines);

// Every body of the document once, the issuer first. Names that differ
// only by the document's own place at the end ("Ủy ban nhân dân tỉnh" in a
// Lạng Sơn document) are one body, and so are a body and the short name the
// document defines for it (the context's short names).
std::vector<Agency> ExtractAgencies(const Document& doc, const Lexicon& lex,
                                    const DocumentMeta& meta, const DocumentContext& cx);

}  // namespace vanban

#endif  // VANBAN_EXTRACTORS_AGENCIES_H_
