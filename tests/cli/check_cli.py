#!/usr/bin/env python3
"""CLI test: bad inputs give one clear line on stderr naming the file, an
error record and exit 1, never a crash or partial JSON; the good inputs of
the same run are still processed; one line per record off a terminal;
-o DIR writes one file per input named by its path, never onto an input;
stdin, directories, list files, --resume, --shard; exit statuses exactly
as documented (0, 1, 2, 130).

Usage: check_cli.py VANBAN SAMPLES_DIR DATA_DIR SCHEMA ERROR_SCHEMA
"""
import hashlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import unicodedata

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
    paths["missing.txt"] = os.path.join(tmp, "missing.txt")
    return paths


def lines_as_json(out):
    """Each line of OUT parsed; a line that is not JSON becomes None (an old
    or broken build must fail the checks, not stop them)."""
    parsed = []
    for line in out.splitlines():
        try:
            parsed.append(json.loads(line))
        except ValueError:
            parsed.append(None)
    return parsed


def one_json(out):
    got = lines_as_json(out)
    return got[0] if len(got) == 1 and got[0] is not None else {}


def in_dir(cwd, vanban, *args, stdin=None):
    p = subprocess.run([vanban, *args], capture_output=True, text=True, timeout=300, cwd=cwd,
                       input=stdin)
    return p.returncode, p.stdout, p.stderr


def files_under(top):
    return sorted(os.path.relpath(os.path.join(d, n), top)
                  for d, _, names in os.walk(top) for n in names)


def check_bad_inputs(f, vanban, good, bad, validator, error_validator):
    # Each bad input alone: exit 1, one error record, one line naming it.
    for name, path in sorted(bad.items()):
        code, out, err = checks.run(vanban, "extract", path)
        lines = err.strip().splitlines()
        f.check(code == 1, "%s: exit %d, want 1" % (name, code))
        records = lines_as_json(out)
        f.check(len(records) == 1 and records[0] is not None
                and not checks.schema_errors(error_validator, records[0])
                and records[0]["source"]["file"] == path,
                "%s: one error record: %r" % (name, out[:200]))
        f.check(len(lines) == 1 and path in lines[0], "%s: stderr %r" % (name, err))
    for name, code_want, words in [("encrypted.pdf", "encrypted_pdf", "encrypted"),
                                   ("latin1.txt", "unsupported_type", "UTF-8"),
                                   ("missing.txt", "not_found", "no such file"),
                                   ("truncated.pdf", "damaged_pdf", "damaged")]:
        _, out, err = checks.run(vanban, "extract", bad[name])
        f.check(words in err and one_json(out).get("error", {}).get("code") == code_want,
                "%s: reason %r, record %r" % (name, err, out))

    # A batch: every input in the stream in input order, a record or an
    # error record (a failed input used to vanish from it).
    batch = [good[0], bad["truncated.pdf"], bad["missing.txt"], good[1], bad["garbage.bin"]]
    code, out, err = checks.run(vanban, "extract", *batch)
    f.check(code == 1, "batch exit %d, want 1" % code)
    records = [r for r in lines_as_json(out) if r]
    f.check([r["source"]["file"] for r in records] == batch,
            "batch stream %r" % [r["source"]["file"] for r in records])
    f.check([r.get("schema") for r in records] == ["vanban/1", "vanban-error/1", "vanban-error/1",
                                               "vanban/1", "vanban-error/1"], "batch kinds")
    f.check(len([l for l in err.splitlines() if "inputs:" not in l]) == 3, "batch stderr %r" % err)
    f.check("5 inputs: 2 done, 0 skipped, 3 failed" in err, "batch summary %r" % err)
    for r in records:
        v = validator if r.get("schema") == "vanban/1" else error_validator
        errs = checks.schema_errors(v, r)
        f.check(not errs, "schema: %s" % errs[:3])


