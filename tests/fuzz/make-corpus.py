#!/usr/bin/env python3
"""Seed corpora for the fuzz targets: whole documents (seeds, samples, fixtures, hostile
inputs) and single lines of the text documents, for the grammar targets."""
import hashlib
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parents[2]
out = pathlib.Path(sys.argv[1])
documents, lines = out / "documents", out / "lines"
documents.mkdir(parents=True, exist_ok=True)
lines.mkdir(parents=True, exist_ok=True)


def put(folder, data):
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


sources = [root / "seeds", root / "samples", root / "tests" / "fixtures", root / "tests" / "hostile"]
for base in sources:
    for path in sorted(base.rglob("*")):
        if not path.is_file() or path.stat().st_size > 2_000_000 or "expected" in path.parts:
            continue
        if path.suffix in (".json", ".csv", ".py", ".sh"):
            continue
        data = path.read_bytes()
        put(documents, data)
        if path.suffix in (".txt", ".md"):
            for line in data.splitlines():
                if line.strip():
                    put(lines, line.strip()[:512])
print(f"corpus: {len(list(documents.iterdir()))} documents, {len(list(lines.iterdir()))} lines")
