#include "pipeline/structure/structure.h"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <optional>

#include "pipeline/language/lexicon.h"
#include "pipeline/language/normalize.h"
#include "pipeline/language/text_util.h"
#include "pipeline/structure/blocks.h"

namespace vanban {

namespace {

// How far into a document the header and type heading may stand. Real
// headers take 6–12 lines; scraped texts add a few lines of junk above.
constexpr size_t kHeaderSearchLines = 40;

bool IsUrgencyMark(std::string_view line) {
  static const RE2 kUrgency(R"((?i)^(hỏa tốc|hoả tốc|thượng khẩn|khẩn|tuyệt mật|tối mật|mật)\W*$)");
  return RE2::FullMatch(Trim(line), kUrgency);
}

bool IsAddresseesHead(std::string_view line) {
  static const KeyedPrefix kHead("kính gửi");
  return StartsWithWords(line, kHead);
}

// "Kính gửi:" with nothing after it on its line.
bool IsBareAddresseesHead(std::string_view line) {
  if (!IsAddresseesHead(line)) return false;
  const std::vector<std::string_view> words = Words(line, 4);
  return words.size() == 2 || (words.size() == 3 && words[2] == ":");
}

// A word with a capital after a small letter ("gỬi:", "ổNG"): what OCR
// makes of a stamp laid over the header, never a wrapped V/v line.
bool HasCapitalAfterSmall(std::string_view line) {
  bool small = false;
  const auto n = static_cast<int32_t>(line.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(line.data(), i, n, c);
    if (u_isupper(c) && small) return true;
    small = u_islower(c);
  }
  return false;
}

bool IsListItem(std::string_view line) { return ReadMarker(line).kind == MarkerKind::kBullet; }

// The body begins with a paragraph, not with a short header fragment.
bool LooksLikeParagraph(std::string_view line) { return CodePointCount(line) > 160; }

class RoleAssigner {
 public:
  RoleAssigner(Document* doc, const Lexicon& lex)
      : doc_(*doc), lex_(lex), roles_(doc->roles) {}

  void Run() {
    roles_.assign(doc_.lines.size(), Role::kBody);
    // What stands around the document is read as nothing until the end.
    for (size_t i = 0; i < n(); ++i) {
      if (Text(i).empty() || doc_.lines[i].aside) roles_[i] = Role::kBlank;
    }
    const std::optional<size_t> heading = FindTypeHeading();
    const size_t header_end = heading ? *heading : FindHeaderEnd();
    MarkHeader(header_end);
    MarkRightColumnLate(header_end);
    size_t next = header_end;
    if (heading) next = MarkTitle(*heading);
    next = MarkAuthorityLines(next);
    next = MarkAddressees(next);
    next = MarkPreamble(next);
    MarkTail(next);
    MarkFootnotes(header_end);
    for (size_t i = 0; i < n(); ++i) {
      if (doc_.lines[i].aside) roles_[i] = Role::kAside;
    }
  }

 private:
  size_t n() const { return doc_.lines.size(); }
  std::string_view Text(size_t i) const { return Trim(doc_.LineText(i)); }
  bool Blank(size_t i) const { return roles_[i] == Role::kBlank; }

  size_t SkipBlanks(size_t i) const {
    while (i < n() && Blank(i)) ++i;
    return i;
  }

  std::optional<size_t> FindTypeHeading() const {
    for (size_t i = 0; i < n() && i < kHeaderSearchLines; ++i) {
      if (IsPreambleCue(Text(i)) || IsAddresseesHead(Text(i))) break;
      if (TypeHeadingLength(Text(i), lex_) > 0) return i;
    }
    return std::nullopt;
  }

  // Without a type heading (a công văn), the header runs until the first
  // line that belongs to the body. Lines above the first header line
  // ("Số:", quốc hiệu, place-date) are not the body: scraped copies carry a
  // source URL or a page title there.
  size_t FindHeaderEnd() const {
    bool seen_header_line = false;
    for (size_t i = 0; i < n() && i < kHeaderSearchLines; ++i) {
      const std::string_view t = Text(i);
      if (IsNumberLine(t) || IsMottoLine(t) || IsPlaceDateLine(t)) {
        seen_header_line = true;
        continue;
      }
      const bool body = IsPreambleCue(t) || IsAddresseesHead(t) || LooksLikeParagraph(t) ||
                        ReadMarker(t).numbered();
      if (body && seen_header_line) return i;
    }
    return seen_header_line ? std::min(n(), kHeaderSearchLines) : 0;
  }