def check_output_dir(f, vanban, tmp, samples, good, bad):
    work = os.path.join(tmp, "names")
    for d in ("d1", "d2"):
        os.makedirs(os.path.join(work, d))
    text = open(good[0], "rb").read()
    for rel in ("d1/a.txt", "d2/a.txt", "x.txt"):
        with open(os.path.join(work, rel), "wb") as fh:
            fh.write(text + rel.encode())
    with open(os.path.join(work, "x.pdf"), "wb") as fh:
        fh.write(open(good[1], "rb").read())

    # -o with --format text once overwrote the input DIR/doc.txt.
    code, _, err = in_dir(work, vanban, "extract", "--format", "text", "-o", ".", "x.txt")
    f.check(code == 0 and open(os.path.join(work, "x.txt"), "rb").read() == text + b"x.txt",
            "text -o . kept the input (exit %d %r)" % (code, err))
    f.check(os.path.exists(os.path.join(work, "x.txt.txt")), "text output x.txt.txt")
    # An input that is where another's output would go is not overwritten.
    target = os.path.join(work, "x.txt.txt")
    kept = open(target, "rb").read() if os.path.exists(target) else b""
    with open(target, "wb") as fh:
        fh.write(kept)
    code, _, err = in_dir(work, vanban, "extract", "--format", "text", "-o", ".",
                          "x.txt", "x.txt.txt")
    f.check(code == 1 and "not overwritten" in err and
            open(os.path.join(work, "x.txt.txt"), "rb").read() == kept,
            "output onto an input refused (exit %d %r)" % (code, err))
    for junk in ("x.txt.txt", "x.txt.txt.txt"):
        if os.path.exists(os.path.join(work, junk)):
            os.remove(os.path.join(work, junk))
    # Two inputs of one file name: two records (one used to be lost).
    code, _, err = in_dir(work, vanban, "extract", "-o", "OUT", "d1/a.txt", "d2/a.txt")
    f.check(code == 0, "d1/a.txt d2/a.txt exit %d %r" % (code, err))
    f.check(files_under(os.path.join(work, "OUT")) == [".vanban-done.jsonl", "d1/a.txt.json",
                                                       "d2/a.txt.json"],
            "two a.txt: %r" % files_under(os.path.join(work, "OUT")))
    # Names do not change with the batch: x.txt is x.txt.json alone or beside x.pdf.
    in_dir(work, vanban, "extract", "-o", "ALONE", "x.txt")
    in_dir(work, vanban, "extract", "-o", "BOTH", "x.txt", "x.pdf")
    f.check(os.path.exists(os.path.join(work, "ALONE", "x.txt.json")) and
            os.path.exists(os.path.join(work, "BOTH", "x.txt.json")) and
            os.path.exists(os.path.join(work, "BOTH", "x.pdf.json")), "names stable")
    # A failed input leaves an error file; a later success removes it.
    broken = os.path.join(work, "late.txt")
    with open(broken, "wb") as fh:
        fh.write(b"")
    code, _, _ = in_dir(work, vanban, "extract", "-o", "OUT", "late.txt")
    err_file = os.path.join(work, "OUT", "late.txt.error.json")
    f.check(code == 1 and os.path.exists(err_file) and
            json.load(open(err_file))["error"]["code"] == "empty_input", "error file for an empty input")
    with open(broken, "wb") as fh:
        fh.write(text)
    code, _, _ = in_dir(work, vanban, "extract", "-o", "OUT", "--resume", "late.txt")
    f.check(code == 0 and not os.path.exists(err_file) and
            os.path.exists(os.path.join(work, "OUT", "late.txt.json")),
            "--resume retries a failed input and drops its error file")
    # --resume skips what is current and redoes what changed.
    current = os.path.join(work, "OUT", "d1", "a.txt.json")
    before = os.stat(current).st_mtime_ns if os.path.exists(current) else None
    with open(os.path.join(work, "d2", "a.txt"), "ab") as fh:
        fh.write(b"\nchanged")
    code, _, err = in_dir(work, vanban, "extract", "-o", "OUT", "--resume", "d1", "d2")
    f.check(code == 0 and "2 inputs: 1 done, 1 skipped, 0 failed" in err, "resume: %r" % err)
    f.check(before is not None and os.stat(current).st_mtime_ns == before,
            "resume left the current output alone")
    changed = hashlib.sha256(open(os.path.join(work, "d2", "a.txt"), "rb").read()).hexdigest()
    redone = os.path.join(work, "OUT", "d2", "a.txt.json")
    rec = json.load(open(redone, encoding="utf-8")) if os.path.exists(redone) else {}
    f.check(rec.get("source", {}).get("sha256") == changed, "resume redid the changed input")
    # A directory without documents is named, not passed over in silence.
    os.makedirs(os.path.join(work, "empty"))
    code, out, err = in_dir(work, vanban, "extract", "empty")
    f.check(code == 1 and out == "" and "empty: no documents" in err, "empty dir: %r" % err)


