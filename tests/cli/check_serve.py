#!/usr/bin/python3
"""`vanban serve` on a loopback port, under load and abuse.

- health and version answer;
- 8 clients × 25 requests, sent at once, of the samples' documents (and
  the dev corpus's texts and PDFs when ../shared is there): every response
  is the CLI's record for that document (same JSON, schema-valid) or a 503
  with Retry-After, after which the client waits and sends it again; every
  request ends with exactly one record; the service and its workers stay
  under 1.5 GB of memory the whole time;
- bad requests get their status, with a vanban-error/1 record: an empty
  body 400, an unknown format 400, garbage 422 with the message the CLI
  gives, a 200 MB body 413, PDF bombs (tests/badinput) a record or 422,
  clients that send their headers a byte at a time (slow loris) 400 once
  they stall, 200 idle connections wait in the kernel's backlog beyond what
  the service's threads and their waiting room take — and while
  all that goes on, a plain request still gets 200;
- a request whose time runs out (--request-timeout) gets 504 with what
  was read, or an error record;
- SIGTERM while scans are being read: every request in hand gets its
  record, the service exits 0, and then refuses connections.

Figures (requests/s, latencies) are tools/bench_serve.py's, not this test's.

Usage: check_serve.py VANBAN SAMPLES_DIR RENDER_SCAN SCHEMA ERROR_SCHEMA SHARED_DIR
"""
import glob
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "badinput"))
import checks  # noqa: E402
import make_bad_inputs  # noqa: E402

CLIENTS, REQUESTS = 8, 25
# Idle connections opened at once against --connections 16: the service
# takes as many as its threads serve and as many again to wait, and a few
# sockets of its own (listening, its workers'); the rest stay in the
# kernel's backlog.
FLOOD, CONNECTIONS = 200, 16
FLOOD_TAKEN_LIMIT = 2 * CONNECTIONS + 16
MEMORY_LIMIT = 1536 << 20