  // The issuer block is the run of capitals right above "Số:" (a stamp or
  // a scraped title above it is not part of it); without a number line,
  // the first run of capitals in the header.
  void MarkIssuer(size_t end) {
    std::optional<size_t> number;
    for (size_t i = 0; i < end && !number; ++i) {
      if (roles_[i] == Role::kHeaderNumber) number = i;
    }
    auto issuer_like = [&](size_t i) {
      return roles_[i] == Role::kBody && IsUpperText(Text(i)) && !IsUrgencyMark(Text(i));
    };
    if (number) {
      for (size_t i = *number; i-- > 0 && issuer_like(i);) roles_[i] = Role::kHeaderIssuer;
      return;
    }
    size_t i = 0;
    while (i < end && !issuer_like(i)) ++i;
    for (; i < end && issuer_like(i); ++i) roles_[i] = Role::kHeaderIssuer;
  }

  void MarkHeader(size_t end) {
    bool in_vv = false;
    for (size_t i = 0; i < end; ++i) {
      if (Blank(i)) {
        in_vv = false;
        continue;
      }
      const std::string_view t = Text(i);
      if (IsVvLine(t)) {
        roles_[i] = Role::kTitle;
        in_vv = true;
      } else if (IsNumberLine(t)) {
        roles_[i] = Role::kHeaderNumber;
        in_vv = false;
      } else if (IsMottoLine(t)) {
        roles_[i] = Role::kNationalMotto;
        in_vv = false;
      } else if (IsPlaceDateLine(t)) {
        roles_[i] = Role::kPlaceDate;
        in_vv = false;
      } else if (in_vv && !IsUpperText(t) && !HasCapitalAfterSmall(t)) {
        roles_[i] = Role::kTitle;  // a wrapped V/v line
      }
    }
    MarkIssuer(end);
  }

  // In a PDF the left header column (issuer, "Số:", a long V/v, even
  // "Kính gửi:") may come out whole before the right one, so quốc hiệu and
  // the place-date line can stand after where the header seemed to end.
  void MarkRightColumnLate(size_t from) {
    for (size_t i = from; i < n() && i < kHeaderSearchLines; ++i) {
      const std::string_view t = Text(i);
      if (IsPreambleCue(t) || LooksLikeParagraph(t)) break;
      if (IsMottoLine(t)) roles_[i] = Role::kNationalMotto;
      else if (IsPlaceDateLine(t)) roles_[i] = Role::kPlaceDate;
    }
  }

  // The trích yếu: the rest of the heading line, then the following lines
  // until a blank line or anything that opens the body.
  size_t MarkTitle(size_t heading) {
    roles_[heading] = Role::kTypeHeading;
    const bool laid_out = doc_.lines[heading].bbox.has_value();
    size_t i = heading + 1;
    if (TypeHeadingLength(Text(heading), lex_) == Text(heading).size() ||
        Text(heading).back() == ':') {
      i = SkipBlanks(i);
    }
    const size_t first = i;
    static const KeyedPrefix kBasis("căn cứ");
    for (; i < n(); ++i) {
      const std::string_view t = Text(i);
      // A trích yếu may itself begin "Thực hiện …" or "Theo …"; only "Căn
      // cứ" opens a preamble right under the heading.
      const bool opens_body = i == first ? StartsWithWords(t, kBasis) : IsPreambleCue(t);
      // A long line is a paragraph, unless in capitals: a title printed so.
      if (Blank(i) || opens_body || IsAddresseesHead(t) || ReadMarker(t).numbered() ||
          (LooksLikeParagraph(t) && !IsUpperText(t)) ||
          (IsUpperText(t) && roles_[i - 1] == Role::kTitle)) {
        break;
      }
      // In a PDF the trích yếu is centred; the first full-width line is body,
      // unless it goes on with the title's sentence in lower case (a long
      // title's second line, nearly as wide as the text).
      if (laid_out && !doc_.lines[i].centered && roles_[i - 1] == Role::kTitle &&
          !StartsWithLowerCase(t)) {
        break;
      }
      roles_[i] = Role::kTitle;
    }
    return i;
  }

