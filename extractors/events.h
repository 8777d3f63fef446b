// Dated happenings a document schedules or calls to observe:
//  - a named day with its date: "Ngày toàn dân hiến máu tình nguyện" – 07/4;
//  - an activity window: "tuyên truyền … từ ngày 01/4 đến hết ngày 30/4/2023";
//  - a row of a schedule table with a date or month cell.
// A day and month without a year take the year the document is about (the
// first year in its title, else its issue year) and say so. What ended
// before the year of issue is background, not an event.
#ifndef VANBAN_EXTRACTORS_EVENTS_H_
#define VANBAN_EXTRACTORS_EVENTS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/record.h"

namespace vanban {

class Lexicon;
struct DocumentContext;  // extractors/context.h


// The context gives the years: a day without a year takes the year the
// document is about, and what ended before the year of issue is
// background. Its title names a window given only by its time ("Thời gian
// tổ chức: từ ngày …") and what a schedule by area does there.
// Abbreviations in a day's name are written out (`lex`), so that a day
// written both ways is one event.
std::vector<Event> ExtractEvents(const Document& doc, const Lexicon& lex,
                                 const DocumentContext& cx);

}  // namespace vanban

#endif  // VANBAN_EXTRACTORS_EVENTS_H_
