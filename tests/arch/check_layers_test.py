#!/usr/bin/env python3
"""The layers check catches an upward include and passes a downward one."""
import os
import subprocess
import sys
import tempfile

check = sys.argv[1]

LAYERS = "base\tpipeline/base\t\nlanguage\tpipeline/language\tbase\ncore\tpipeline/runner\tbase,language\n"


def run(files):
    with tempfile.TemporaryDirectory() as d:
        for path, text in files.items():
            os.makedirs(os.path.dirname(os.path.join(d, path)), exist_ok=True)
            with open(os.path.join(d, path), "w") as f:
                f.write(text)
        with open(os.path.join(d, "layers.tsv"), "w") as f:
            f.write(LAYERS)
        return subprocess.run([sys.executable, check, d, os.path.join(d, "layers.tsv")],
                              capture_output=True, text=True)


fails = 0
down = run({"pipeline/language/a.cc": '#include "pipeline/base/b.h"\n',
            "pipeline/runner.cc": '#include "pipeline/language/a.h"\n'})
if down.returncode != 0:
    print("downward includes were refused:", down.stdout)
    fails += 1
up = run({"pipeline/base/b.cc": '#include "pipeline/language/a.h"\n'})
if up.returncode == 0 or "base may not use language" not in up.stdout:
    print("an upward include passed:", up.stdout)
    fails += 1
runner = run({"pipeline/language/a.cc": '#include "pipeline/runner.h"\n'})
if runner.returncode == 0:
    print("an include of the runner from a stage passed:", runner.stdout)
    fails += 1
print(f"{3 - fails} passed, {fails} failed")
sys.exit(1 if fails else 0)
