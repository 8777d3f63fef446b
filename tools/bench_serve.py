#!/usr/bin/env python3
"""What `vanban serve` sustains: CLIENTS clients send REQUESTS documents
each (round-robin over INPUTs), all at once, to a service with -j JOBS;
a 503 is waited out (Retry-After) and sent again. Prints requests per
second, p50/p99 latency of the answered requests, and the 503 count; then,
as the peer, the same documents once each through `vanban extract -o` (a
batch in worker processes), in documents per second.

    tools/bench_serve.py VANBAN INPUT... [--clients 8] [--requests 25] [-j N] [--queue N]
"""
import argparse
import http.client
import os
import shutil
import statistics
import subprocess
import tempfile
import threading
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("vanban")
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=25)
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--queue", type=int, default=None)
    args = ap.parse_args()
    bodies = [open(p, "rb").read() for p in args.inputs]
    flags = ["-j", str(args.j)] + (["--queue", str(args.queue)] if args.queue is not None else [])
    proc = subprocess.Popen([args.vanban, "serve", "--port", "0", *flags],
                            stderr=subprocess.PIPE, text=True)
    port = int(proc.stderr.readline().split("http://", 1)[1].split(":")[1].split()[0])
    latencies, refused = [], [0]
    lock = threading.Lock()

    def client(c, barrier):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        barrier.wait()
        for n in range(args.requests):
            body = bodies[(c * args.requests + n) % len(bodies)]
            start = time.monotonic()
            while True:
                conn.request("POST", "/v1/extract", body=body)
                r = conn.getresponse()
                r.read()
                if r.status != 503:
                    break
                with lock:
                    refused[0] += 1
                conn.close()
                time.sleep(int(r.getheader("Retry-After", "1")))
            with lock:
                latencies.append(time.monotonic() - start)

    barrier = threading.Barrier(args.clients)
    threads = [threading.Thread(target=client, args=(c, barrier)) for c in range(args.clients)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.monotonic() - start
    proc.terminate()
    proc.wait()
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))]
    print("vanban serve -j %d: %d requests in %.1f s: %.1f requests/s; latency p50 %.0f ms, "
          "p99 %.0f ms (503 waits included); %d answers were 503" %
          (args.j, len(latencies), seconds, len(latencies) / seconds,
           1000 * statistics.median(latencies), 1000 * p99, refused[0]))
    out = tempfile.mkdtemp()
    start = time.monotonic()
    subprocess.run([args.vanban, "extract", "-q", "-j", str(args.j), "-o", out, *args.inputs],
                   check=False)
    batch = time.monotonic() - start
    shutil.rmtree(out)
    print("peer, vanban extract -o (one batch): %d documents in %.1f s: %.1f documents/s" %
          (len(args.inputs), batch, len(args.inputs) / batch))


if __name__ == "__main__":
    main()
