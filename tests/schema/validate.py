#!/usr/bin/env python3
"""Validates every expected JSON output under the given folders (their expected/ folders)
against the JSON Schema; with --parse BIN, also the output BIN gives for every document in
the folders after it (the reader fixtures: spans with pages and paragraphs).
Usage: validate.py SCHEMA FOLDER... [--parse BIN FOLDER...]
Fails when a file does not validate, or when there is nothing to validate."""
import glob
import json
import os
import subprocess
import sys

import jsonschema


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    args = sys.argv[2:]
    parsed = []
    if "--parse" in args:
        at = args.index("--parse")
        binary, parsed, args = args[at + 1], args[at + 2:], args[:at]
    documents = []  # (name, JSON)
    for folder in args:
        for path in sorted(glob.glob(os.path.join(folder, "expected", "*.json"))):
            documents.append((path, json.load(open(path, encoding="utf-8"))))
    for folder in parsed:
        for path in sorted(glob.glob(os.path.join(folder, "*.*"))):
            out = subprocess.run([binary, "parse", path], capture_output=True, check=True)
            documents.append((path, json.loads(out.stdout)))
    checked, bad = 0, 0
    for path, doc in documents:
        checked += 1
        errors = sorted(validator.iter_errors(doc), key=str)
        for e in errors[:5]:
            print(f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
        bad += bool(errors)
    print(f"{checked} file(s) checked, {bad} invalid")
    return 1 if bad or not checked else 0


if __name__ == "__main__":
    sys.exit(main())
