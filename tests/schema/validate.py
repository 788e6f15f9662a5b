#!/usr/bin/env python3
"""Validates every expected JSON output under the given folders (their expected/ folders)
against the JSON Schema. Usage: validate.py SCHEMA FOLDER...
Fails when a file does not validate, or when there is nothing to validate."""
import glob
import json
import os
import sys

import jsonschema


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    checked, bad = 0, 0
    for folder in sys.argv[2:]:
        for path in sorted(glob.glob(os.path.join(folder, "expected", "*.json"))):
            checked += 1
            errors = sorted(validator.iter_errors(json.load(open(path, encoding="utf-8"))), key=str)
            for e in errors[:5]:
                print(f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
            bad += bool(errors)
    print(f"{checked} file(s) checked, {bad} invalid")
    return 1 if bad or not checked else 0


if __name__ == "__main__":
    sys.exit(main())