  // "ỦY BAN NHÂN DÂN TỈNH …" or "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" under the
  // title of a Quyết định: who decides.
  size_t MarkAuthorityLines(size_t i) {
    i = SkipBlanks(i);
    for (int k = 0; k < 2 && i < n(); ++k) {
      const std::string_view t = Text(i);
      if (!IsUpperText(t) || ReadMarker(t).numbered() || TypeHeadingLength(t, lex_) > 0) break;
      roles_[i] = Role::kAuthorityLine;
      i = SkipBlanks(i + 1);
    }
    return i;
  }

  size_t MarkAddressees(size_t i) {
    i = SkipBlanks(i);
    if (i >= n() || !IsAddresseesHead(Text(i))) return i;
    roles_[i++] = Role::kAddressees;
    for (; i < n(); ++i) {
      const std::string_view t = Text(i);
      if (Blank(i)) {
        // A blank line ends the list unless the list has not begun yet
        // ("Kính gửi:" alone, its list below it).
        if (roles_[i - 1] == Role::kAddressees && !IsBareAddresseesHead(Text(i - 1))) break;
        continue;
      }
      if (IsPreambleCue(t) || ReadMarker(t).numbered() || LooksLikeParagraph(t)) break;
      if (roles_[i] != Role::kBody) continue;  // a late header line
      roles_[i] = Role::kAddressees;
    }
    return i;
  }

  size_t MarkPreamble(size_t i) {
    for (i = SkipBlanks(i); i < n() && IsPreambleCue(Text(i)); i = SkipBlanks(i + 1)) {
      roles_[i] = Role::kPreamble;
    }
    return i;
  }

  // From the end of the body: "Nơi nhận" and its list, the signature block,
  // and whatever follows the signer's name (an appendix or annex).
  void MarkTail(size_t body_begin) {
    std::optional<size_t> recipients;
    for (size_t i = body_begin; i < n(); ++i) {
      if (IsRecipientsHead(Text(i))) {
        recipients = i;
        break;
      }
    }
    size_t sig_from = n();
    bool titled = false;
    if (recipients) {
      titled = MarkTitlesBefore(*recipients);
      size_t i = *recipients;
      roles_[i] = Role::kRecipients;
      // Blank lines may separate the head and the items (Markdown); an item
      // list ends at a blank line not followed by another item, or at the
      // capitals of the signature.
      for (i = SkipBlanks(i + 1); i < n(); ++i) {
        const std::string_view t = Text(i);
        if (Blank(i)) {
          const size_t next = SkipBlanks(i);
          if (next < n() && IsListItem(Text(next))) continue;
          break;
        }
        if (IsUpperText(t) && !IsListItem(t)) break;
        // The signer's name under titles read before the list.
        if (titled && !IsListItem(t) && LooksLikePersonName(WithoutStrokeWords(t))) break;
        roles_[i] = Role::kRecipients;
      }
      sig_from = SkipBlanks(i);
      // On a scan the seal may hide the signer's titles: a name right
      // after the recipients is the signer's all the same.
      titled |= sig_from < n() && doc_.Scanned(sig_from) &&
                LooksLikePersonName(WithoutStrokeWords(Text(sig_from)));
    } else {
      sig_from = FindSignatureWithoutRecipients(body_begin);
    }
    const size_t sig_end = MarkSignature(sig_from, titled);
    for (size_t i = sig_end; i < n(); ++i) {
      if (!Blank(i)) roles_[i] = Role::kAppendix;
    }
    MarkAttachedDocument(sig_end);
  }

  // "KẾ HOẠCH / Thực hiện công tác … (Kèm theo Quyết định số …)" after the
  // signature: the document the decision issues, whose items set the work,
  // targets and dates it orders. Past its type heading and its title its
  // lines are body; the heading and title stay appendix (its "Kèm theo
  // Quyết định số …" names the document itself, no citation). An appendix
  // of another kind (a thuyết minh, a list, a form) stays as it is.
  void MarkAttachedDocument(size_t from) {
    const size_t heading = SkipBlanks(from);
    if (heading >= n() || TypeHeadingLength(Text(heading), lex_) != Trim(Text(heading)).size()) {
      return;
    }
    size_t i = heading + 1;
    // The title: the lines up to the first numbered one.
    while (i < n() && (Blank(i) || !ReadMarker(Text(i)).numbered())) ++i;
    for (; i < n(); ++i) {
      if (!Blank(i)) roles_[i] = Role::kBody;
    }
  }

