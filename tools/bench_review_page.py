#!/usr/bin/env python3
"""How fast a review page (--format html) opens: a PAGES-page PDF made by
joining the samples' PDFs (pdfunite), born-digital and scanned
(tools/render_scan.py), each written as a review page by vanban and, as
the peer, as one self-contained HTML file by poppler's `pdftohtml -s
-dataurls`; each page is opened REPEAT times in headless Chromium, which
reports when its load event fired (images decoded, layout done). Prints
the median milliseconds, the file sizes and vanban's time to write the page.

    tools/bench_review_page.py VANBAN SAMPLES_DIR [--pages 20] [--repeat 5]
"""
import argparse
import glob
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# Put first in <head>: when the load event came, in ms from navigation.
PROBE = ("<script>addEventListener('load', function () { setTimeout(function () {"
         "document.documentElement.setAttribute('data-bench-ms', Math.round(performance.now()));"
         "}, 0); });</script>")


def joined_pdf(samples, pages, out):
    pdfs = sorted(glob.glob(os.path.join(samples, "*.pdf")))
    parts, count = [], 0
    while count < pages:
        for pdf in pdfs:
            n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
                ["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
            parts.append(pdf)
            count += n
            if count >= pages:
                break
    subprocess.run(["pdfunite", *parts, out], check=True)
    return count


def open_ms(html_path, work):
    profile = tempfile.mkdtemp(dir=work)
    dom = subprocess.run(["chromium", *FLAGS, "--user-data-dir=" + profile,
                          "--dump-dom", "file://" + html_path],
                         capture_output=True, text=True, timeout=300).stdout
    shutil.rmtree(profile, ignore_errors=True)
    m = re.search(r'data-bench-ms="(\d+)"', dom)
    return int(m.group(1)) if m else float("nan")


def probed(html_path):
    text = open(html_path, encoding="utf-8", errors="replace").read()
    text = re.sub(r"(<head[^>]*>)", lambda m: m.group(1) + PROBE, text, count=1, flags=re.I)
    out = html_path + ".probed.html"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(text)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("vanban")
    ap.add_argument("samples")
    ap.add_argument("--pages", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    work = tempfile.mkdtemp()
    pdf = os.path.join(work, "joined.pdf")
    pages = joined_pdf(args.samples, args.pages, pdf)
    scan = os.path.join(work, "joined.scan.pdf")
    subprocess.run(["/usr/bin/python3", os.path.join(os.path.dirname(__file__), "render_scan.py"),
                    pdf, scan], check=True)
    print("%d pages; median of %d opens in headless Chromium" % (pages, args.repeat))
    print("%-12s %-22s %10s %10s %12s" % ("input", "page", "open ms", "size KB", "write s"))
    for name, src in (("born-digital", pdf), ("scan", scan)):
        ours = os.path.join(work, name + ".vanban.html")
        start = time.monotonic()
        with open(ours, "w") as fh:
            subprocess.run([args.vanban, "extract", "--format", "html", src], stdout=fh, check=True)
        ours_s = time.monotonic() - start
        peer = os.path.join(work, name + ".pdftohtml.html")
        start = time.monotonic()
        subprocess.run(["pdftohtml", "-q", "-s", "-dataurls", "-noframes", src, peer[:-5]],
                       check=True)
        peer_s = time.monotonic() - start
        for label, path, seconds in (("vanban review page", ours, ours_s),
                                     ("pdftohtml -s", peer, peer_s)):
            p = probed(path)
            ms = statistics.median(open_ms(p, work) for _ in range(args.repeat))
            print("%-12s %-22s %10.0f %10.0f %12.2f" %
                  (name, label, ms, os.path.getsize(path) / 1024, seconds))
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
