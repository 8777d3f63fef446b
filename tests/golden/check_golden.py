#!/usr/bin/env python3
"""Golden test: every sample in samples/ (text and, where present, its PDF
render) against tests/golden/NAME.expected.json.

Compared: the document fields, signer, recipient names and the cited
documents (type, number, date, role), and, where the expected record lists
them, the targets (value, unit, comparator), from the text and from the PDF
alike. Strings are compared after case folding, NFC and dash unification,
as the corpus scorer does; everything else must be equal. Every output must
validate against the schema.

Usage: check_golden.py VANBAN SAMPLES_DIR GOLDEN_DIR SCHEMA
"""
import glob
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import checks  # noqa: E402


def fold(v):
    if not isinstance(v, str):
        return v
    v = unicodedata.normalize("NFC", v).casefold()
    v = re.sub(r"[\u2010-\u2015\u2212]", "-", v)
    v = re.sub(r"[\u201c\u201d\u201e\u00ab\u00bb]", '"', v)
    v = re.sub(r"[\u2018\u2019]", "'", v)
    return re.sub(r"\s+", " ", v).strip()


def ref_key(r):
    return (r["type"], fold(r["number"]), r["issued"], r["role"])


def compare(name, got, want, f):
    d, w = got["document"], want["document"]
    for k in ("type", "number", "serial", "symbol", "issuer", "place", "issued", "title"):
        f.check(fold(d.get(k)) == fold(w[k]), "%s: document.%s = %r, want %r" % (name, k, d.get(k), w[k]))
    for k in ("name", "position", "authority"):
        f.check(fold(d["signer"].get(k)) == fold(w["signer"][k]),
                "%s: signer.%s = %r, want %r" % (name, k, d["signer"].get(k), w["signer"][k]))
    got_rec = [fold(r["name"]) for r in d["recipients"]]
    want_rec = [fold(x) for x in w["recipients"]]
    f.check(got_rec == want_rec, "%s: recipients %r, want %r" % (name, got_rec, want_rec))
    got_refs = sorted(ref_key(r) for r in got["references"])
    want_refs = sorted(ref_key(r) for r in want["references"])
    f.check(got_refs == want_refs, "%s: references %r, want %r" % (name, got_refs, want_refs))
    if "targets" in want:
        got_t = sorted(target_key(t) for t in got["targets"])
        want_t = sorted(target_key(t) for t in want["targets"])
        f.check(got_t == want_t, "%s: targets %r, want %r" % (name, got_t, want_t))


def target_key(t):
    return (float(t["value"]), fold(t["unit"]), t["comparator"])


def main(argv):
    vanban, samples, golden, schema = argv[1:5]
    validator = checks.load_validator(schema)
    f = checks.Failures()
    expected = sorted(glob.glob(os.path.join(golden, "*.expected.json")))
    f.check(len(expected) >= 5, "at least five golden files in %s" % golden)
    for path in expected:
        name = os.path.basename(path)[: -len(".expected.json")]
        with open(path, encoding="utf-8") as fh:
            want = json.load(fh)
        want["document"]["recipients"] = [r["name"] if isinstance(r, dict) else r
                                          for r in want["document"]["recipients"]]
        inputs = [p for p in (os.path.join(samples, name + ".txt"), os.path.join(samples, name + ".pdf"))
                  if os.path.exists(p)]
        f.check(bool(inputs), "%s: no sample input" % name)
        for inp in inputs:
            code, out, err = checks.run(vanban, "extract", inp)
            f.check(code == 0, "%s: exit %d: %s" % (inp, code, err.strip()))
            if code != 0:
                continue
            record = json.loads(out)
            errs = checks.schema_errors(validator, record)
            f.check(not errs, "%s: schema: %s" % (inp, errs[:3]))
            compare(os.path.basename(inp), record, want, f)
    return f.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