  // The first line of the last run of capitals that ends in a person's
  // name, or an authority-prefixed line ("KT. CHỦ TỊCH").
  size_t FindSignatureWithoutRecipients(size_t body_begin) const {
    for (size_t i = body_begin; i < n(); ++i) {
      if (IsAuthorityPrefixed(Text(i))) return i;
    }
    for (size_t i = n(); i-- > body_begin;) {
      if (!LooksLikePersonName(Text(i))) continue;
      size_t first = i;
      while (first > body_begin && !Blank(first - 1) && IsUpperText(Text(first - 1))) --first;
      if (first < i) return first;
    }
    return n();
  }

  // A two-column tail read right column first (OCR of a scan): the signer's
  // titles just before "Nơi nhận", the name after the list. Marks the
  // titles and says whether there were any: up to four lines of capitals,
  // the first an authority line or a position.
  bool MarkTitlesBefore(size_t head) {
    constexpr size_t kMaxTitleLines = 4;
    size_t first = head;
    while (first > 0 && head - first < kMaxTitleLines && !Blank(first - 1) &&
           IsUpperText(Text(first - 1))) {
      --first;
    }
    if (first == head) return false;
    if (!IsAuthorityPrefixed(Text(first)) && !lex_.FindPosition(Trim(Text(first)))) return false;
    for (size_t k = first; k < head; ++k) roles_[k] = Role::kSignature;
    return true;
  }

  // Capitals (authority, position, concurrent title), stamp remarks such as
  // "(Đã ký)", then the signer's name; only the name when the capitals came
  // before the recipients (`titled`). Returns the line after the block.
  size_t MarkSignature(size_t i, bool titled) {
    size_t last_upper = n();
    for (; i < n(); ++i) {
      const std::string_view t = Text(i);
      if (Blank(i)) continue;
      // What OCR left of the seal or the handwritten signature between the
      // title and the name: a stray mark or digit, or a scrap of a letter
      // or two ("Ip", "là"), no title and no name.
      if ((titled || last_upper != n()) && (IsStrayMark(t) || IsLetterScrap(t))) continue;
      if (IsUpperText(t) || (t.front() == '(' && t.back() == ')')) {
        roles_[i] = Role::kSignature;
        last_upper = i;
        continue;
      }
      if ((titled || last_upper != n()) && LooksLikePersonName(WithoutStrokeWords(t))) {
        roles_[i] = Role::kSignature;
        return i + 1;
      }
      // "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN / Giám đốc Công an tỉnh / Trần Văn
      // Hùng": the office the signer holds besides, in sentence case,
      // between the title and the name.
      if (last_upper != n() && OfficeLine(i)) {
        roles_[i] = Role::kSignature;
        continue;
      }
      break;
    }
    return last_upper == n() ? i : last_upper + 1;
  }

  // A short line that opens with an office ("Giám đốc Công an tỉnh",
  // "Chủ tịch Ủy ban nhân dân huyện") and is no sentence.
  bool OfficeLine(size_t i) const {
    constexpr size_t kLongestOffice = 80;  // bytes
    const std::string_view t = Text(i);
    const std::vector<WordId>& ids = doc_.line_ids[i];
    return t.size() <= kLongestOffice && !t.ends_with(".") && !t.ends_with(";") &&
           !ids.empty() && MatchAnyPhrase(ids, 0, lex_.position_phrases()) > 0;
  }

  void MarkFootnotes(size_t from) {
    for (size_t i = from; i < n(); ++i) {
      if (roles_[i] == Role::kBody && IsFootnoteLine(Text(i))) roles_[i] = Role::kFootnote;
    }
  }

