#!/usr/bin/env python3
"""The review page (--format html), opened in headless Chromium.

For a born-digital sample and a scan of it (tools/render_scan.py), writes
the record (JSON), the page texts (--format text) and the review page, then
opens the page in Debian's Chromium with a harness script appended that
chooses every item of the record in turn, as a click does, and reports what
the page then highlights. Checks that:
- the page asks for nothing over the network (no src or href to http);
- every item of the JSON record has its row on the page, in the record's
  order (document fields by name, then recipients, references, agencies,
  targets, events, deadlines and tasks);
- choosing a row highlights exactly the text of the item's spans (read
  from the page texts at the record's code-point offsets);
- on a page shown with its picture, it also highlights a box over a line;
- items of OCR'd lines under the check threshold are marked, no others.
Keeps a screenshot of each page, with its first task chosen, in WORK_DIR.
Prints each page to PDF (the record, then the document's pages, text
intact). Several inputs get a page each under -o DIR, and a usage error
without it.

Exits 77 (skipped) when Chromium is not installed.

Usage: check_review_page.py VANBAN SAMPLES_DIR RENDER_SCAN WORK_DIR
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import checks  # noqa: E402

SAMPLE = "cv-2026-ninh-binh-sct-pccc-cho.pdf"
CHECK_BELOW = 0.80  # pipeline/output/review_page.h, kCheckBelow
DOC_FIELDS = ["type", "number", "issuer", "place", "issued", "title", "signer"]
GROUPS = [("n", lambda r: r["document"]["recipients"], lambda x: [x["span"]]),
          ("r", lambda r: r["references"], lambda x: [x["span"]]),
          ("a", lambda r: r["agencies"], lambda x: x["mentions"]),
          ("t", lambda r: r["targets"], lambda x: [x["span"]]),
          ("e", lambda r: r["events"], lambda x: [x["span"]]),
          ("h", lambda r: r["deadlines"], lambda x: [x["span"]]),
          ("k", lambda r: r["tasks"], lambda x: [x["span"]])]

# Chooses every row in turn and writes what is highlighted into the DOM,
# which --dump-dom then prints.
HARNESS = """<script>
window.addEventListener("load", function () { setTimeout(function () {
  var rows = document.querySelectorAll(".record .item"), out = [];
  for (var i = 0; i < rows.length; i++) {
    rows[i].click();
    var marks = document.querySelectorAll(".doc .text .hl"), text = "";
    for (var j = 0; j < marks.length; j++) text += marks[j].textContent;
    out.push({id: rows[i].dataset.i, check: rows[i].classList.contains("check"),
              selected: rows[i].classList.contains("sel"), text: text,
              boxes: document.querySelectorAll(".doc .box.hl").length,
              pictured: document.querySelectorAll(".doc .page:has(.picture) .text .hl").length});
  }
  var pre = document.createElement("pre");
  pre.id = "review-check";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
}, 0); });
</script>"""

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--hide-scrollbars"]


def chromium(work, *args):
    profile = work / "chromium-profile"
    shutil.rmtree(profile, ignore_errors=True)
    p = subprocess.run(["chromium", *CHROMIUM_FLAGS, "--user-data-dir=" + str(profile), *args],
                       capture_output=True, text=True, timeout=120)
    return p.stdout


def vanban(binary, *args):
    p = subprocess.run([binary, "extract", *args], capture_output=True, text=True, timeout=300)
    if p.returncode != 0:
        raise RuntimeError("vanban %s: %s" % (" ".join(args), p.stderr.strip()))
    return p.stdout


def expected_items(record, pages):
    """(id, highlighted text, spans) for every item, in the page's order."""
    def text_of(spans):
        # Each span's text once, in page order (an agency's mentions may repeat).
        ranges = sorted({(s["page"], s["start"], s["end"]) for s in spans})
        merged = []
        for page, start, end in ranges:
            if merged and merged[-1][0] == page and start <= merged[-1][2]:
                merged[-1][2] = max(merged[-1][2], end)
            else:
                merged.append([page, start, end])
        return "".join(pages[p - 1][s:e] for p, s, e in merged)

    items = []
    spans = record["document"].get("spans", {})
    for field in DOC_FIELDS:
        if field in spans:
            items.append(("d-" + field, text_of([spans[field]]), [spans[field]]))
    for letter, members, spans_of in GROUPS:
        for n, x in enumerate(members(record), 1):
            items.append(("%s%d" % (letter, n), text_of(spans_of(x)), spans_of(x)))
    return items


