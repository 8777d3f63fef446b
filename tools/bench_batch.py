#!/usr/bin/env python3
"""What reading a batch in worker processes costs: the same inputs through
`vanban extract -o DIR` with worker processes (the default for several
inputs) and with --in-process, alternating, REPEAT times each; prints the
median wall time of each and the difference per document.

    tools/bench_batch.py VANBAN INPUT... [--repeat N] [-j N]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time


def run(vanban, inputs, extra, jobs):
    out = tempfile.mkdtemp()
    start = time.monotonic()
    subprocess.run([vanban, "extract", "-q", "-j", str(jobs), "-o", out, *extra, *inputs],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.monotonic() - start
    shutil.rmtree(out)
    return seconds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("vanban")
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    workers, alone = [], []
    for _ in range(args.repeat):
        workers.append(run(args.vanban, args.inputs, [], args.j))
        alone.append(run(args.vanban, args.inputs, ["--in-process"], args.j))
    n = sum(len(files) for _, _, files in os.walk(args.inputs[0])) if os.path.isdir(
        args.inputs[0]) and len(args.inputs) == 1 else len(args.inputs)
    w, a = statistics.median(workers), statistics.median(alone)
    print("%d inputs, -j%d, median of %d" % (n, args.j, args.repeat))
    print("worker processes: %.2f s" % w)
    print("in-process:       %.2f s" % a)
    print("difference:       %+.2f s (%+.1f%%, %+.1f ms a document)" % (w - a, 100 * (w - a) / a,
                                                                     1000 * (w - a) / n))


if __name__ == "__main__":
    main()
