#include "extractors/agencies.h"

#include <map>

#include "extractors/lexicon.h"
#include "extractors/text_util.h"
#include "pipeline/normalize.h"

namespace vanban {

namespace {

// Longest body name we follow; past it the grammar has lost its way.
constexpr size_t kMaxNameWords = 16;

bool EndsWithAny(std::string_view w, std::string_view chars) {
  return !w.empty() && chars.find(w.back()) != std::string_view::npos;
}

// Footnote marks stuck to a word: "tỉnh¹".
std::string WithoutSuperscripts(std::string w) {
  static const std::string_view kMarks[] = {"¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"};
  for (bool found = true; found;) {
    found = false;
    for (auto mark : kMarks) {
      if (w.size() >= mark.size() && w.compare(w.size() - mark.size(), mark.size(), mark) == 0) {
        w.resize(w.size() - mark.size());
        found = true;
      }
    }
  }
  return w;
}

// One line's words, keys and the spelling to use for each word in a name.
class NameScanner {
 public:
  NameScanner(std::string_view line, const Lexicon& lex)
      : line_(line), lex_(lex), words_(Words(line)), keys_(WordKeys(words_)) {}

  std::vector<AgencyMention> Scan() {
    std::vector<AgencyMention> out;
    size_t i = 0;
    while (i < words_.size()) {
      const size_t head = HeadAt(i);
      if (head == 0) {
        ++i;
        continue;
      }
      const size_t prefix = PrefixBefore(i);
      const size_t end = NameEnd(i, head);
      if (end > i + head || MultiWordHead(i)) out.push_back(Mention(i - prefix, end));
      i = std::max(end, i + 1);
    }
    return out;
  }

 private:
  // Words of a head written with its capital ("Sở", "Ban Chỉ đạo") or an
  // abbreviation standing for one ("UBND", "BCĐ").
  size_t HeadAt(size_t i) const {
    if (!StartsWithCapital(words_[i])) return 0;
    const std::string bare = StripPunct(words_[i]);
    if (lex_.AbbreviatesBody(bare)) return 1;
    if (lex_.Expand(bare)) return 0;
    for (const Phrase* head : lex_.HeadsFrom(keys_[i])) {
      const size_t n = MatchPhrase(keys_, i, *head);
      if (n > 0 && SameCapitals(i, *head)) return n;
    }
    return 0;
  }

  // "Hội" but not "hội": the head's words keep the lexicon's capitals.
  bool SameCapitals(size_t i, const Phrase& head) const {
    const auto head_words = Words(head.text);
    for (size_t k = 0; k < head_words.size(); ++k) {
      if (StartsWithCapital(head_words[k]) != StartsWithCapital(words_[i + k])) return false;
    }
    return true;
  }

  // "Chính phủ", "Quốc hội": a head that is a whole name.
  bool MultiWordHead(size_t i) const {
    for (const Phrase* head : lex_.HeadsFrom(keys_[i])) {
      if (head->word_keys.size() >= 2 && MatchPhrase(keys_, i, *head) == head->word_keys.size()) {
        return true;
      }
    }
    return false;
  }

  size_t PrefixBefore(size_t i) const {
    for (const auto& p : lex_.name_prefixes()) {
      const size_t n = p.word_keys.size();
      if (i >= n && MatchPhrase(keys_, i - n, p) == n && StartsWithCapital(words_[i - n])) return n;
    }
    return 0;
  }

  // One past the last word of the name whose head starts at `i`.
  size_t NameEnd(size_t i, size_t head) const {
    size_t j = i + head;
    if (EndsWithAny(words_[j - 1], ",;.:)\"")) return j;
    while (j < words_.size() && j - i < kMaxNameWords) {
      const std::string_view w = words_[j];
      if (w.front() == '(' || w.front() == '"') break;
      if (MatchAnyPhrase(keys_, j, lex_.name_ends())) break;
      if (keys_[j] == "và" && (j + 1 >= words_.size() || !StartsWithCapital(words_[j + 1]))) break;
      if (HeadAt(j) && j > i + head && StartsWithCapital(w) && keys_[j - 1] == "và") break;
      if (const size_t level = LevelAt(j)) return AfterLevel(j, level);
      ++j;
      // "Trung tâm Văn hóa, Thể thao và Truyền thông": a comma inside a
      // name, before the next field of it rather than another body.
      const bool inner_comma = EndsWithAny(w, ",") && j < words_.size() &&
                               StartsWithCapital(words_[j]) && !HeadAt(j) &&
                               !lex_.Expand(StripPunct(words_[j]));
      if (EndsWithAny(w, ",;.:)\"") && !inner_comma) break;
    }
    return j;
  }

