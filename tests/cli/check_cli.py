#!/usr/bin/env python3
"""CLI test: bad inputs give one clear line on stderr naming the file and a
non-zero exit, never a crash or partial JSON; the good inputs of the same
run are still processed; JSON Lines for several inputs; -o DIR writes one
file per good input and none for a bad one.

Usage: check_cli.py VANBAN SAMPLES_DIR DATA_DIR SCHEMA
"""
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import checks  # noqa: E402


def make_bad_inputs(tmp, samples):
    pdf = os.path.join(samples, "cv-2026-ninh-binh-sct-pccc-cho.pdf")
    with open(pdf, "rb") as fh:
        pdf_bytes = fh.read()
    files = {
        "empty.txt": b"",
        "garbage.bin": os.urandom(4096).replace(b"%PDF", b"%PDX"),
        "not-a-pdf.pdf": "Đây không phải là PDF\n".encode("utf-8") * 3 + b"\x00\x01\x02" * 200,
        "truncated.pdf": pdf_bytes[: len(pdf_bytes) // 3],
        # "Số: 12/KH-UBND / KẾ HOẠCH" in the legacy Windows-1258 code page.
        "latin1.txt": b"S\xf4\xec: 12/KH-UBND\nK\xca\xd2 HO\xa3CH\n",
        "zeros.pdf": b"\x00" * 2048,
    }
    paths = {}
    for name, data in files.items():
        p = os.path.join(tmp, name)
        with open(p, "wb") as fh:
            fh.write(data)
        paths[name] = p
    os.mkdir(os.path.join(tmp, "a-directory"))
    paths["a-directory"] = os.path.join(tmp, "a-directory")
    paths["missing.txt"] = os.path.join(tmp, "missing.txt")
    return paths


def main(argv):
    vanban, samples, data, schema = argv[1:5]
    validator = checks.load_validator(schema)
    f = checks.Failures()
    good = [os.path.join(samples, "qd-2025-phu-loc-ubnd-to-cong-tac-lua.txt"),
            os.path.join(samples, "cv-2026-ninh-binh-sct-pccc-cho.pdf")]
    with tempfile.TemporaryDirectory() as tmp:
        bad = make_bad_inputs(tmp, samples)
        bad["encrypted.pdf"] = os.path.join(data, "encrypted.pdf")

        # Each bad input alone: exit 1, nothing on stdout, one line naming it.
        for name, path in sorted(bad.items()):
            code, out, err = checks.run(vanban, "extract", path)
            lines = err.strip().splitlines()
            f.check(code == 1, "%s: exit %d, want 1" % (name, code))
            f.check(out == "", "%s: wrote to stdout: %r" % (name, out[:80]))
            f.check(len(lines) == 1 and path in lines[0], "%s: stderr %r" % (name, err))
        code, _, err = checks.run(vanban, "extract", bad["encrypted.pdf"])
        f.check("encrypted" in err, "encrypted PDF reason: %r" % err)
        code, _, err = checks.run(vanban, "extract", bad["latin1.txt"])
        f.check("UTF-8" in err, "non-UTF-8 reason: %r" % err)

        # A batch: the good inputs come out as JSON Lines, the bad ones on stderr.
        batch = [good[0], bad["truncated.pdf"], bad["missing.txt"], good[1], bad["garbage.bin"]]
        code, out, err = checks.run(vanban, "extract", *batch)
        f.check(code == 1, "batch exit %d, want 1" % code)
        records = [json.loads(line) for line in out.splitlines()]
        f.check([r["source"]["file"] for r in records] == good, "batch records %r" % [r["source"]["file"] for r in records])
        f.check(len(err.strip().splitlines()) == 3, "batch stderr %r" % err)
        for r in records:
            errs = checks.schema_errors(validator, r)
            f.check(not errs, "schema: %s" % errs[:3])

        # -o DIR: one file per good input, none for the bad one.
        out_dir = os.path.join(tmp, "out")
        code, out, err = checks.run(vanban, "extract", "-o", out_dir, good[0], bad["empty.txt"])
        f.check(code == 1 and out == "", "-o exit %d stdout %r" % (code, out))
        written = sorted(os.listdir(out_dir))
        f.check(written == ["qd-2025-phu-loc-ubnd-to-cong-tac-lua.json"], "-o wrote %r" % written)

        # All good: exit 0; text format prints the normalised pages.
        code, out, err = checks.run(vanban, "extract", *good)
        f.check(code == 0 and err == "", "good batch exit %d stderr %r" % (code, err))
        code, out, err = checks.run(vanban, "extract", "--format", "text", good[0])
        f.check(code == 0 and "QUYẾT ĐỊNH" in out and "{" not in out, "text format")

        # Usage errors are exit 2 with help, not a crash.
        code, out, err = checks.run(vanban, "extract")
        f.check(code != 0 and code != 1, "no files: exit %d" % code)
        code, out, err = checks.run(vanban, "extract", "--format", "xml", good[0])
        f.check(code != 0 and out == "", "bad format: exit %d" % code)
    return f.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