def check_streams(f, vanban, tmp, samples, good):
    # Off a terminal, one record is one line, as several are.
    code, out, _ = checks.run(vanban, "extract", good[0])
    f.check(code == 0 and len(out.splitlines()) == 1, "one input, one line")
    # Several texts are told apart.
    code, out, _ = checks.run(vanban, "extract", "--format", "text", *good)
    f.check(code == 0 and out.count("==> ") == 2 and "QUYẾT ĐỊNH" in out, "text batch headers")
    # Standard input, and a list of paths.
    text = open(good[0], encoding="utf-8").read()
    code, out, _ = in_dir(tmp, vanban, "extract", "-", stdin=text)
    rec = one_json(out)
    f.check(code == 0 and rec.get("source", {}).get("file") == "-" and
            rec["document"]["type"] == "quyet_dinh", "stdin")
    listing = os.path.join(tmp, "list.txt")
    with open(listing, "w") as fh:
        fh.write("\n".join(good) + "\n")
    code, out, _ = checks.run(vanban, "extract", "--files-from", listing)
    f.check(code == 0 and [r and r["source"]["file"] for r in lines_as_json(out)] == good,
            "--files-from")
    # A directory: its documents, found by content, in name order.
    code, out, _ = checks.run(vanban, "extract", "--no-ocr", samples)
    files = [r and r["source"]["file"] for r in lines_as_json(out)]
    f.check(code == 0 and len(files) == len(os.listdir(samples)) and files == sorted(files),
            "directory input: %d of %d" % (len(files), len(os.listdir(samples))))
    # Shards split the inputs: each exactly once.
    seen = []
    for k in (1, 2, 3):
        code, out, _ = checks.run(vanban, "extract", "--format", "jsonl", "--shard", "%d/3" % k,
                                  samples)
        seen += [r and r["source"]["file"] for r in lines_as_json(out)]
    f.check(code == 0 and sorted(seen) == sorted(files), "shards cover the inputs once")
    # Provenance.
    producer = rec.get("source", {}).get("producer", {})
    f.check(producer.get("name") == "vanban" and len(producer.get("data_sha256", "")) == 64,
            "producer")


def check_several_documents(f, vanban, tmp, samples, validator):
    """A file that holds two documents (the second opening a page with its
    own header and number) gives two records, each saying which part of the
    file it is, as a stream and under -o; a page view shows the file whole."""
    names = ["qd-2025-phu-loc-ubnd-to-cong-tac-lua.txt", "cv-2026-ninh-binh-sct-pccc-cho.txt"]
    texts = [open(os.path.join(samples, n), encoding="utf-8").read() for n in names]
    alone = [one_json(checks.run(vanban, "extract", os.path.join(samples, n))[1]) for n in names]
    both = os.path.join(tmp, "two-documents.txt")
    with open(both, "w", encoding="utf-8") as fh:
        fh.write(texts[0].rstrip("\n") + "\n\f" + texts[1])
    code, out, _ = checks.run(vanban, "extract", both)
    recs = lines_as_json(out)
    f.check(code == 0 and len(recs) == 2 and all(recs), "two documents, two records")
    if len(recs) == 2 and all(recs):
        for k, rec in enumerate(recs):
            part = rec["source"].get("part", {})
            f.check(part.get("index") == k + 1 and part.get("of") == 2, "part %d of 2" % (k + 1))
            f.check(rec["document"]["number"] == alone[k]["document"]["number"],
                    "part %d: its own number" % (k + 1))
            f.check("document_split" in [w["code"] for w in rec["warnings"]],
                    "part %d: warned" % (k + 1))
            errs = checks.schema_errors(validator, rec)
            f.check(not errs, "part %d: schema: %s" % (k + 1, errs[:3]))
        f.check(recs[0]["source"]["part"]["last_page"] + 1 == recs[1]["source"]["part"]["first_page"],
                "the parts meet")
    out_dir = os.path.join(tmp, "out-two")
    code, _, _ = checks.run(vanban, "extract", "-o", out_dir, both)
    written = [w for w in files_under(out_dir) if not os.path.basename(w).startswith(".")]
    f.check(code == 0 and len(written) == 1, "one output file for the input")
    if len(written) == 1:
        lines = open(os.path.join(out_dir, written[0]), encoding="utf-8").read().splitlines()
        f.check(len(lines) == 2 and all(json.loads(l)["schema"] == "vanban/1" for l in lines),
                "-o: the two records, one a line")
    code, out, _ = checks.run(vanban, "extract", "--format", "lines", both)
    f.check(code == 0 and out.count("\theader_number\t") >= 1 and texts[1].split("\n")[0] in out,
            "a page view shows the whole file")


