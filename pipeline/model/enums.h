// The closed sets of values the output contract defines (deadline kinds,
// recurrence frequencies, target comparators, reference roles, warning
// codes, table column kinds), each an enum with its names in one table.
//
// The lexicon turns the names in its data files into these values when it
// loads (a name that is no value fails the load), the extractors pass the
// values on, and only the output stage spells them out (NameOf).
#ifndef VANBAN_PIPELINE_MODEL_ENUMS_H_
#define VANBAN_PIPELINE_MODEL_ENUMS_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace vanban {

enum class DeadlineKind : uint8_t { kBefore, kBy, kOn, kRecurring };
enum class Frequency : uint8_t { kDaily, kWeekly, kMonthly, kQuarterly, kYearly };
enum class Comparator : uint8_t { kExactly, kAtLeast, kMoreThan, kAtMost, kLessThan, kApprox };
enum class ReferenceRole : uint8_t { kBasis, kMention };
// What the column under a table's header cell holds.
enum class ColumnKind : uint8_t {
  kOther,
  kOrdinal,
  kTime,
  kContent,
  kPlace,
  kArea,
  kLead,
  kSupport,
  kUnit,
  kPlan,
  kActual,
  kDue,
};
enum class WarningCode : uint8_t {
  kNumberBlank,       // "Số:" without its serial
  kIssuedPartial,     // the date line leaves the day or month blank
  kTypeMismatch,      // type heading and symbol disagree
  kIssuerInferred,    // no issuer in the header
  kNoStructure,       // no type heading, number or title
  kOcrCorrected,      // an OCR misreading repaired
  kDateInconsistent,  // dates that cannot all be right
  kPageWithoutText,   // a scanned page left unread (OCR off)
  kPageUnreadable,    // a page image that could not be decoded
  kOcrTimeout,        // OCR of a page cut short
  kPageTurned,        // a page read after turning it upright
  kOcrEmpty,          // OCR found no text on a page
  kLineSplit,         // a line too long for the grammars cut into pieces
  kPageBlank,         // pages without ink, not given to OCR
  kImageDamaged,      // a page image decoded despite damage the decoder reported
  kPagesDropped,      // pages past Limits::max_pages, not read
  kDocumentTimeout,   // pages left unread when Limits::document_seconds ran out
  kLinesDropped,      // lines past Limits::max_lines, not kept
  kNumberMissing,     // no "Số:" line read
  kDateMissing,       // no date of issue read
  kSignerMissing,     // no signer's name read
  kNumberUnsure,      // the number read by OCR from a doubtful line
  kDateUnsure,        // the date of issue read by OCR from a doubtful line
  kDocumentSplit,     // the file holds several documents; the record is one of them
  kNumberFromFileName,   // a scanned header's serial not read, taken from the file's name
  kIssuedFromSignature,  // a scanned header's day not read, taken from the digital signature
  kLegacyFont,           // a PDF page typed in a TCVN3 or VNI font, turned into Unicode
};

// Names in enum order: the contract's spelling of each value.
template <typename E>
struct EnumNames;
template <>
struct EnumNames<DeadlineKind> {
  static constexpr std::array<std::string_view, 4> kNames = {"before", "by", "on", "recurring"};
};
template <>
struct EnumNames<Frequency> {
  static constexpr std::array<std::string_view, 5> kNames = {"daily", "weekly", "monthly",
                                                              "quarterly", "yearly"};
};
template <>
struct EnumNames<Comparator> {
  static constexpr std::array<std::string_view, 6> kNames = {
      "exactly", "at_least", "more_than", "at_most", "less_than", "approx"};
};
template <>
struct EnumNames<ReferenceRole> {
  static constexpr std::array<std::string_view, 2> kNames = {"basis", "mention"};
};
template <>
struct EnumNames<ColumnKind> {
  static constexpr std::array<std::string_view, 12> kNames = {
      "other", "ordinal", "time", "content", "place", "area",
      "lead",  "support", "unit", "plan",    "actual", "due"};
};
template <>
struct EnumNames<WarningCode> {
  static constexpr std::array<std::string_view, 27> kNames = {
      "number_blank",  "issued_partial",    "type_mismatch",   "issuer_inferred",
      "no_structure",  "ocr_corrected",     "date_inconsistent", "page_without_text",
      "page_unreadable", "ocr_timeout",     "page_turned",     "ocr_empty",
      "line_split",    "page_blank",        "image_damaged",   "pages_dropped",
      "document_timeout", "lines_dropped",  "number_missing",  "date_missing",
      "signer_missing", "number_unsure",    "date_unsure",     "document_split",
      "number_from_file_name", "issued_from_signature", "legacy_font"};
};

template <typename E>
constexpr std::string_view NameOf(E value) {
  return EnumNames<E>::kNames[static_cast<size_t>(value)];
}

// The value named `name`, or nullopt for a name that is none.
template <typename E>
constexpr std::optional<E> EnumNamed(std::string_view name) {
  const auto& names = EnumNames<E>::kNames;
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<E>(i);
  }
  return std::nullopt;
}

}  // namespace vanban

#endif  // VANBAN_PIPELINE_MODEL_ENUMS_H_
