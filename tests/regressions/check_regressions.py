#!/usr/bin/env python3
"""Inputs that once broke vanban (a hang, a crash): each must now end within
its time with a schema-valid record (exit 0) or one error line (exit 1).

Usage: check_regressions.py VANBAN REGRESSIONS_DIR SCHEMA
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import checks  # noqa: E402

# A regression is a document vanban reads in well under a second; the hang
# it once had never ended.
TIMEOUT_S = 30


def main(argv):
    vanban, directory, schema = argv[1:4]
    validator = checks.load_validator(schema)
    f = checks.Failures()
    names = sorted(n for n in os.listdir(directory) if not n.endswith((".py", ".md")))
    f.check(names, "no regression inputs in %s" % directory)
    for name in names:
        path = os.path.join(directory, name)
        try:
            code, out, err = checks.run(vanban, "extract", "--no-ocr", path, timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            f.check(False, "%s: still running after %d s" % (name, TIMEOUT_S))
            continue
        f.check(code in (0, 1), "%s: exit %d" % (name, code))
        if code == 0:
            errors = checks.schema_errors(validator, json.loads(out))
            f.check(not errors, "%s: schema: %s" % (name, errors[:3]))
        else:
            f.check(len(err.strip().splitlines()) == 1, "%s: stderr %r" % (name, err))
    return f.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
