// The record of one document: what the extractors produce, with the source
// it was read from. The output stage turns it into the output contract
// (../shared/spec/output-contract.md); nothing here knows how.
#ifndef VANBAN_PIPELINE_MODEL_RECORD_H_
#define VANBAN_PIPELINE_MODEL_RECORD_H_

#include <optional>
#include <string>
#include <vector>

#include "pipeline/model/date.h"
#include "pipeline/model/document.h"
#include "pipeline/model/enums.h"
#include "pipeline/model/source.h"

namespace vanban {

// A scalar fact and where it was read.
struct Field {
  std::string value;
  Span span;
};

struct DateField {
  Date value;
  Span span;
};

struct Signer {
  std::optional<Field> name;
  std::optional<Field> position;
  std::optional<std::string> authority;          // innermost prefix: TM, KT, …
  std::vector<std::string> authority_chain;      // outermost first
  std::optional<std::string> for_office;         // "Chủ tịch"
  std::optional<Span> span;                      // the whole block
};

struct Recipient {
  std::string name;
  std::optional<std::string> purpose;
  Span span;
};

struct DocumentMeta {
  std::optional<Field> type;  // value: code ("chi_thi")
  std::optional<std::string> type_name;
  std::optional<Field> number;
  std::optional<int> serial;
  std::optional<Field> symbol;
  std::optional<Field> issuer;
  std::optional<std::string> parent_issuer;
  std::optional<Field> place;
  std::optional<DateField> issued;
  std::optional<Field> title;
  Signer signer;
  std::vector<Recipient> recipients;
};

struct Reference {
  std::string type;  // code
  std::optional<std::string> number;
  std::optional<Date> issued;
  std::optional<std::string> issuer;
  std::optional<std::string> title;  // laws cited by name
  ReferenceRole role = ReferenceRole::kMention;
  Span span;
};

// What the document is read to: bodies named, who must do what, by when,
// which days it schedules and which figures it sets.
struct Agency {
  std::string name;
  std::optional<std::string> abbreviation;
  std::vector<Span> mentions;
};

struct Task {
  std::string action;  // what the lead is to do, as written
  std::vector<std::string> lead;
  std::vector<std::string> support;
  Span span;           // the item
};

// How a recurring deadline recurs: "16 giờ hằng ngày" (daily, time),
// "thứ Sáu hằng tuần" (weekly, weekday), "ngày 20 hằng tháng" (monthly,
// day), "ngày 15 của tháng cuối quý" (quarterly, day), "ngày 31 tháng 3
// hằng năm" (yearly, day and month). Its time of day is its deadline's.
struct Recurrence {
  Frequency freq = Frequency::kDaily;
  std::optional<int> day;
  std::optional<int> month;
  std::optional<int> weekday;  // ISO: 1 is Monday
};

struct Deadline {
  Date due;  // a day, with a time of day when one is given
  DeadlineKind kind = DeadlineKind::kBy;
  std::optional<Recurrence> recurrence;
  std::string action;
  std::vector<std::string> responsible;  // the lead of the item it stands in
  // The body the action reports or sends to, with a "(qua …)" that names
  // the channel: "Ủy ban nhân dân huyện (qua Phòng Y tế)".
  std::optional<std::string> report_to;
  bool inferred_year = false;
  Span span;  // the cue and the date
  Span sentence;
};

struct Event {
  std::string name;
  Date start;  // at the precision written; the first time of a recurring one
  std::optional<Date> end;
  bool inferred_year = false;
  // "Chủ nhật tuần thứ hai hằng tháng, bắt đầu từ ngày 09/3/2025": one
  // event that recurs (ANNOTATION.md), from `start`.
  std::optional<Frequency> recurrence;
  // The lunar day the document wrote ("Rằm tháng Tám", "ngày 10/3 âm
  // lịch"), of which `start` is the solar day: day, month and the solar
  // year its lunar year begins in.
  struct Lunar {
    int day = 0, month = 0, year = 0;
  };
  std::optional<Lunar> lunar;
  Span span;
};

struct Target {
  double value = 0;
  std::optional<std::string> unit;  // "%" for percentages
  Comparator comparator = Comparator::kExactly;
  bool is_percent = false;
  // What the clause or table says the figure is for, else the document's
  // stated scope; none when neither says.
  std::optional<Period> period;
  std::string subject;  // the clause
  Span span;            // the figure with its unit
};

// Everything the pipeline read from one input.
// Which of the documents a file holds a record stands for, when it holds
// more than one (pipeline/structure/documents.h). Pages are the file's.
struct DocumentPart {
  int index = 1;  // 1-based
  int count = 1;
  int first_page = 1;
  int last_page = 1;
};

struct Extraction {
  Source source;
  std::optional<DocumentPart> part;  // set when the file holds several documents
  std::string data_sha256;        // of the lexicon and grammars that read it
  std::optional<OcrSummary> ocr;  // when any page was read by OCR
  std::vector<DigitalSignature> signatures;  // stamped on a PDF's pages
  Document doc;
  DocumentMeta meta;
  std::vector<Reference> references;
  std::vector<Agency> agencies;
  std::vector<Task> tasks;
  std::vector<Deadline> deadlines;
  std::vector<Event> events;
  std::vector<Target> targets;
  std::vector<Warning> warnings;
};

}  // namespace vanban

#endif  // VANBAN_PIPELINE_MODEL_RECORD_H_
