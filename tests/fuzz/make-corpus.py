#!/usr/bin/env python3
"""Seed corpora for the fuzz targets: whole documents (seeds, samples, fixtures, hostile
inputs), single lines of the text documents, for the grammar targets, and batch manifests."""
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
# Manifests as batches write them (docs/batch-state.md): converted and forgotten inputs,
# replaced lines, escaped characters, a last line cut short.
manifests = out / "manifests"
manifests.mkdir(parents=True, exist_ok=True)
sha = "0123456789abcdef" * 4
plus = "+\t{}\t{}\t" + sha + "\t0.9.0\t1.4\t{}.json\t{}.md\t.minutes/rows/{}.rows\t\n"
put(manifests, b"minutes-manifest 1\n")
put(manifests, ("minutes-manifest 1\n" + plus.format("in/a.txt", 10, "a", "a", "aa")
                + plus.format("in/b.md", 20, "b", "b", "bb") + "-\tin/a.txt\n"
                + plus.format("in/b.md", 21, "b", "b", "bb")).encode())
put(manifests, ("minutes-manifest 1\n" + plus.format("in/tab\\there\\\\x.txt", 5, "t", "t", "tt")
                + plus.format("in/c.txt", 7, "c", "c", "cc")[:40]).encode())
print(f"corpus: {len(list(documents.iterdir()))} documents, {len(list(lines.iterdir()))} lines, "
      f"{len(list(manifests.iterdir()))} manifests")
