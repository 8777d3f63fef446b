#!/usr/bin/env python3
"""OCR benchmark: vanban against the tesseract CLI on the same scanned pages.

    tools/bench_ocr.py [--build build] [--corpus ../shared/corpus/dev] [--kind scan]
    tools/bench_ocr.py --corpus ../shared/corpus/dev-real --kind ''   # real scans, NAME.pdf

For every NAME.<kind>.pdf (NAME.pdf with an empty kind) in the corpus that
has a NAME.gt.txt:
  * tesseract CLI: each page rendered by pdftoppm (gray, 300 dpi, not timed),
    then `tesseract PAGE - -l vie --psm 3` with OMP_THREAD_LIMIT=1 (timed);
  * vanban: `vanban extract -j 1 --format text NAME.<kind>.pdf` (timed,
    rendering included);
  * CER of both against NAME.gt.txt (vanban-cer: NFC, quotes and dashes
    folded, whitespace collapsed).
Then the whole set once more through one vanban process with -j 1 and with
-j 2, for pages per second and the speed-up of two workers.
"""
import argparse
import os
import pathlib
import subprocess
import sys
import tempfile
import time


def run(cmd, env=None):
    start = time.perf_counter()
    out = subprocess.run(cmd, env=env, capture_output=True, check=False)
    return time.perf_counter() - start, out


def pages_of(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    for line in out.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 0


def cer(tool, ref, hyp_text, tmp):
    hyp = pathlib.Path(tmp) / "hyp.txt"
    hyp.write_bytes(hyp_text)
    out = subprocess.run([tool, str(ref), str(hyp)], capture_output=True, text=True, check=True)
    return float(out.stdout.split()[0])


def cli_read(pdf, tmp, env):
    """The tesseract CLI on each page; returns (seconds, text)."""
    prefix = pathlib.Path(tmp) / "page"
    for old in pathlib.Path(tmp).glob("page*"):
        old.unlink()
    subprocess.run(["pdftoppm", "-gray", "-r", "300", str(pdf), str(prefix)], check=True)
    total, text = 0.0, b""
    for page in sorted(pathlib.Path(tmp).glob("page*.pgm")):
        seconds, out = run(["tesseract", str(page), "-", "-l", "vie", "--psm", "3"], env)
        total += seconds
        text += out.stdout + b"\f"
    return total, text


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = pathlib.Path(__file__).resolve().parent.parent
    ap.add_argument("--build", default=str(root / "build"))
    ap.add_argument("--corpus", default=str(root.parent / "shared" / "corpus" / "dev"))
    ap.add_argument("--kind", default="scan",
                    help="scan or hard; empty for NAME.pdf (dev-real's and real/'s scans)")
    args = ap.parse_args()

    vanban = pathlib.Path(args.build) / "vanban"
    cer_tool = pathlib.Path(args.build) / "vanban-cer"
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    suffix = f".{args.kind}.pdf" if args.kind else ".pdf"
    docs = sorted(p for p in pathlib.Path(args.corpus).glob(f"*{suffix}")
                  if p.with_name(p.name[:-len(suffix)] + ".gt.txt").exists())
    if not docs:
        print(f"no *{suffix} with a .gt.txt in {args.corpus}", file=sys.stderr)
        return 1

    print(f"{'document':48} {'pages':>5} {'cli s/p':>8} {'vb s/p':>8} {'ratio':>6}"
          f" {'cli CER':>8} {'vb CER':>8}")
    total_pages, cli_total, vb_total, worse = 0, 0.0, 0.0, 0
    cli_cers, vb_cers = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for pdf in docs:
            name = pdf.name[:-len(suffix)]
            ref = pdf.with_name(name + ".gt.txt")
            pages = pages_of(pdf)
            cli_s, cli_text = cli_read(pdf, tmp, env)
            vb_s, out = run([str(vanban), "extract", "-j", "1", "--format", "text", str(pdf)])
            if out.returncode != 0:
                print(f"{name}: vanban failed: {out.stderr.decode()}", file=sys.stderr)
            cli_cer = cer(cer_tool, ref, cli_text, tmp)
            vb_cer = cer(cer_tool, ref, out.stdout, tmp)
            worse += vb_cer > cli_cer
            cli_cers.append(cli_cer)
            vb_cers.append(vb_cer)
            total_pages += pages
            cli_total += cli_s
            vb_total += vb_s
            print(f"{name:48} {pages:5d} {cli_s / pages:8.2f} {vb_s / pages:8.2f}"
                  f" {vb_s / cli_s:6.2f} {cli_cer:8.2%} {vb_cer:8.2%}")
    print(f"{'all':48} {total_pages:5d} {cli_total / total_pages:8.2f}"
          f" {vb_total / total_pages:8.2f} {vb_total / cli_total:6.2f}"
          f" {sum(cli_cers) / len(docs):8.2%} {sum(vb_cers) / len(docs):8.2%}"
          f"   (mean CER) vanban worse than CLI on {worse} of {len(docs)}")

    batch = [str(p) for p in docs]
    rates = {}
    for jobs in (1, 2):
        seconds, _ = run([str(vanban), "extract", "-j", str(jobs), "--format", "text", *batch])
        rates[jobs] = total_pages / seconds
        print(f"batch -j {jobs}: {total_pages} pages in {seconds:.1f} s = {rates[jobs]:.2f} pages/s")
    print(f"speed-up of 2 workers: {rates[2] / rates[1]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