def cp1258(text):
    """`text` in Windows-1258: letters it has whole, the others as a base
    letter and a combining tone mark, as Vietnamese Windows wrote them."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            nfd = unicodedata.normalize("NFD", ch)
            tone = "".join(c for c in nfd if c in tones)
            base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in tones))
            out += base.encode("cp1258") + tone.encode("cp1258")
    return out


def font_encoded(text, charset):
    """`text` as a TCVN3 or VNI font writes it, one byte per character of
    the letter's spelling in legacy_charsets.tsv."""
    tsv = os.path.join(os.path.dirname(__file__), "..", "..", "pipeline", "ingest", "data",
                       "legacy_charsets.tsv")
    column = {"tcvn3": 1, "vni": 2}[charset]
    spelled = {}
    for row in open(tsv, encoding="utf-8"):
        if not row.startswith("#"):
            cells = row.rstrip("\n").split("\t")
            if cells[column] != "-":
                spelled[cells[0]] = cells[column]
    nfc = unicodedata.normalize("NFC", text)
    return "".join(spelled.get(ch, ch) for ch in nfc).encode("latin-1")


def pdf_of_lines(lines):
    """A one-page PDF whose text layer is `lines` (bytes) in Times-Roman
    with WinAnsiEncoding: what a document typed in a TCVN3 font gives a
    reader without a ToUnicode map."""
    def esc(b):
        return b"".join(bytes([c]) if 32 <= c < 127 and c not in b"()\\" else b"\\%03o" % c
                        for c in b)
    content = b"BT /F1 10 Tf 13 TL 40 810 Td\n" + b"".join(
        b"(" + esc(l) + b") Tj T*\n" for l in lines[:60]) + b"ET\n"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream"]
    pdf, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return pdf + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)


def check_legacy_encodings(f, vanban, tmp, samples):
    """A text saved as UTF-16 (with its byte-order mark) or in the
    Vietnamese Windows code page gives the record the UTF-8 file gives,
    saying what it was decoded from."""
    name = "cv-2026-ninh-binh-sct-pccc-cho.txt"
    text = open(os.path.join(samples, name), encoding="utf-8").read()
    want = one_json(checks.run(vanban, "extract", os.path.join(samples, name))[1])
    for encoding, data in (("utf-16le", b"\xff\xfe" + text.encode("utf-16-le")),
                           ("utf-16be", b"\xfe\xff" + text.encode("utf-16-be")),
                           ("windows-1258", cp1258(text)),
                           ("tcvn3", font_encoded(text, "tcvn3")),
                           ("vni", font_encoded(text, "vni"))):
        path = os.path.join(tmp, "legacy-" + encoding + ".txt")
        with open(path, "wb") as fh:
            fh.write(data)
        code, out, err = checks.run(vanban, "extract", path)
        rec = one_json(out) if code == 0 else {}
        f.check(rec.get("source", {}).get("encoding") == encoding, "%s: decoded (%s)" % (encoding, err.strip()))
        f.check(rec and rec["document"] == {**want["document"], "spans": rec["document"]["spans"]},
                "%s: the same document" % encoding)
        f.check(rec and [t["text"] for t in rec["tasks"]] == [t["text"] for t in want["tasks"]],
                "%s: the same tasks" % encoding)
    # A PDF typed in a TCVN3 font: its text layer turned into Unicode, and said.
    lines = [l for l in font_encoded(text, "tcvn3").split(b"\n") if l.strip() and l != b"||"]
    path = os.path.join(tmp, "legacy-tcvn3.pdf")
    with open(path, "wb") as fh:
        fh.write(pdf_of_lines(lines))
    code, out, err = checks.run(vanban, "extract", path)
    rec = one_json(out) if code == 0 else {}
    f.check(any(w["code"] == "legacy_font" for w in rec.get("warnings", [])),
            "TCVN3 PDF: converted, and said (%s)" % err.strip())
    for field in ("type", "number", "issued", "title", "issuer"):
        f.check(rec and rec["document"][field] == want["document"][field],
                "TCVN3 PDF: the same %s (%s)" % (field, rec and rec["document"][field]))


