#!/usr/bin/env python3
"""OCR end to end: the born-digital samples, scanned by tools/render_scan.py
(mild, and hard with a red seal over the signature), read back by vanban.

A scan must give the same record fields as the born-digital PDF it was
made from, and nearly the same text (CER ≤ 2%) with footnote
marks where the text layer has them. Also: a PNG page, a PDF
with one text page and one scanned page ("mixed"), and images that are
damaged or claim an absurd size, a page scanned sideways, and a page with
nothing but a signature under a seal.

usage: check_ocr.py VANBAN VANBAN_CER RENDER_SCAN SAMPLES_DIR DATA_DIR SCHEMA WORK_DIR
"""
import collections
import json
import pathlib
import re
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "support"))
from checks import Failures, load_validator, output_name, run, schema_errors  # noqa: E402

FIELDS = ("number", "type", "issuer", "issued")
SUPERSCRIPT = "[¹²³⁴-⁹⁰]+"


def field(record, path):
    value = record["document"]
    for key in path.split("."):
        value = (value or {}).get(key)
    return value


def scan(render_scan, pdf, out, level):
    subprocess.run(["/usr/bin/python3", render_scan, str(pdf), str(out), "--level", level],
                   check=True)
    return out


def cer(tool, ref_text, hyp_text, work):
    ref, hyp = work / "ref.txt", work / "hyp.txt"
    ref.write_text(ref_text, encoding="utf-8")
    hyp.write_text(hyp_text, encoding="utf-8")
    out = subprocess.run([tool, str(ref), str(hyp)], capture_output=True, text=True, check=True)
    return float(out.stdout.split()[0])


