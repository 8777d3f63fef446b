#!/usr/bin/env python3
"""The calendar and table views say what the JSON records say.

Runs vanban over the samples' texts (and the dev and dev-real corpora's,
when ../shared is there) three times, as JSON Lines, ICS and CSV, and
checks that:
- the ICS parses with Python's icalendar, and every deadline and event of
  the JSON is one VEVENT (found by its UID) at its date, with an RRULE
  when it recurs and the document number in its SUMMARY;
- the CSV parses with Python's csv and has one row per target, event,
  deadline and task, item for item, with the JSON's values.

Usage: check_views.py VANBAN SAMPLES_DIR SHARED_DIR
"""
import csv
import datetime
import glob
import io
import json
import os
import subprocess
import sys

import icalendar

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import checks  # noqa: E402

FREQ = {"daily": "DAILY", "weekly": "WEEKLY", "monthly": "MONTHLY", "quarterly": "MONTHLY",
        "yearly": "YEARLY"}


def inputs(samples, shared):
    found = sorted(glob.glob(os.path.join(samples, "*.txt")))
    for corpus in ("dev", "dev-real"):
        found += sorted(p for p in glob.glob(os.path.join(shared, "corpus", corpus, "*.txt"))
                        if not p.endswith(".gt.txt"))
    return found


def uid(rec, kind, item):
    s = item["span"]
    return "%s-%s-p%d-%d-%d@vanban" % (rec["source"]["sha256"][:16], kind, s["page"], s["start"],
                                       s["end"])


def first_day(iso, last):
    """The day a deadline (its last day) or an event (its first) falls on."""
    parts = [int(x) for x in iso[:10].split("-")]
    if len(parts) == 3:
        return datetime.date(*parts)
    year, month = parts[0], parts[1] if len(parts) > 1 else (12 if last else 1)
    if not last:
        return datetime.date(year, month, 1)
    nxt = datetime.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - datetime.timedelta(days=1)


def check_ics(f, records, text):
    cal = icalendar.Calendar.from_ical(text)
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    want = 0
    for rec in records:
        label = rec["document"]["number"] or rec["document"]["symbol"] or ""
        for kind, items in (("deadline", rec["deadlines"]), ("event", rec["events"])):
            for item in items:
                want += 1
                when = item["due"] if kind == "deadline" else item["start"]
                e = events.get(uid(rec, kind, item))
                name = "%s %s %s" % (rec["source"]["file"], kind, when)
                f.check(e is not None, name + ": in the calendar")
                if e is None:
                    continue
                start = e["DTSTART"].dt
                day = start.date() if isinstance(start, datetime.datetime) else start
                f.check(day == first_day(when, kind == "deadline"),
                        "%s: DTSTART %s" % (name, start))
                if "T" in when:
                    f.check(isinstance(start, datetime.datetime) and
                            start.strftime("%H:%M") == when[11:16] and
                            str(e["DTSTART"].params.get("TZID")) == "Asia/Ho_Chi_Minh",
                            "%s: time %s" % (name, start))
                rec_rule = item.get("recurrence")
                if rec_rule:
                    rule = e.get("RRULE")
                    f.check(rule is not None and rule["FREQ"] == [FREQ[rec_rule["freq"]]],
                            "%s: RRULE %s" % (name, rule))
                f.check(str(e["SUMMARY"]).startswith(label + ": "), "%s: SUMMARY" % name)
                f.check(item["text"][:30] in str(e["DESCRIPTION"]), "%s: DESCRIPTION" % name)
    f.check(len(events) == want, "calendar has %d VEVENTs, records %d" % (len(events), want))
    return want


def cell(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def check_csv(f, records, text):
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    by_file = {}
    for r in rows:
        by_file.setdefault(r["file"], []).append(r)
    for rec in records:
        got = by_file.get(rec["source"]["file"], [])
        want = ([("target", t) for t in rec["targets"]] + [("event", e) for e in rec["events"]] +
                [("deadline", d) for d in rec["deadlines"]] + [("task", t) for t in rec["tasks"]])
        name = rec["source"]["file"]
        f.check(len(got) == len(want), "%s: %d rows, %d items" % (name, len(got), len(want)))
        if len(got) != len(want):
            continue
        for row, (kind, item) in zip(got, want):
            f.check(row["item"] == kind and row["text"] == item["text"] and
                    row["page"] == cell(item["span"]["page"]) and
                    row["span_start"] == cell(item["span"]["start"]),
                    "%s: %s row %s" % (name, kind, row["index"]))
            if kind == "target":
                f.check(float(row["value"]) == item["value"] and row["unit"] == cell(item["unit"]),
                        "%s: target value %s %s" % (name, row["value"], item["value"]))
            elif kind == "deadline":
                f.check(row["due"] == item["due"] and row["action"] == cell(item["action"]) and
                        row["lead"] == "; ".join(item["responsible"] or []),
                        "%s: deadline %s" % (name, row["due"]))
            elif kind == "task":
                f.check(row["action"] == item["action"] and row["lead"] == "; ".join(item["lead"])
                        and row["support"] == "; ".join(item["support"]),
                        "%s: task %s" % (name, row["index"]))
            else:
                f.check(row["start"] == item["start"] and row["action"] == item["name"],
                        "%s: event %s" % (name, row["start"]))
    return len(rows)


def run_raw(vanban, *args):
    """As checks.run, with line ends as written (RFC 5545 and 4180 use CRLF)."""
    p = subprocess.run([vanban, *args], capture_output=True, timeout=600)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def main(argv):
    vanban, samples, shared = argv[1:4]
    f = checks.Failures()
    files = inputs(samples, shared)
    code, out, err = checks.run(vanban, "extract", "--format", "jsonl", "-q", *files, timeout=600)
    f.check(code == 0, "jsonl exit %d %s" % (code, err[-300:]))
    records = [json.loads(line) for line in out.splitlines()]
    code, ics, err = run_raw(vanban, "extract", "--format", "ics", "-q", *files)
    f.check(code == 0 and ics.startswith("BEGIN:VCALENDAR\r\n"), "ics exit %d %s" % (code, err))
    n_events = check_ics(f, records, ics)
    code, table, err = run_raw(vanban, "extract", "--format", "csv", "-q", *files)
    lines = table.split("\r\n")
    f.check(code == 0 and lines[-1] == "" and lines[0].startswith("file,number,item,"),
            "csv exit %d, CRLF rows %s" % (code, err))
    n_rows = check_csv(f, records, table)
    print("%d documents: %d VEVENTs, %d CSV rows" % (len(records), n_events, n_rows))
    # A calendar needs something to show: the samples alone set deadlines.
    f.check(n_events > 10 and n_rows > 50, "views are not empty")
    return f.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
