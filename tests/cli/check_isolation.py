#!/usr/bin/python3
"""A batch reads its documents in worker processes: a worker killed in the
middle of a document (as a library's abort would end it) costs that
document alone, which gets the error record worker_crashed; every other
input gets the record an in-process run gives, and the batch ends with
exit 1.

Usage: check_isolation.py VANBAN SAMPLES_DIR RENDER_SCAN SCHEMA ERROR_SCHEMA
"""
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import checks  # noqa: E402

SCANNED = "qd-2025-phu-loc-ubnd-to-cong-tac-lua.pdf"


def workers_of(pid):
    """The pids of `pid`'s worker processes."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as fh:
                parent = int(fh.read().rsplit(")", 1)[1].split()[1])
            with open("/proc/%s/cmdline" % entry, "rb") as fh:
                cmdline = fh.read()
        except OSError:
            continue
        if parent == pid and b"--worker" in cmdline:
            found.append(int(entry))
    return found


def by_file(out):
    records = {}
    for line in out.splitlines():
        r = json.loads(line)
        records[r["source"]["file"]] = r
    return records


def main(argv):
    vanban, samples, render_scan, schema, error_schema = argv[1:6]
    validator = checks.load_validator(schema)
    error_validator = checks.load_validator(error_schema)
    f = checks.Failures()
    tmp = tempfile.mkdtemp()
    # Two scans first: each takes seconds of OCR, so both workers are in the
    # middle of one when the test kills a worker.
    scans = []
    for i in range(2):
        path = os.path.join(tmp, "scan-%d.pdf" % i)
        subprocess.run([render_scan, os.path.join(samples, SCANNED), path, "--level", "mild",
                        "--seed", str(i)], check=True, capture_output=True)
        scans.append(path)
    texts = sorted(os.path.join(samples, n) for n in os.listdir(samples) if n.endswith(".txt"))
    inputs = scans + texts
    args = [vanban, "extract", "-q", "-j2", "--jsonl"]

    proc = subprocess.Popen(args + inputs, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    workers = []
    deadline = time.monotonic() + 20
    while len(workers) < 2 and time.monotonic() < deadline:
        workers = workers_of(proc.pid)
        time.sleep(0.05)
    f.check(len(workers) == 2, "two worker processes for -j2, saw %s" % workers)
    time.sleep(1.0)  # both are reading a scan now
    if workers:
        os.kill(workers[0], signal.SIGKILL)
    out, err = proc.communicate(timeout=300)
    f.check(proc.returncode == 1, "exit %d, want 1 (one input failed)" % proc.returncode)
    records = by_file(out)
    f.check(sorted(records) == sorted(inputs), "every input has a record: %s" % sorted(records))
    crashed = [p for p, r in records.items() if r.get("schema") == "vanban-error/1"]
    f.check(len(crashed) == 1 and crashed[0] in scans, "one scan failed: %s" % crashed)
    for path in crashed:
        error = records[path]["error"]
        f.check(error["code"] == "worker_crashed" and "signal 9" in error["message"],
                "the failure says what happened: %r" % error)
        f.check(not checks.schema_errors(error_validator, records[path]), "error record schema")
    lines = [l for l in err.splitlines() if l.strip()]
    f.check(len(lines) == 1 and crashed and lines[0].startswith("vanban: " + crashed[0]),
            "one error line: %r" % err)

    # The others are what an in-process run makes of them.
    code, alone, _ = checks.run(vanban, "extract", "-q", "-j2", "--jsonl", "--in-process", *inputs,
                                timeout=300)
    f.check(code == 0, "in-process run exit %d" % code)
    expected = by_file(alone)
    for path, record in records.items():
        if path in crashed:
            continue
        f.check(not checks.schema_errors(validator, record), "%s: schema" % path)
        f.check(record == expected.get(path), "%s: same record as in-process" % path)

    # After the batch no worker is left behind.
    f.check(not workers_of(proc.pid), "workers outlive the batch")
    for p in scans:
        os.remove(p)
    os.rmdir(tmp)
    return f.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
