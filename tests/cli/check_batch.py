#!/usr/bin/env python3
"""A 200-document batch as an archive gives it: good and bad inputs mixed.

- Every input ends with exactly one file under -o DIR: its record or its
  error record, each valid against its schema.
- A rerun with --resume redoes nothing that is done (the time it takes is
  printed, not asserted: timing belongs to benchmarks).
- Killed with SIGKILL at five points and resumed each time, the batch ends
  with every record whole and equal to the uninterrupted run's.

Usage: check_batch.py VANBAN SAMPLES_DIR SCHEMA ERROR_SCHEMA
"""
import glob
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import checks  # noqa: E402

N = 200


def make_batch(inbox, samples):
    """N inputs: sample texts and born-digital PDFs made distinct by a
    trailing line or trailing bytes after %%EOF, and one bad input in ten."""
    goods = sorted(glob.glob(os.path.join(samples, "*.txt")) + glob.glob(os.path.join(samples, "*.pdf")))
    pdf = open(os.path.join(samples, "cv-2026-ninh-binh-sct-pccc-cho.pdf"), "rb").read()
    bad = [b"", os.urandom(3000).replace(b"%PDF", b"%PDX"), pdf[: len(pdf) // 2],
           b"S\xf4\xec: 12/KH-UBND\nK\xca\xd2 HO\xa3CH\n"]
    kinds = {"good": 0, "bad": 0}
    for i in range(N):
        sub = os.path.join(inbox, "box%d" % (i % 4))
        os.makedirs(sub, exist_ok=True)
        if i % 10 == 9:
            data, ext = bad[i // 10 % len(bad)], (".txt", ".pdf", ".pdf", ".txt")[i // 10 % len(bad)]
            kinds["bad"] += 1
        else:
            src = goods[i % len(goods)]
            data, ext = open(src, "rb").read(), os.path.splitext(src)[1]
            # Texts repeated, so that the batch runs long enough to be killed
            # part way on a fast machine too.
            data = data * 24 + b"\n%d\n" % i if ext == ".txt" else data + b"\n%%%d\n" % i
            kinds["good"] += 1
        with open(os.path.join(sub, "doc%03d%s" % (i, ext)), "wb") as fh:
            fh.write(data)
    # Beside the documents, files that are none: left alone.
    with open(os.path.join(inbox, "box0", "Thumbs.db"), "wb") as fh:
        fh.write(os.urandom(500))
    with open(os.path.join(inbox, "box1", "doc000.gold.json"), "w") as fh:
        fh.write('{"document": {}}\n')
    return kinds


def outputs(out_dir):
    found = {}
    for d, _, names in os.walk(out_dir):
        for n in names:
            if n.endswith(".json"):
                path = os.path.join(d, n)
                found[os.path.relpath(path, out_dir)] = open(path, "rb").read()
    return found


def run(vanban, out_dir, inbox, *extra):
    return subprocess.run([vanban, "extract", "-j", "2", "-o", out_dir, *extra, inbox],
                          capture_output=True, text=True, timeout=900)


def main(argv):
    vanban, samples, schema, error_schema = [os.path.abspath(a) for a in argv[1:5]]
    validator = checks.load_validator(schema)
    error_validator = checks.load_validator(error_schema)
    f = checks.Failures()
    with tempfile.TemporaryDirectory() as tmp:
        inbox = os.path.join(tmp, "inbox")
        kinds = make_batch(inbox, samples)
        inputs = sorted(os.path.relpath(os.path.join(d, n), tmp)
                        for d, _, names in os.walk(inbox) for n in names
                        if n.endswith((".txt", ".pdf")))
        # Paths as the batch sees them: run from tmp, so names are relative.
        os.chdir(tmp)
        whole = os.path.join(tmp, "whole")
        start = time.monotonic()
        p = run(vanban, "whole", "inbox")
        print("uninterrupted batch: %.1f s" % (time.monotonic() - start))
        f.check(p.returncode == 1, "batch exit %d (some inputs are bad)" % p.returncode)
        f.check("%d inputs: %d done, 0 skipped, %d failed" % (N, kinds["good"], kinds["bad"])
                in p.stderr, "summary %r" % p.stderr[-200:])
        got = outputs(whole)
        for name in inputs:
            record, error = name + ".json", name + ".error.json"
            f.check((record in got) != (error in got), "%s: a record or an error record" % name)
        f.check(len(got) == N, "%d outputs for %d inputs" % (len(got), N))
        for name, data in got.items():
            rec = json.loads(data)
            v = error_validator if name.endswith(".error.json") else validator
            f.check(not checks.schema_errors(v, rec), "%s: valid" % name)

        # --resume: nothing done twice; the bad inputs are tried again.
        start = time.monotonic()
        p = run(vanban, "whole", "inbox", "--resume")
        print("rerun with --resume: %.2f s" % (time.monotonic() - start))
        f.check("%d inputs: 0 done, %d skipped, %d failed" % (N, kinds["good"], kinds["bad"])
                in p.stderr, "resume summary %r" % p.stderr[-200:])
        f.check(outputs(whole) == got, "resume changed no output")

        # SIGKILL at five points, --resume after each, then to the end.
        rng = random.Random(20261207)
        killed = os.path.join(tmp, "killed")
        for k in range(5):
            proc = subprocess.Popen([vanban, "extract", "-j", "2", "-o", "killed", "--resume",
                                     "inbox"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.05, 0.4))
            proc.kill()
            proc.wait()
            if k == 0:
                f.check(len(outputs(killed)) < N, "the first kill stopped the batch part way")
            for name, data in outputs(killed).items():
                try:
                    json.loads(data)
                except ValueError:
                    f.check(False, "after kill %d: %s is not whole" % (k + 1, name))
        p = run(vanban, "killed", "inbox", "--resume")
        f.check(p.returncode == 1 and re.search(r"0 done|\d+ done", p.stderr),
                "final resume %r" % p.stderr[-200:])
        f.check(outputs(killed) == got, "killed and resumed: the same records as one run")
        leftovers = [n for d, _, names in os.walk(killed) for n in names if ".part-" in n]
        f.check(not leftovers, "no temporary files left: %r" % leftovers[:3])
    return f.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
