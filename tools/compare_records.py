#!/usr/bin/env python3
"""Runs two vanban builds over the same inputs and lists every record that differs.

Usage: compare_records.py OLD_VANBAN NEW_VANBAN [--data-old DIR] [--no-scans]
                          [--ignore FIELD ...] [INPUT...]

Without inputs: samples/ and, when ../shared exists, the dev, dev-real and
real corpora (texts and PDFs; --no-scans leaves out the .scan/.hard renders,
which take most of the time). --ignore drops a field wherever it stands
(a field one side adds, such as "period", hides nothing else then). An old
binary reads the source tree's data
unless --data-old names the data it was built with (a data change otherwise
shows as no difference). Prints, per input, the items each side has alone;
exits 1 when any record differs.
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def default_inputs(no_scans):
    dirs = [os.path.join(ROOT, "samples")]
    shared = os.path.join(ROOT, "..", "shared", "corpus")
    dirs += [os.path.join(shared, d) for d in ("dev", "dev-real", "real")]
    out = []
    for d in dirs:
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            if name.endswith(".gt.txt") or not name.endswith((".txt", ".pdf")):
                continue
            if no_scans and name.endswith((".scan.pdf", ".hard.pdf")):
                continue
            out.append(os.path.join(d, name))
    return out


def record(binary, path, data):
    env = dict(os.environ)
    if data:
        env["VANBAN_DATA_DIR"] = data
    run = subprocess.run([binary, "extract", path], capture_output=True, text=True, env=env,
                         timeout=600)
    if run.returncode != 0:
        return {"error": run.stderr.strip()}
    return json.loads(run.stdout)


def without(value, ignored):
    if isinstance(value, dict):
        return {k: without(v, ignored) for k, v in value.items() if k not in ignored}
    if isinstance(value, list):
        return [without(v, ignored) for v in value]
    return value


def differences(old, new):
    lines = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        if isinstance(a, list) and isinstance(b, list):
            sa = [json.dumps(x, ensure_ascii=False, sort_keys=True) for x in a]
            sb = [json.dumps(x, ensure_ascii=False, sort_keys=True) for x in b]
            lines += [f"  {key} - {x[:240]}" for x in sa if x not in sb]
            lines += [f"  {key} + {x[:240]}" for x in sb if x not in sa]
            if sa != sb and sorted(sa) == sorted(sb):
                lines.append(f"  {key}: same items, another order")
        else:
            lines.append(f"  {key}: {json.dumps(a, ensure_ascii=False)[:240]} -> "
                         f"{json.dumps(b, ensure_ascii=False)[:240]}")
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--data-old")
    ap.add_argument("--no-scans", action="store_true")
    ap.add_argument("--ignore", action="append", default=[])
    args = ap.parse_intermixed_args()
    inputs = args.inputs or default_inputs(args.no_scans)
    changed = 0
    for path in inputs:
        ignored = set(args.ignore)
        diff = differences(without(record(args.old, path, args.data_old), ignored),
                           without(record(args.new, path, None), ignored))
        if diff:
            changed += 1
            print(os.path.relpath(path, ROOT))
            print("\n".join(diff))
    print(f"{len(inputs)} inputs, {changed} records differ")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