class Server:
    def __init__(self, vanban, *flags):
        self.proc = subprocess.Popen([vanban, "serve", "--port", "0", *flags],
                                     stderr=subprocess.PIPE, text=True)
        line = self.proc.stderr.readline()
        if "serving on" not in line:
            raise RuntimeError("vanban serve did not start: " + line)
        self.port = int(line.split("http://", 1)[1].split(":")[1].split()[0])
        # Keep reading its standard error so that it never blocks on it.
        self.log = []
        threading.Thread(target=lambda: self.log.extend(self.proc.stderr), daemon=True).start()

    def request(self, method, path, body=None, headers=None, timeout=300):
        """(status, headers, body bytes)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            r = conn.getresponse()
            return r.status, dict(r.getheaders()), r.read()
        finally:
            conn.close()

    def extract(self, path, name, fmt="json"):
        with open(path, "rb") as fh:
            body = fh.read()
        query = urllib.parse.urlencode({"name": name, "format": fmt})
        return self.request("POST", "/v1/extract?" + query, body)

    def memory(self):
        """Resident bytes of the service and its worker processes."""
        total = 0
        for pid in [self.proc.pid] + children(self.proc.pid):
            try:
                with open("/proc/%d/statm" % pid) as fh:
                    total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            except OSError:
                pass
        return total


def socket_count(pid):
    """The sockets process `pid` holds open."""
    count = 0
    for fd in os.listdir("/proc/%d/fd" % pid):
        try:
            count += os.readlink("/proc/%d/fd/%s" % (pid, fd)).startswith("socket:")
        except OSError:
            pass
    return count


def children(pid):
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as fh:
                    if int(fh.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except OSError:
                pass
    return found


def documents(samples, shared):
    docs = sorted(glob.glob(os.path.join(samples, "*.txt")) + glob.glob(os.path.join(samples, "*.pdf")))
    dev = os.path.join(shared, "corpus", "dev")
    if os.path.isdir(dev):
        docs += sorted(p for p in glob.glob(os.path.join(dev, "*.txt")) if not p.endswith(".gt.txt"))
        docs += sorted(p for p in glob.glob(os.path.join(dev, "*.pdf"))
                       if not p.endswith((".scan.pdf", ".hard.pdf")))
    return docs


def cli_records(vanban, docs):
    out = subprocess.run([vanban, "extract", "-q", "--jsonl", *docs], capture_output=True,
                         text=True, timeout=600).stdout
    return {r["source"]["file"]: r for r in map(json.loads, out.splitlines())}


def check_load(f, server, docs, expected, validator):
    results = []  # (client, request, status of each try)
    peak = [0]
    stop = threading.Event()

    def watch():
        while not stop.is_set():
            peak[0] = max(peak[0], server.memory())
            time.sleep(0.2)

    def client(c, barrier):
        barrier.wait()
        for n in range(REQUESTS):
            doc = docs[(c * REQUESTS + n) % len(docs)]
            tries = []
            for _ in range(60):
                status, headers, body = server.extract(doc, doc)
                tries.append(status)
                if status != 503:
                    break
                retry = headers.get("Retry-After", "")
                f.check(retry.isdigit() and int(retry) >= 1,
                        "a 503 says when to retry (Retry-After: %r)" % retry)
                time.sleep(min(int(retry) if retry.isdigit() else 1, 2))
            ok = status == 200
            record = json.loads(body) if ok else None
            f.check(ok, "%s: 200 at last (tries: %s)" % (doc, tries))
            if ok:
                errors = checks.schema_errors(validator, record)
                f.check(not errors, "%s: valid record %s" % (doc, errors[:2]))
                f.check(record == expected[doc], "%s: the service's record is the CLI's" % doc)
            results.append((c, n, tries))

    barrier = threading.Barrier(CLIENTS)
    threads = [threading.Thread(target=client, args=(c, barrier)) for c in range(CLIENTS)]
    watcher = threading.Thread(target=watch)
    watcher.start()
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    watcher.join()
    seconds = time.monotonic() - start
    refused = sum(tries.count(503) for _, _, tries in results)
    f.check(len(results) == CLIENTS * REQUESTS and
            len({(c, n) for c, n, _ in results}) == CLIENTS * REQUESTS,
            "every request answered once (%d of %d)" % (len(results), CLIENTS * REQUESTS))
    f.check(refused > 0, "a full queue answers 503 (%d times)" % refused)
    f.check(peak[0] < MEMORY_LIMIT, "memory stays bounded: peak %d MB" % (peak[0] >> 20))
    print("load: %d requests in %.1f s, %d answered 503 first, peak memory %d MB" %
          (len(results), seconds, refused, peak[0] >> 20))


def slow_loris(port, n, stop):
    """n connections that send a request line a byte at a time until
    `stop`, then stall; returns what each received."""
    received = [b""] * n

    def one(i):
        s = socket.create_connection(("127.0.0.1", port))
        try:
            for ch in b"POST /v1/extract HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 1000:
                if stop.is_set():
                    break
                s.send(bytes([ch]))
                time.sleep(0.3)
            s.settimeout(30)
            received[i] = s.recv(4096)
        except OSError as e:
            received[i] = str(e).encode()
        finally:
            s.close()

    threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    return threads, received


def check_bad_requests(f, server, vanban, samples, work, validator, error_validator, plain):
    def error_of(body, what):
        try:
            record = json.loads(body)
        except ValueError:
            f.check(False, what + ": an error record, not %r" % body[:80])
            return {}
        errors = checks.schema_errors(error_validator, record)
        f.check(not errors, what + ": a valid error record %s" % errors[:2])
        return record.get("error", {})

    stop = threading.Event()
    loris, received = slow_loris(server.port, 8, stop)
    status, _, body = server.request("POST", "/v1/extract", b"")
    f.check(status == 400 and error_of(body, "empty body")["code"] == "bad_request",
            "an empty body gets 400 (%d)" % status)
    status, _, body = server.request("POST", "/v1/extract?format=pdf", b"x")
    f.check(status == 400, "an unknown format gets 400 (%d)" % status)
    garbage = os.path.join(work, "garbage.bin")
    with open(garbage, "wb") as fh:
        fh.write(bytes(range(256)) * 64)
    status, _, body = server.extract(garbage, "garbage.bin")
    cli = subprocess.run([vanban, "extract", garbage], capture_output=True, text=True).stderr
    message = error_of(body, "garbage").get("message", "")
    f.check(status == 422 and message and message in cli,
            "garbage gets 422 with the CLI's message (%d %r; CLI: %r)" % (status, message, cli.strip()))
    status = big_body(server.port, 200 << 20)
    f.check(status == 413, "a 200 MB body gets 413 (%s)" % status)
    bombs = make_bad_inputs.pdf_inputs(samples, __import__("random").Random(24))
    for name in ("pdf-flate-bomb-content.pdf", "pdf-image-flate-bomb.pdf",
                 "pdf-image-declaring-10e14-pixels.pdf", "pdf-deep-arrays.pdf"):
        status, _, body = server.request("POST", "/v1/extract?name=" + name, bombs[name])
        if status == 200:
            errors = checks.schema_errors(validator, json.loads(body))
            f.check(not errors, "%s: a valid record %s" % (name, errors[:2]))
        else:
            f.check(status == 422, "%s: a record or 422 (%d)" % (name, status))
            error_of(body, name)
    # A flood of idle connections, more than the service has threads and
    # room for: they wait in the kernel's backlog, the threads stay few.
    flood = []
    for _ in range(FLOOD):
        sock = socket.socket()
        sock.setblocking(False)
        sock.connect_ex(("127.0.0.1", server.port))  # no waiting for the handshake
        flood.append(sock)
    time.sleep(1)
    taken = socket_count(server.proc.pid)
    f.check(taken <= FLOOD_TAKEN_LIMIT,
            "%d idle connections: the service took %d (at most %d), the rest wait outside it" %
            (FLOOD, taken, FLOOD_TAKEN_LIMIT))
    for sock in flood:
        sock.close()
    # The slow clients still hold their connections: others are served.
    status, _, body = server.extract(plain, plain)
    f.check(status == 200, "a plain request is served while slow clients hang on (%d)" % status)
    stop.set()
    for t in loris:
        t.join()
    f.check(all(r.startswith(b"HTTP/1.1 400") for r in received),
            "slow clients get 400 once they stall (%s)" % sorted({r[:20] for r in received}))


def big_body(port, size):
    """Sends a body of `size` zero bytes; the status, or the error."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        conn.putrequest("POST", "/v1/extract")
        conn.putheader("Content-Length", str(size))
        conn.endheaders()
        chunk = b"\0" * (1 << 20)
        try:
            for _ in range(size // len(chunk)):
                conn.send(chunk)
        except OSError:
            pass  # the service may answer and close before the body ends
        return conn.getresponse().status
    except (OSError, http.client.HTTPException) as e:
        return repr(e)
    finally:
        conn.close()


def scans_of(render_scan, samples, work):
    """Two scans of a two-page sample: seconds of OCR each."""
    scans = []
    for i, level in enumerate(("mild", "hard")):
        out = os.path.join(work, "scan-%d.pdf" % i)
        subprocess.run(["/usr/bin/python3", render_scan,
                        os.path.join(samples, "qd-2025-phu-loc-ubnd-to-cong-tac-lua.pdf"), out,
                        "--level", level], check=True, timeout=300)
        scans.append(out)
    return scans


def check_deadline(f, vanban, scans, validator, error_validator):
    """A request whose time runs out gets 504 with what was read."""
    server = Server(vanban, "-j", "1", "--request-timeout", "1")
    status, _, body = server.extract(scans[0], scans[0])
    record = json.loads(body) if body else {}
    valid = validator if record.get("schema") == "vanban/1" else error_validator
    f.check(status == 504, "a request out of time gets 504 (%d)" % status)
    f.check(not checks.schema_errors(valid, record), "its body is a record or an error record")
    if record.get("schema") == "vanban/1":
        f.check(any(w["code"] in ("document_timeout", "ocr_timeout") for w in record["warnings"]),
                "the record says its reading ran out of time")
    server.proc.send_signal(signal.SIGTERM)
    server.proc.wait(timeout=120)


def check_sigterm(f, vanban, scans, validator):
    server = Server(vanban, "-j", "2", "--queue", "2")
    results = [None] * 4

    def send(i):
        try:
            results[i] = server.extract(scans[i % 2], scans[i % 2])
        except OSError as e:
            results[i] = (repr(e), {}, b"")

    threads = [threading.Thread(target=send, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    # Once both readers are at work, ask the service to stop.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        status, _, body = server.request("GET", "/v1/health")
        if json.loads(body)["reading"] >= 2 and json.loads(body)["waiting"] >= 2:
            break
        time.sleep(0.05)
    server.proc.send_signal(signal.SIGTERM)
    for t in threads:
        t.join()
    code = server.proc.wait(timeout=120)
    for i, (status, _, body) in enumerate(results):
        ok = status == 200
        f.check(ok, "request %d in hand at SIGTERM gets its record (%s)" % (i, status))
        if ok:
            errors = checks.schema_errors(validator, json.loads(body))
            f.check(not errors, "request %d: a valid record %s" % (i, errors[:2]))
    f.check(code == 0, "the service exits 0 after SIGTERM (%d)" % code)
    try:
        socket.create_connection(("127.0.0.1", server.port), timeout=2).close()
        refused = False
    except OSError:
        refused = True
    f.check(refused, "after it, connections are refused")


def main(argv):
    vanban, samples, render_scan, schema, error_schema, shared = argv[1:7]
    validator = checks.load_validator(schema)
    error_validator = checks.load_validator(error_schema)
    work = tempfile.mkdtemp()
    f = checks.Failures()
    docs = documents(samples, shared)
    expected = cli_records(vanban, docs)
    f.check(len(expected) == len(docs), "the CLI reads every document (%d of %d)" %
            (len(expected), len(docs)))

    server = Server(vanban, "-j", "2", "--queue", "2", "--read-timeout", "2",
                    "--max-body", str(32 << 20), "--connections", str(CONNECTIONS))
    status, _, body = server.request("GET", "/v1/health")
    f.check(status == 200 and json.loads(body)["status"] == "ok", "health answers (%d)" % status)
    status, _, body = server.request("GET", "/v1/version")
    f.check(status == 200 and json.loads(body)["name"] == "vanban", "version answers (%d)" % status)
    check_load(f, server, docs, expected, validator)
    check_bad_requests(f, server, vanban, samples, work, validator, error_validator, docs[0])
    server.proc.send_signal(signal.SIGTERM)
    f.check(server.proc.wait(timeout=60) == 0, "an idle service stops at SIGTERM")
    scans = scans_of(render_scan, samples, work)
    check_deadline(f, vanban, scans, validator, error_validator)
    check_sigterm(f, vanban, scans, validator)
    return f.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