def main():
    vanban, cer_tool, render_scan, samples, data, schema, work = sys.argv[1:8]
    samples, data, work = pathlib.Path(samples), pathlib.Path(data), pathlib.Path(work)
    work.mkdir(parents=True, exist_ok=True)
    validator = load_validator(schema)
    f = Failures()

    digital = sorted(samples.glob("*.pdf"))
    f.check(len(digital) >= 2, "at least two born-digital samples")
    cases = []  # (kind, born-digital pdf, scanned input)
    for pdf in digital:
        cases.append(("mild", pdf, scan(render_scan, pdf, work / (pdf.stem + ".scan.pdf"), "mild")))
    hard = samples / "cv-2026-ninh-binh-sct-pccc-cho.pdf"
    cases.append(("hard", hard, scan(render_scan, hard, work / (hard.stem + ".hard.pdf"), "hard")))
    png_of = samples / "qd-2025-phu-loc-ubnd-to-cong-tac-lua.pdf"
    cases.append(("png", png_of, scan(render_scan, png_of, work / (png_of.stem + ".png"), "mild")))
    turned = work / (hard.stem + ".turned.pdf")
    subprocess.run(["/usr/bin/python3", render_scan, str(hard), str(turned), "--turn", "90"],
                   check=True)
    cases.append(("turned", hard, turned))

    # Everything through one process, as a user's batch would go.
    inputs = [str(c[2]) for c in cases] + [str(p) for p in digital]
    code, out, err = run(vanban, "extract", "-o", str(work / "json"), *inputs, timeout=600)
    f.check(code == 0, f"batch exit 0 (got {code}: {err.strip()})")
    records = {}
    for path in inputs:
        # a.pdf and a.png in one batch: a.pdf.json and a.png.json
        target = work / "json" / (output_name(path) + ".json")
        if target.exists():
            records[path] = json.loads(target.read_text(encoding="utf-8"))
        f.check(path in records, f"record for {path}")
    for rec in records.values():
        f.check(not schema_errors(validator, rec), f"{rec['source']['file']} valid against schema")

    for kind, pdf, scanned in cases:
        want, got = records.get(str(pdf)), records.get(str(scanned))
        if not want or not got:
            continue
        name = f"{pdf.stem} ({kind})"
        f.check(got["source"]["text_source"] == "ocr", f"{name}: text_source ocr")
        turned_warning = any(w["code"] == "page_turned" for w in got["warnings"])
        f.check(turned_warning == (kind == "turned"), f"{name}: page_turned warning iff turned")
        ocr = got["source"].get("ocr") or {}
        f.check(ocr.get("mean_confidence", 0) > 0.8, f"{name}: mean confidence {ocr}")
        fields = FIELDS if kind != "hard" else ("number",)
        for key in fields + ("signer.name", "signer.position"):
            f.check(field(got, key) == field(want, key),
                    f"{name}: {key} {field(got, key)!r} == {field(want, key)!r}")
        spans = got["document"]["spans"]
        boxed = [s for s in spans.values() if "bbox" in s and "confidence" in s]
        f.check(bool(boxed), f"{name}: spans carry bbox and confidence")
        if kind != "hard":
            _, want_text, _ = run(vanban, "extract", "--format", "text", str(pdf))
            _, got_text, _ = run(vanban, "extract", "--format", "text", str(scanned))
            rate = cer(cer_tool, want_text, got_text, work)
            f.check(rate <= 0.02, f"{name}: CER {rate:.2%} <= 2%")
            # Footnote marks, which OCR reads as apostrophes and quotes (or
            # loses), are re-read as the superscript digits of the text layer:
            # some of them, and none that is not there.
            want_marks = collections.Counter(re.findall(SUPERSCRIPT, want_text))
            got_marks = collections.Counter(re.findall(SUPERSCRIPT, got_text))
            f.check(not got_marks - want_marks and bool(got_marks) == bool(want_marks),
                    f"{name}: footnote marks {dict(got_marks)} within {dict(want_marks)}")

    # A born-digital page followed by a scanned page of the same document.
    assert cases[0][1] == digital[0]
    first = work / "digital-page-1.pdf"
    second = work / "scanned-page-2.pdf"
    subprocess.run(["pdfseparate", "-f", "1", "-l", "1", str(digital[0]), str(first)], check=True)
    subprocess.run(["pdfseparate", "-f", "2", "-l", "2", str(cases[0][2]), str(second)], check=True)
    mixed = work / "mixed.pdf"
    subprocess.run(["pdfunite", str(first), str(second), str(mixed)], check=True)
    code, out, err = run(vanban, "extract", str(mixed))
    f.check(code == 0 and len(out.splitlines()) == 1, f"mixed PDF: one record ({err.strip()})")
    if code == 0:
        rec = json.loads(out.splitlines()[0])
        f.check(rec["source"]["text_source"] == "mixed", "mixed PDF: text_source mixed")
        f.check(rec["source"]["ocr"]["pages"] == 1, "mixed PDF: one page OCRed")
        f.check("part" not in rec["source"], "mixed PDF: one document")

    # Two documents in one file, the second scanned: a record each.
    two = work / "two-documents.pdf"
    subprocess.run(["pdfunite", str(digital[0]), str(cases[1][2]), str(two)], check=True)
    code, out, err = run(vanban, "extract", str(two))
    recs = [json.loads(line) for line in out.splitlines() if line.strip()] if code == 0 else []
    f.check(len(recs) == 2, f"two documents in one PDF: {len(recs)} records ({err.strip()})")
    if len(recs) == 2:
        parts = [(r["source"]["part"]["first_page"], r["source"]["part"]["last_page"]) for r in recs]
        f.check(parts == [(1, 2), (3, 3)], f"two documents: pages {parts}")
        f.check(recs[1]["document"]["number"] == records.get(str(cases[1][2]), {}).get("document", {}).get("number"),
                "two documents: the scanned one's number")

    # A nearly empty page (a signature page) keeps its text under a seal,
    # where Tesseract's page analysis alone finds nothing.
    sig_scan = scan(render_scan, data / "signature-page.pdf", work / "signature-page.hard.pdf",
                    "hard")
    code, out, err = run(vanban, "extract", "--format", "text", str(sig_scan))
    f.check(code == 0 and "CHỦ TỊCH" in out and "Nguyễn Văn An" in out,
            f"signature page read: {code} {out!r} {err.strip()}")

    # OCR off: a scan is refused, saying why.
    code, _, err = run(vanban, "extract", "--no-ocr", str(cases[0][2]))
    f.check(code == 1 and "OCR is turned off" in err, f"--no-ocr on a scan: {code} {err.strip()}")

    # Damaged and absurd images: one clear line each, exit 1, others done.
    good_png = next(pathlib.Path(c[2]) for c in cases if c[0] == "png").read_bytes()
    damaged = work / "damaged.png"
    damaged.write_bytes(good_png[: len(good_png) // 3])
    bomb = work / "bomb.png"
    bomb.write_bytes(good_png[:16] + bytes([0, 1, 0x86, 0xA0, 0, 1, 0x86, 0xA0]) + good_png[24:])
    text = samples / "cv-2026-ninh-binh-sct-pccc-cho.txt"
    code, out, err = run(vanban, "extract", str(damaged), str(bomb), str(text))
    lines = [l for l in err.splitlines() if l.startswith("vanban: ")]
    f.check(code == 1, f"bad images: exit 1 (got {code})")
    f.check(any("damaged.png" in l and "damaged" in l.split(":", 2)[2] for l in lines),
            f"damaged PNG reported: {lines}")
    f.check(any("bomb.png" in l and "above the limit" in l for l in lines),
            f"oversized PNG reported: {lines}")
    kinds = [json.loads(l)["schema"] for l in out.splitlines()]
    f.check(kinds == ["vanban-error/1", "vanban-error/1", "vanban/1"],
            f"the good input of the batch still has its record, the bad ones error records: {kinds}")
    return f.finish()


if __name__ == "__main__":
    sys.exit(main())