def check_exit_codes(f, vanban, good):
    # Usage errors are exactly 2 (CLI11's own codes were 105, 106, 109).
    for args in (["extract"], ["extract", "--format", "xml", good[0]], ["extract", "--bogus"],
                 ["extract", "-j", "0", good[0]], ["extract", "--resume", good[0]],
                 ["extract", "--shard", "4/3", good[0]], ["nothing"], []):
        code, out, err = checks.run(vanban, *args)
        f.check(code == 2 and out == "" and err, "usage %r: exit %d" % (args, code))
    code, out, _ = checks.run(vanban, "extract", "--help")
    f.check(code == 0 and "130 interrupted" in out, "help gives the exit statuses")
    code, out, err = checks.run(vanban, "extract", *good)
    f.check(code == 0 and err.startswith("vanban: 2 inputs: 2 done"), "good batch exit %d %r" % (code, err))


def check_interrupt(f, vanban, tmp, samples, N=150):
    # Ctrl-C: the documents in hand end whole, no more start, exit 130, and
    # --resume finishes. Many copies of a long text keep the batch busy.
    src = os.path.join(tmp, "many")
    os.makedirs(src)
    text = open(os.path.join(samples, "kh-2024-hai-phong-bcd-hien-mau.txt"), "rb").read()
    for i in range(N):
        with open(os.path.join(src, "%03d.txt" % i), "wb") as fh:
            fh.write(text * 20 + b"\n%d" % i)
    out_dir = os.path.join(tmp, "many-out")
    p = subprocess.Popen([vanban, "extract", "-j", "1", "-o", out_dir, src],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # Interrupt once the batch is under way (a fixed sleep raced start-up on a
    # loaded CI machine: the signal came before the lexicon had loaded).
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and p.poll() is None and not any(
            n.endswith(".json") for n in files_under(out_dir)):
        time.sleep(0.05)
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=120)
    written = [n for n in files_under(out_dir) if n.endswith(".json")]
    f.check(p.returncode == 130 and "interrupted" in err and "--resume" in err,
            "SIGINT: exit %d %r" % (p.returncode, err[-200:]))
    f.check(0 < len(written) < N, "SIGINT stopped the batch part way (%d written)" % len(written))
    for n in written:
        f.check(one_json(open(os.path.join(out_dir, n), encoding="utf-8").read().replace("\n", "")),
                "%s is whole" % n)
    code, _, err = checks.run(vanban, "extract", "-o", out_dir, "--resume", src, timeout=600)
    f.check(code == 0 and "%d inputs: %d done, %d skipped, 0 failed" % (N, N - len(written),
                                                                        len(written)) in err,
            "resume after SIGINT: %r" % err)


def main(argv):
    # Absolute: some runs below start in another directory.
    vanban = os.path.abspath(argv[1])
    samples, data, schema, error_schema = argv[2:6]
    validator = checks.load_validator(schema)
    error_validator = checks.load_validator(error_schema)
    f = checks.Failures()
    good = [os.path.join(samples, "qd-2025-phu-loc-ubnd-to-cong-tac-lua.txt"),
            os.path.join(samples, "cv-2026-ninh-binh-sct-pccc-cho.pdf")]
    with tempfile.TemporaryDirectory() as tmp:
        bad = make_bad_inputs(tmp, samples)
        bad["encrypted.pdf"] = os.path.join(data, "encrypted.pdf")
        check_bad_inputs(f, vanban, good, bad, validator, error_validator)
        check_output_dir(f, vanban, tmp, samples, good, bad)
        check_streams(f, vanban, tmp, samples, good)
        check_several_documents(f, vanban, tmp, samples, validator)
        check_legacy_encodings(f, vanban, tmp, samples)
        check_exit_codes(f, vanban, good)
        check_interrupt(f, vanban, tmp, samples)
    return f.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