  const Document& doc_;
  const Lexicon& lex_;
  std::vector<Role>& roles_;
};

}  // namespace

size_t NumberLabelLength(std::string_view line) {
  // OCR reads "ố" as "ô", "o" or "6"; the separator keeps "Source:" and
  // "Sơ kết" out.
  static const RE2 kLabel(R"(^\s*S[ốô6o](?:\s*[:;.]\s*|\s+))");
  re2::StringPiece in(line.data(), line.size());
  return RE2::Consume(&in, kLabel) ? line.size() - in.size() : 0;
}

size_t UnreadSerialSlash(std::string_view line) {
  // The label, garbled or not ("Số:", "SôztT"), at most two characters of
  // no digit where the serial was written in, then "/" and a symbol with
  // its hyphen, and nothing else on the line.
  static const RE2 kUnread(
      R"(^(\s*(?:S[^\s/]{0,5}\s*)?(?:[^\s/\d]{1,2}\s*)?)/\s*\p{Lu}[\pL\d&.]*)"
      R"((?:\s*-\s*[\pL\d&.]+)+\s*$)");
  // The slash stands within the first dozen characters; most lines, which
  // have none there, are told at once.
  constexpr size_t kSlashWithin = 32;  // bytes: "SôztT", two letters and spaces, in UTF-8
  if (line.substr(0, kSlashWithin).find('/') == std::string_view::npos) {
    return std::string_view::npos;
  }
  re2::StringPiece lead;
  if (!RE2::FullMatch(line, kUnread, &lead)) return std::string_view::npos;
  return lead.size();
}

bool IsNumberLine(std::string_view line) {
  // The label, then a serial (possibly blank), perhaps a year
  // ("87/2013/NĐ-CP"), and a symbol.
  static const RE2 kNumber(R"(^(?:\d[\d ]*)?(?:/\s*(?:(?:19|20)\d\d\s*/\s*)?)?\p{Lu})");
  line = Trim(line);
  const size_t label = NumberLabelLength(line);
  if (label > 0 && RE2::PartialMatch(line.substr(label), kNumber)) return true;
  return UnreadSerialSlash(line) != std::string_view::npos;
}

bool IsPlaceDateLine(std::string_view line) {
  // "ngày30" too: a day written in by hand, read by OCR without its space;
  // and "Quảng Ngãi, tháng 9 năm 2024", where OCR lost "ngày" with the
  // handwritten day after it (the comma is then required).
  static const RE2 kPlaceDate(
      R"(^\pL[^,;:\d]{1,60}(?:,?\s+ngày(?:\b|\d)|,\s*tháng\s).*\bnăm\s*\d{4}\s*\.?$)");
  return RE2::PartialMatch(Trim(line), kPlaceDate);
}

bool IsMottoLine(std::string_view line) {
  static const RE2 kRule(R"(^[-_=.* ]{3,}$)");
  line = Trim(line);
  static const KeyedPrefix kMottos[] = {KeyedPrefix("cộng hòa xã hội chủ nghĩa việt nam"),
                                        KeyedPrefix("độc lập - tự do - hạnh phúc"),
                                        KeyedPrefix("độc lập tự do hạnh phúc")};
  for (const KeyedPrefix& motto : kMottos) {
    if (StartsWithWords(line, motto)) return true;
  }
  return RE2::FullMatch(line, kRule);
}

bool IsVvLine(std::string_view line) {
  static const RE2 kVv(R"(^[Vv]\s*/\s*[Vv]\b)");
  static const KeyedPrefix kWrittenOut("về việc");
  line = Trim(line);
  return RE2::PartialMatch(line, kVv) || StartsWithWords(line, kWrittenOut);
}

bool IsPreambleCue(std::string_view line) {
  line = Trim(line);
  static const KeyedPrefix kCues[] = {KeyedPrefix("căn cứ"),       KeyedPrefix("thực hiện"),
                                      KeyedPrefix("theo đề nghị"), KeyedPrefix("xét đề nghị"),
                                      KeyedPrefix("xét"),          KeyedPrefix("theo")};
  for (const KeyedPrefix& cue : kCues) {
    if (StartsWithWords(line, cue)) return true;
  }
  return false;
}

namespace {

// What a section marker starts with: a Roman numeral and its "." or ")", an
// Arabic numeral, a letter item ("a)", "đ)"), "Điều", "Chương", "Mục",
// "Phần". Most lines start otherwise ("Các", "Phối hợp", "Đề nghị"), and
// are told so without the regex.

}  // namespace


bool IsRecipientsHead(std::string_view line) {
  static const KeyedPrefix kHead("nơi nhận");
  return StartsWithWords(Trim(line), kHead);
}

bool IsAuthorityPrefixed(std::string_view line) {
  // "KT," too: OCR often reads the period as a comma.
  static const RE2 kAuthority(R"(^(?:TM|KT|TL|TUQ|Q)\s*[.,]\s*\p{Lu})");
  return RE2::PartialMatch(Trim(line), kAuthority);
}

bool IsLetterScrap(std::string_view line) {
  const std::string_view t = Trim(line);
  return !t.empty() && CodePointCount(t) <= 2 && !IsUpperText(t);
}

bool IsStrayMark(std::string_view line) {
  const std::string_view t = Trim(line);
  if (t.empty() || CodePointCount(t) > 4) return false;
  static const RE2 kLetter(R"(\pL)");
  return !RE2::PartialMatch(t, kLetter);
}

bool IsFootnoteLine(std::string_view line) {
  static const RE2 kFootnote(R"(^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*\S)");
  // The superscript digits are U+00B2, U+00B3, U+00B9 (C2 …) and U+2070–
  // U+2079 (E2 …): a line starting with another byte is no footnote.
  const std::string_view t = Trim(line);
  const auto first = t.empty() ? 0 : static_cast<unsigned char>(t[0]);
  return (first == 0xC2 || first == 0xE2) && RE2::PartialMatch(t, kFootnote);
}

namespace {

// A heading line alone whose letters are a type name's but for diacritics:
// OCR confuses the tone marks of bold capitals ("CHÍ THỊ", "QUYÊT ĐỊNH").
// Mixed case is no heading, and a long line cannot be one.
size_t MisreadHeadingLength(std::string_view line, const Lexicon& lex) {
  constexpr size_t kLongestHeading = 40;  // bytes: "HƯỚNG DẪN LIÊN TỊCH" and more
  if (line.size() > kLongestHeading || !IsUpperText(line)) return 0;
  return lex.TypeByFoldedName(line) ? line.size() : 0;
}

}  // namespace

size_t TypeHeadingLength(std::string_view line, const Lexicon& lex) {
  line = Trim(line);
  size_t best = 0;
  for (const DocumentType& t : lex.types()) {
    const std::string& upper = t.upper;
    if (upper.size() <= best || line.compare(0, upper.size(), upper) != 0) continue;
    const std::string_view rest = Trim(line.substr(upper.size()));
    // The heading stands alone, ends in a colon, or is followed on the same
    // line by a trích yếu in ordinary case ("KẾ HOẠCH Tuyên truyền …").
    const bool alone = rest.empty() || rest == ":";
    const bool title_follows = line.substr(upper.size(), 1) == " " &&
                               StartsWithCapital(rest) && !IsUpperText(rest);
    if (alone || title_follows) best = upper.size();
  }
  return best > 0 ? best : MisreadHeadingLength(line, lex);
}

const DocumentType* HeadingType(std::string_view line, const Lexicon& lex) {
  line = Trim(line);
  const std::string_view name = line.substr(0, TypeHeadingLength(line, lex));
  if (name.empty()) return nullptr;
  if (const DocumentType* t = lex.TypeByName(name)) return t;
  return lex.TypeByFoldedName(name);
}

void AssignRoles(Document* doc, const Lexicon& lex) { RoleAssigner(doc, lex).Run(); }

void BuildStructure(Document* doc, const Lexicon& lex) {
  AssignRoles(doc, lex);
  BuildBlocks(doc, lex);
}

const char* RoleName(Role role) {
  switch (role) {
    case Role::kBlank: return "blank";
    case Role::kHeaderIssuer: return "header_issuer";
    case Role::kHeaderNumber: return "header_number";
    case Role::kNationalMotto: return "national_motto";
    case Role::kPlaceDate: return "place_date";
    case Role::kTypeHeading: return "type_heading";
    case Role::kTitle: return "title";
    case Role::kAuthorityLine: return "authority_line";
    case Role::kAddressees: return "addressees";
    case Role::kPreamble: return "preamble";
    case Role::kBody: return "body";
    case Role::kFootnote: return "footnote";
    case Role::kRecipients: return "recipients";
    case Role::kSignature: return "signature";
    case Role::kAppendix: return "appendix";
    case Role::kAside: return "aside";
  }
  return "body";
}

}  // namespace vanban
