"""Helpers the script tests share: run vanban, validate against the schema."""
import json
import os
import subprocess

import jsonschema


def load_validator(schema_path):
    with open(schema_path, encoding="utf-8") as fh:
        schema = json.load(fh)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def run(vanban, *args, timeout=120):
    """(exit code, stdout, stderr) of one vanban run."""
    p = subprocess.run([vanban, *args], capture_output=True, text=True, timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def output_name(path, cwd=None):
    """Where `vanban extract -o DIR` puts PATH's output under DIR, less the
    extension: the path relative to the working directory, or without its
    root when outside it, ".." as "__" (tools/vanban/inputs.h)."""
    if path == "-":
        return "stdin"
    p = os.path.normpath(path)
    if os.path.isabs(p):
        rel = os.path.relpath(p, cwd or os.getcwd())
        p = rel if not rel.startswith("..") else p.lstrip("/")
    return "/".join("__" if part == ".." else part for part in p.split("/") if part not in ("", "."))


def schema_errors(validator, record):
    return ["%s: %s" % ("/".join(map(str, e.path)), e.message) for e in validator.iter_errors(record)]


class Failures:
    """Collects failed checks and prints a closing line ctest logs show."""

    def __init__(self):
        self.items = []
        self.checks = 0

    def check(self, ok, what):
        self.checks += 1
        if not ok:
            self.items.append(what)
            print("FAIL:", what)

    def finish(self):
        print("%d passed, %d failed" % (self.checks - len(self.items), len(self.items)))
        return 1 if self.items else 0
