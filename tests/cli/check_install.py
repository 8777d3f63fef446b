#!/usr/bin/env python3
"""`cmake --install` into a fresh prefix gives a vanban that runs from any
directory: it finds its data beside itself (share/vanban/data), not in the
source tree, and the man page and schemas are installed.

Usage: check_install.py CMAKE BUILD_DIR SAMPLE
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import checks  # noqa: E402


def main(argv):
    cmake, build, sample = argv[1:4]
    f = checks.Failures()
    with tempfile.TemporaryDirectory() as prefix:
        p = subprocess.run([cmake, "--install", build, "--prefix", prefix], capture_output=True,
                           text=True)
        f.check(p.returncode == 0, "install: %s" % p.stderr[-300:])
        for rel in ("bin/vanban", "share/vanban/data/document_types.tsv",
                    "share/vanban/schemas/vanban-1.schema.json", "share/man/man1/vanban.1"):
            f.check(os.path.exists(os.path.join(prefix, rel)), "installed %s" % rel)
        env = {k: v for k, v in os.environ.items() if k != "VANBAN_DATA_DIR"}
        with tempfile.TemporaryDirectory() as elsewhere:
            p = subprocess.run([os.path.join(prefix, "bin", "vanban"), "extract", "--jsonl",
                                os.path.abspath(sample)], capture_output=True, text=True,
                               cwd=elsewhere, env=env)
            f.check(p.returncode == 0, "installed binary runs: %s" % p.stderr)
            if p.returncode == 0:
                f.check(json.loads(p.stdout)["document"]["type"], "a record with a type")
            # Its data is the installed copy: a broken source-tree path would
            # not be noticed otherwise.
            p = subprocess.run(["strace", "-f", "-e", "trace=openat",
                                os.path.join(prefix, "bin", "vanban"), "extract",
                                os.path.abspath(sample)], capture_output=True, text=True,
                               cwd=elsewhere, env=env) if has_strace() else None
            if p is not None:
                opened = [l for l in p.stderr.splitlines() if "document_types.tsv" in l]
                f.check(opened and all(prefix in l for l in opened), "data read from %r" % opened)
    return f.finish()


def has_strace():
    return any(os.access(os.path.join(d, "strace"), os.X_OK)
               for d in os.environ.get("PATH", "").split(os.pathsep))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
