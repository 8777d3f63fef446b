#!/usr/bin/env python3
"""Derives extractors/data/words.tsv, the word layer's table of Vietnamese
words and their classes, from the npm package @vntk/dictionary (MIT; its
licence is kept as extractors/data/words.LICENSE).

Usage: derive_words.py [PACKAGE.tgz] [OUT_DIR]

Without a tarball the package is fetched with `npm pack @vntk/dictionary`.
The package's dictionary.json gives, per word, its senses with a VLSP part
of speech; a row here is "word<TAB>classes", the classes being the distinct
letters of its senses among N (noun), V (verb), A (adjective), R (adverb),
E (preposition), C (conjunction), P (pronoun), M (numeral). Words are
lower-case and NFC; words with none of these classes, and entries that are
not plain words (digits, punctuation, a capital: names, abbreviations), are
left out. The administrative words this dictionary lacks or classes other-
wise are in admin_words.tsv, kept by hand.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

CLASSES = "NVAREPCM"
PACKAGE = "@vntk/dictionary"
# One to four syllables of Vietnamese letters (a hyphen joins a loan word's
# syllables: "ki-lô-gam" is left out with the rest of such words).
WORD = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+){0,3}$")


def fetch(tmp):
    out = subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True,
                         capture_output=True, text=True).stdout.split()
    return os.path.join(tmp, out[-1])


def read_package(tgz):
    with tarfile.open(tgz) as tar:
        dictionary = json.load(tar.extractfile("package/data/dictionary.json"))
        licence = tar.extractfile("package/LICENSE").read().decode("utf-8")
        meta = json.load(tar.extractfile("package/package.json"))
    return dictionary, licence, meta["version"]


def rows(dictionary):
    out = {}
    for word, senses in dictionary.items():
        word = unicodedata.normalize("NFC", word.strip())
        if not WORD.match(word) or word != word.lower():
            continue
        classes = {s.get("pos", "").upper() for s in senses} & set(CLASSES)
        if classes:
            out.setdefault(word, set()).update(classes)
    return sorted((w, "".join(c for c in CLASSES if c in cs)) for w, cs in out.items())


def main(argv):
    out_dir = argv[2] if len(argv) > 2 else os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "extractors", "data")
    with tempfile.TemporaryDirectory() as tmp:
        tgz = argv[1] if len(argv) > 1 else fetch(tmp)
        dictionary, licence, version = read_package(tgz)
    table = rows(dictionary)
    with open(os.path.join(out_dir, "words.tsv"), "w", encoding="utf-8") as f:
        f.write(f"# Vietnamese words and their classes, derived by tools/derive_words.py from\n"
                f"# {PACKAGE} {version} (MIT, see words.LICENSE): N noun, V verb,\n"
                f"# A adjective, R adverb, E preposition, P pronoun, C conjunction, M numeral.\n")
        for word, classes in table:
            f.write(f"{word}\t{classes}\n")
    with open(os.path.join(out_dir, "words.LICENSE"), "w", encoding="utf-8") as f:
        f.write(f"words.tsv is derived from the npm package {PACKAGE} {version}, under this licence:\n\n")
        f.write(licence)
    print(f"{len(table)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