  size_t LevelAt(size_t j) const {
    // "Xã hội" (society) in "Lao động - Thương binh và Xã hội" is no commune.
    if (keys_[j] == "xã" && j + 1 < keys_.size() && keys_[j + 1] == "hội") return 0;
    if (keys_[j] == "các" && j + 1 < words_.size()) {
      if (const size_t n = MatchAnyPhrase(keys_, j + 1, lex_.name_levels())) return 1 + n;
    }
    return MatchAnyPhrase(keys_, j, lex_.name_levels());
  }

  // After a level: "các huyện, thành phố" (a list of levels), then the
  // place's proper name ("tỉnh Lạng Sơn"); an abbreviation after the level
  // goes on with the name ("BCĐ Quốc gia VĐ HMTN").
  size_t AfterLevel(size_t j, size_t level) const {
    size_t end = j + level;
    while (end < words_.size() && EndsWithAny(words_[end - 1], ",") && keys_[j] == "các") {
      const size_t more = MatchAnyPhrase(keys_, end, lex_.name_levels());
      if (more == 0) break;
      end += more;
    }
    if (EndsWithAny(words_[end - 1], ",;.:)\"")) return end;
    while (end < words_.size() && StartsWithCapital(words_[end]) && !HeadAt(end)) {
      const bool abbreviation = lex_.Expand(StripPunct(words_[end])).has_value();
      if (abbreviation) return NameEnd(end - 1, 1);
      ++end;
      if (EndsWithAny(words_[end - 1], ",;.:)\"")) break;
    }
    return end;
  }

  AgencyMention Mention(size_t from, size_t to) const {
    AgencyMention m;
    bool shortened = false;
    for (size_t k = from; k < to; ++k) {
      std::string w = WithoutSuperscripts(StripPunct(words_[k]));
      // Commas inside the name stay: "các huyện, thành phố".
      const bool comma = k + 1 < to && EndsWithAny(words_[k], ",");
      if (w.empty() || (w == "-" && k + 1 == to)) continue;
      if (!m.name.empty()) m.name += ' ';
      if (auto full = lex_.Expand(w)) {
        m.name += *full;
        shortened = true;
      } else {
        m.name += w;
      }
      if (comma) m.name += ',';
    }
    m.begin = static_cast<size_t>(words_[from].data() - line_.data());
    const std::string_view last = words_[to - 1];
    m.end = static_cast<size_t>(last.data() - line_.data()) + last.size();
    while (m.end > m.begin && EndsWithAny(line_.substr(m.begin, m.end - m.begin), ",;.:)\"")) --m.end;
    if (shortened) m.abbreviation = std::string(line_.substr(m.begin, m.end - m.begin));
    return m;
  }

  std::string_view line_;
  const Lexicon& lex_;
  std::vector<std::string_view> words_;
  std::vector<std::string> keys_;
};

// The comparison key of a name without the document's own place at its end.
std::string BodyKey(const std::string& name, const std::string& place_key) {
  std::string key = MatchKey(name);
  if (!place_key.empty() && key.size() > place_key.size() &&
      key.compare(key.size() - place_key.size(), place_key.size(), place_key) == 0) {
    key.resize(key.size() - place_key.size());
    while (!key.empty() && key.back() == ' ') key.pop_back();
  }
  return key;
}

}  // namespace

std::vector<AgencyMention> FindAgencies(std::string_view line, const Lexicon& lex) {
  return NameScanner(line, lex).Scan();
}

std::vector<Agency> ExtractAgencies(const Document& doc, const Lexicon& lex,
                                    const DocumentMeta& meta) {
  const std::string place_key = meta.place ? MatchKey(meta.place->value) : "";
  std::vector<Agency> out;
  std::map<std::string, size_t> by_key;
  auto add = [&](const std::string& name, const std::optional<std::string>& abbreviation,
                 const Span& span) {
    const std::string key = BodyKey(name, place_key);
    auto [it, fresh] = by_key.try_emplace(key, out.size());
    if (fresh) out.push_back({name, abbreviation, {}});
    Agency& a = out[it->second];
    if (!a.abbreviation) a.abbreviation = abbreviation;
    a.mentions.push_back(span);
  };
  if (meta.issuer) add(meta.issuer->value, std::nullopt, meta.issuer->span);
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    const Role role = doc.roles[i];
    // The header names the issuer (already in) in capitals; the signature
    // block names offices, not bodies.
    if (role == Role::kHeaderIssuer || role == Role::kSignature || role == Role::kNationalMotto ||
        role == Role::kTypeHeading || role == Role::kHeaderNumber) {
      continue;
    }
    const std::string_view text = doc.LineText(i);
    // A line in capitals is a heading or stamp text ("TRUNG TÂM CÔNG BÁO
    // VÀ TIN HỌC" of a digital signature), where the case that tells a
    // body's head from a word is lost.
    if (IsUpperText(text)) continue;
    const Span line = doc.LineSpan(i);
    for (const AgencyMention& m : FindAgencies(text, lex)) {
      add(m.name, m.abbreviation, {line.page, line.begin + m.begin, line.begin + m.end});
    }
  }
  return out;
}

}  // namespace vanban
