#!/usr/bin/python3
"""The bad-input corpus (make_bad_inputs.py) through vanban, one process per
input: each must end within TIME_LIMIT_S with exit 0 and a schema-valid
record, or exit 1 with one error line naming it and an error record; its
peak resident memory must stay under RSS_LIMIT_MB. Prints a table of input,
exit, seconds, peak MB and the warning or error code.

    check_bad_inputs.py VANBAN SAMPLES_DIR SCHEMA ERROR_SCHEMA [--no-rss] [--keep DIR]

--no-rss: a sanitizer build, whose shadow memory makes RSS meaningless.
--keep DIR: write the corpus there and leave it (else a temporary folder).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
import checks  # noqa: E402
import make_bad_inputs  # noqa: E402

TIME_LIMIT_S = 60
RSS_LIMIT_MB = 1024
# vanban's own bound on a document's reading (--doc-timeout), well inside
# the check's: a PDF of 5000 pages that each need OCR would otherwise take
# its 900 s default.
DOC_TIMEOUT_S = 20

# What some inputs must say: the limit or damage that stopped them, as a
# warning or error code, and words of the message.
EXPECTED = {
    "pdf-5000-text-pages.pdf": ["pages_dropped", "document_timeout"],
    "pdf-image-declaring-10e14-pixels.pdf": ["above the limit"],
    "image-png-declaring-10e10-pixels.png": ["above the limit"],
    "image-png-bomb-400m-pixels.png": ["above the limit"],
    "image-jpeg-declaring-65000px.jpg": ["above the limit"],
    "image-cut-30.jpg": ["Premature end of JPEG file"],
    "image-flipped-0.png": ["libpng error"],
    "text-10mb-one-line.txt": ["line_split"],
    "text-2m-short-lines.txt": ["lines_dropped"],
    "image-tiff-500-blank-pages.tif": ["500 blank page(s)"],
    # UTF-16 with its byte-order mark is decoded; without one it is refused.
    "text-utf16le-bom.txt": ['"encoding": "utf-16le"'],
    "text-utf16be-bom.txt": ['"encoding": "utf-16be"'],
    "text-utf16le-no-bom.txt": ["unsupported_type"],
    "other-zip-bomb-1gib.zip": ["unsupported_type"],
}


# Linux carries a process's peak RSS across exec, and a child forked from
# this interpreter starts with the interpreter's peak (hundreds of MB after
# making the corpus): vanban is started from a fresh, small interpreter,
# which reports the exit and peak of its one child on its standard output.
LAUNCHER = """
import os, signal, sys, time
report, limit, argv = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3:]
os.set_inheritable(report, False)
pid = os.fork()
if pid == 0:
    os.execv(argv[0], argv)
deadline = time.monotonic() + limit
while True:
    done, status, usage = os.wait4(pid, os.WNOHANG)
    if done:
        code = os.waitstatus_to_exitcode(status)
        break
    if time.monotonic() > deadline:
        os.kill(pid, signal.SIGKILL)
        _, _, usage = os.wait4(pid, 0)
        code = "killed"
        break
    time.sleep(0.01)
os.write(report, ("%s %d" % (code, usage.ru_maxrss)).encode())
"""


def run_one(vanban, path):
    """(exit code or None when killed at the limit, seconds, peak MB, stdout, stderr)."""
    start = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        report_r, report_w = os.pipe()
        proc = subprocess.Popen(
            [sys.executable, "-S", "-c", LAUNCHER, str(report_w), str(TIME_LIMIT_S), vanban,
             "extract", "-q", "-j1", "--doc-timeout", str(DOC_TIMEOUT_S), path], stdout=out, stderr=err, stdin=subprocess.DEVNULL,
            pass_fds=(report_w,))
        os.close(report_w)
        with os.fdopen(report_r) as report:
            status, kb = report.read().split()
        proc.wait()
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        return (None if status == "killed" else int(status), seconds, int(kb) / 1024.0,
                out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))


def codes_of(code, out):
    """The error code, or the record's warning codes, for the table."""
    try:
        record = json.loads(out)
    except ValueError:
        return "(no JSON)"
    if code == 1:
        return record.get("error", {}).get("code", "?")
    return ",".join(sorted({w["code"] for w in record.get("warnings", [])})) or "-"


def check(f, name, path, result, validator, error_validator, rss):
    code, seconds, mb, out, err = result
    f.check(code is not None, "%s: still running after %d s" % (name, TIME_LIMIT_S))
    f.check(code in (0, 1), "%s: exit %s" % (name, code))
    if rss:
        f.check(mb < RSS_LIMIT_MB, "%s: peak RSS %.0f MB" % (name, mb))
    if code not in (0, 1):
        return
    try:
        record = json.loads(out)
    except ValueError:
        f.check(False, "%s: stdout is not one JSON record: %r" % (name, out[:200]))
        return
    errors = checks.schema_errors(validator if code == 0 else error_validator, record)
    f.check(not errors, "%s: schema: %s" % (name, errors[:3]))
    said = json.dumps(record, ensure_ascii=False)
    for words in EXPECTED.get(name, []):
        f.check(words in said, "%s: the record does not say %r: %s" % (name, words, said[:400]))
    lines = err.strip().splitlines()
    if code == 1:
        f.check(len(lines) == 1 and lines[0].startswith("vanban: " + path),
                "%s: want one error line naming it, got %r" % (name, err[:300]))
    else:
        f.check(not lines, "%s: a record, yet stderr says %r" % (name, err[:300]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("vanban")
    ap.add_argument("samples")
    ap.add_argument("schema")
    ap.add_argument("error_schema")
    ap.add_argument("--no-rss", action="store_true")
    ap.add_argument("--keep")
    args = ap.parse_args()
    validator = checks.load_validator(args.schema)
    error_validator = checks.load_validator(args.error_schema)
    corpus = args.keep or tempfile.mkdtemp(prefix="vanban-bad-")
    make_bad_inputs.main(["", args.samples, corpus])
    names = sorted(os.listdir(corpus))
    f = checks.Failures()
    f.check(len(names) >= 100, "only %d bad inputs" % len(names))
    paths = [os.path.join(corpus, n) for n in names]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(lambda p: run_one(args.vanban, p), paths))
    print("%-44s %4s %7s %8s  %s" % ("input", "exit", "seconds", "peak MB", "codes"))
    for name, path, result in zip(names, paths, results):
        code, seconds, mb, out, _ = result
        print("%-44s %4s %7.2f %8.0f  %s" % (name[:44], code if code is not None else "kill", seconds,
                                             mb, codes_of(code, out)))
        check(f, name, path, result, validator, error_validator, not args.no_rss)
    print("slowest %.1f s, largest %.0f MB" % (max(r[1] for r in results),
                                              max(r[2] for r in results)))
    if not args.keep:
        shutil.rmtree(corpus)
    return f.finish()


if __name__ == "__main__":
    sys.exit(main())
