#!/usr/bin/env python3
"""Fails when a file includes a header of a stage its own stage may not use.

Usage: check_layers.py SOURCE_DIR LAYERS_TSV

LAYERS_TSV is written by CMake's vanban_stage(): one line per stage,
"name<TAB>path prefix<TAB>stages it may use (comma-separated)". A file
belongs to the stage whose path prefix is the longest that starts its path;
it may include its own stage's headers and those of the stages listed for
it. Files of no stage (tools/, tests/) may include anything.
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def load_layers(path):
    layers = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            name, prefix, uses = line.rstrip("\n").split("\t")
            layers[name] = (prefix, set(filter(None, uses.split(","))))
    return layers


def stage_of(path, layers):
    best = None
    for name, (prefix, _) in layers.items():
        if path == prefix or path.startswith(prefix + "/") or path.startswith(prefix + "."):
            if best is None or len(prefix) > len(layers[best][0]):
                best = name
    return best


def violations(source_dir, layers):
    found = []
    for top in sorted({p.split("/")[0] for p, _ in layers.values()}):
        for root, _, files in os.walk(os.path.join(source_dir, top)):
            for name in sorted(files):
                if not name.endswith((".h", ".cc")):
                    continue
                full = os.path.join(root, name)
                rel = os.path.relpath(full, source_dir)
                own = stage_of(rel, layers)
                if own is None:
                    continue
                allowed = layers[own][1] | {own}
                with open(full, encoding="utf-8") as f:
                    text = f.read()
                for inc in INCLUDE.findall(text):
                    target = stage_of(inc, layers)
                    if target is not None and target not in allowed:
                        found.append(f"{rel}: includes {inc} ({own} may not use {target})")
    return found


def main():
    source_dir, layers_file = sys.argv[1], sys.argv[2]
    layers = load_layers(layers_file)
    if len(layers) < 2:
        print(f"no stages in {layers_file}")
        return 1
    bad = violations(source_dir, layers)
    for line in bad:
        print(line)
    print(f"{len(layers)} stages checked, {len(bad)} upward includes")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
