// The table view of records (--format csv): RFC 4180 (comma-separated,
// fields with a comma, quote or line break quoted, CRLF line ends), UTF-8
// without a byte-order mark, one row per target, event, deadline and task,
// for a spreadsheet or a tracking system's import.
//
// In: vanban/1 records as JSON (what RecordJson writes, parsed). Columns,
// in order (empty where the item has no such field):
//   file, number        the document (source.file, document.number)
//   item, index         target | event | deadline | task, and its 1-based
//                       place among the document's items of that kind
//   kind                a target's comparator, a deadline's kind
//   value, unit         a target's figure
//   start, end          a target's period, an event's dates
//   due, recurrence     a deadline's due date; how it recurs
//                       ("monthly;day=20;time=16:00")
//   action              a deadline's or task's action, an event's name, a
//                       target's subject
//   lead, support       a task's lead and support; a deadline's responsible
//                       bodies as lead; names joined by "; "
//   report_to           a deadline's
//   page, span_start, span_end, text
//                       where it was read: code-point offsets in the page
#ifndef VANBAN_PIPELINE_OUTPUT_CSV_OUTPUT_H_
#define VANBAN_PIPELINE_OUTPUT_CSV_OUTPUT_H_

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace vanban {

// The header row, with its CRLF.
std::string CsvHeader();

// One row per item of `record`, in the order above, each with its CRLF.
std::string CsvRows(const nlohmann::json& record);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_OUTPUT_CSV_OUTPUT_H_
