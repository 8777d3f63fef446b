#!/usr/bin/env python3
"""Inputs that once broke vanban (a hang, a crash, minutes of work): each
must now end within its time with a schema-valid record (exit 0) or one
error line (exit 1). The small ones are files in REGRESSIONS_DIR; the
large ones are made here (megabyte lines that once cost their length
squared: a minute for 1 MB of "*", which the Markdown emphasis scan counted
from every star, and for 1 MB of dates on one line, which every grammar
scanned whole).

Usage: check_regressions.py VANBAN REGRESSIONS_DIR SCHEMA
"""
import json
import os
import random
import subprocess
import sys
import tempfile
import zlib

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import checks  # noqa: E402
from files import pdf  # noqa: E402

# A regression is a document vanban reads in well under a second; the hang
# it once had never ended.
TIMEOUT_S = 30


def make_pdfs(tmp):
    """PDFs that once kept the OCR path busy: an image declaring 10^7 x 10^7
    pixels in 700 bytes (the renderer scaled it for hours), and 2000 empty
    pages (each rendered and read by OCR: minutes)."""
    stream = zlib.compress(b"\0" * 100)
    image = pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                 b"/Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>",
                 b"<< /Length 30 >>\nstream\nq 595 0 0 842 0 0 cm /Im0 Do Q\nendstream",
                 b"<< /Type /XObject /Subtype /Image /Width 9999999 /Height 9999999 "
                 b"/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>"
                 b"\nstream\n" % len(stream) + stream + b"\nendstream"])
    n = 2000
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(n))
    empty = pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n] +
                [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * n)
    paths = []
    for name, data in (("huge-image.pdf", image), ("empty-pages.pdf", empty)):
        path = os.path.join(tmp, name)
        with open(path, "wb") as fh:
            fh.write(data)
        paths.append(path)
    return paths


def make_large(tmp):
    """Text without line breaks, 1-2 MB each; returns their paths."""
    rng = random.Random(24)
    words = ("các sở ban ngành ủy ban nhân dân huyện tổ chức thực hiện kế hoạch năm 2025 đạt "
             "tỷ lệ 95% trước ngày 30/6 báo cáo").split()
    texts = {
        "stars.txt": "*" * 1_000_000,
        "single-stars.txt": " ".join("*a" for _ in range(300_000)),
        "dates.txt": "KẾ HOẠCH\n" + " ".join(
            "trước ngày %d/%d/2025 báo cáo Sở Y tế;" % (rng.randint(1, 28), rng.randint(1, 12))
            for _ in range(25_000)),
        "words.txt": " ".join(rng.choice(words) for _ in range(300_000)),
    }
    paths = []
    for name, text in texts.items():
        path = os.path.join(tmp, name)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
        paths.append(path)
    return paths


def main(argv):
    vanban, directory, schema = argv[1:4]
    validator = checks.load_validator(schema)
    f = checks.Failures()
    names = sorted(n for n in os.listdir(directory) if not n.endswith((".py", ".md")))
    f.check(names, "no regression inputs in %s" % directory)
    tmp = tempfile.mkdtemp()
    large = make_large(tmp)
    pdfs = make_pdfs(tmp)  # these need the OCR path
    for path in [os.path.join(directory, n) for n in names] + large + pdfs:
        name = os.path.basename(path)
        # Generated PDFs and images found by fuzz_image need the OCR path.
        ocr = [] if path in pdfs or name.startswith("fuzz_image") else ["--no-ocr"]
        try:
            code, out, err = checks.run(vanban, "extract", *ocr, path, timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            f.check(False, "%s: still running after %d s" % (name, TIMEOUT_S))
            continue
        f.check(code in (0, 1), "%s: exit %d" % (name, code))
        if code == 0:
            record = json.loads(out)
            errors = checks.schema_errors(validator, record)
            f.check(not errors, "%s: schema: %s" % (name, errors[:3]))
            if path in large and name != "stars.txt":  # the stars are emphasis, removed
                f.check(any(w["code"] == "line_split" for w in record["warnings"]),
                        "%s: the cut lines are reported" % name)
        else:
            f.check(len(err.strip().splitlines()) == 1, "%s: stderr %r" % (name, err))
        if name == "huge-image.pdf":
            f.check("above the limit" in err, "%s: the image is refused: %r" % (name, err))
        if name == "empty-pages.pdf":
            f.check("the document has 2000 pages; only the first 1000 were read" in err and
                    "1000 blank page(s) not read by OCR" in err, "%s: %r" % (name, err))
    for path in large + pdfs:
        os.remove(path)
    os.rmdir(tmp)
    return f.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