def check_page(f, binary, doc, work):
    name = doc.name
    record = json.loads(vanban(binary, "--format", "jsonl", str(doc)))
    pages = vanban(binary, "--format", "text", str(doc)).split("\f")
    page = vanban(binary, "--format", "html", str(doc))
    f.check(not re.search(r'(src|href)="(https?:)?//', page), name + ": the page loads nothing")
    pictured = {int(m) for m in re.findall(r'<section class="page" id="p(\d+)"><h2>[^<]*</h2>'
                                           r'<div class="sheet with-picture">', page)}
    if record["source"]["media_type"] == "application/pdf":
        f.check(len(pictured) == record["source"]["pages"],
                "%s: a picture of each of its %d pages (%d)" %
                (name, record["source"]["pages"], len(pictured)))
    harnessed = work / (name + ".check.html")
    harnessed.write_text(page.replace("</body>", HARNESS + "</body>"), encoding="utf-8")
    dom = chromium(work, "--virtual-time-budget=10000", "--dump-dom", harnessed.as_uri())
    m = re.search(r'<pre id="review-check">(.*?)</pre>', dom, re.S)
    f.check(m is not None, name + ": the harness ran in Chromium")
    if not m:
        return
    seen = json.loads(html.unescape(m.group(1)))
    want = expected_items(record, pages)
    f.check([s["id"] for s in seen] == [w[0] for w in want],
            "%s: one row per item of the record, in order (%d rows, %d items)" %
            (name, len(seen), len(want)))
    by_id = {s["id"]: s for s in seen}
    for item_id, text, spans in want:
        s = by_id.get(item_id)
        if not s:
            continue
        f.check(s["selected"], "%s %s: choosing the row selects it" % (name, item_id))
        f.check(s["text"] == text, "%s %s: highlights %r, the record's span is %r" %
                (name, item_id, s["text"][:80], text[:80]))
        on_picture = any(sp["page"] in pictured and "bbox" in sp for sp in spans)
        if on_picture:
            f.check(s["boxes"] > 0, "%s %s: a box highlighted on the page picture" % (name, item_id))
        low = [sp["confidence"] for sp in spans if sp.get("confidence", 1) < CHECK_BELOW]
        f.check(s["check"] == bool(low), "%s %s: marked for checking %s, line confidences %s" %
                (name, item_id, s["check"], low))
    first_task = next((w[0] for w in want if w[0].startswith("k")), want[0][0] if want else "")
    shot = work / (name + ".png")
    (work / (name + ".html")).write_text(page, encoding="utf-8")
    chromium(work, "--window-size=1400,1000", "--virtual-time-budget=5000",
             "--screenshot=" + str(shot), (work / (name + ".html")).as_uri() + "#i=" + first_task)
    f.check(shot.exists() and shot.stat().st_size > 10000, name + ": a screenshot kept at " + str(shot))
    check_print(f, name, record, work / (name + ".html"), work)
    print("%s: %d items, %d on pictured pages, screenshot %s" %
          (name, len(want), sum(1 for s in seen if s["pictured"]), shot))


def main():
    binary, samples, render_scan, work = sys.argv[1:5]
    if not shutil.which("chromium"):
        print("chromium is not installed (tools/install-deps.sh installs it): skipped")
        return 77
    work = Path(work)
    work.mkdir(parents=True, exist_ok=True)
    born_digital = Path(samples) / SAMPLE
    scan = work / (born_digital.stem + ".scan.pdf")
    subprocess.run(["/usr/bin/python3", render_scan, str(born_digital), str(scan), "--level", "hard"],
                   check=True, timeout=300)
    f = checks.Failures()
    for doc in (born_digital, scan):
        check_page(f, binary, doc, work)
    check_batch(f, binary, [born_digital, Path(samples) / "kh-2024-hai-phong-bcd-hien-mau.txt"],
                work)
    return f.finish()


def check_print(f, name, record, page, work):
    """Printed, the record and each page of the document are on sheets of
    their own, the Vietnamese text intact (read back by pdftotext)."""
    printed = work / (name + ".print.pdf")
    chromium(work, "--no-pdf-header-footer", "--print-to-pdf=" + str(printed), page.as_uri())
    if not printed.exists():
        f.check(False, name + ": printed to PDF")
        return
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True).stdout
    sheets = int(re.search(r"Pages:\s+(\d+)", info).group(1)) if "Pages:" in info else 0
    f.check(sheets >= 1 + record["source"]["pages"],
            "%s: printed on %d sheets, the record's and one a page at least" % (name, sheets))
    text = subprocess.run(["pdftotext", str(printed), "-"], capture_output=True, text=True).stdout
    wanted = [record["document"]["title"] or "", (record["agencies"] or [{"name": ""}])[0]["name"]]
    flat = " ".join(text.split())
    for w in wanted:
        f.check(" ".join(w.split()) in flat, "%s: the print holds %r" % (name, w[:60]))


def check_batch(f, binary, docs, work):
    """Several pages need -o: one NAME.html each; on standard output, a usage error."""
    p = subprocess.run([binary, "extract", "--format", "html", *map(str, docs)],
                       capture_output=True, text=True, timeout=300)
    f.check(p.returncode == 2 and "-o DIR" in p.stderr,
            "several inputs without -o: usage error (%d %r)" % (p.returncode, p.stderr.strip()))
    out = work / "batch"
    shutil.rmtree(out, ignore_errors=True)
    p = subprocess.run([binary, "extract", "-q", "--format", "html", "-o", str(out), *map(str, docs)],
                       capture_output=True, text=True, timeout=300)
    pages = sorted(out.rglob("*.html"))
    f.check(p.returncode == 0 and [x.name for x in pages] == sorted(d.name + ".html" for d in docs),
            "with -o: one page per input (%d, %s)" % (p.returncode, [x.name for x in pages]))
    for page in pages:
        text = page.read_text(encoding="utf-8")
        f.check(text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>"),
                page.name + ": a whole page")


if __name__ == "__main__":
    sys.exit(main())
