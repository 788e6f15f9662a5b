#!/usr/bin/env python3
"""Every reader gives the same facts as the text path. For each folder of fixtures under
tests/fixtures (the seeds and some samples rendered as Markdown, HTML, DOCX and PDF, with the
script that made them), scores the fixtures against their gold and the text originals of the
same documents against theirs, and fails when a format's F1 for attendance, items,
resolutions or actions differs from the text figure by more than the tolerance.

Usage: check_formats.py path/to/minutes PROJECT_ROOT
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

FORMATS = ["markdown", "html", "docx", "pdf"]
FIELDS = ["attendance", "items", "resolutions", "actions"]
TOLERANCE = 0.02


def score(root, binary, gold, docs):
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        subprocess.run([sys.executable, os.path.join(root, "tools", "score.py"), "--gold", gold,
                        "--docs", docs, "--bin", binary, "--json", report.name],
                       check=True, stdout=subprocess.DEVNULL)
        return json.load(open(report.name))


def text_twins(root, names, work):
    """Gold and text originals of the fixtures' documents, gathered in `work`."""
    gold, docs = os.path.join(work, "gold"), os.path.join(work, "docs")
    os.makedirs(gold)
    os.makedirs(docs)
    for name in names:
        for folder in ("seeds", "samples"):
            path = os.path.join(root, folder, "gold", name)
            if not os.path.exists(path):
                continue
            shutil.copy(path, gold)
            source = json.load(open(path))["source"]
            os.symlink(os.path.join(root, folder, source), os.path.join(docs, source))
            break
        else:
            raise SystemExit(f"no text original with gold {name}")
    return gold, docs


def facts(doc):
    """A gold document without what differs between formats: its source and lines."""
    if isinstance(doc, dict):
        return {k: facts(v) for k, v in doc.items() if k not in ("source", "line")}
    if isinstance(doc, list):
        return [facts(v) for v in doc]
    return doc


def drifted(root, folder, names):
    """Gold copies whose facts no longer match the text gold (run tests/fixtures/sync-gold.sh)."""
    out = []
    for name in names:
        for home in ("seeds", "samples"):
            path = os.path.join(root, home, "gold", name)
            if os.path.exists(path):
                if facts(json.load(open(path))) != facts(json.load(open(os.path.join(folder, "gold", name)))):
                    out.append(name)
                break
    return out


def main():
    binary, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    failed = False
    for fmt in FORMATS:
        folder = os.path.join(root, "tests", "fixtures", fmt)
        names = sorted(n for n in os.listdir(os.path.join(folder, "gold")) if n.endswith(".json"))
        rendered = score(root, binary, os.path.join(folder, "gold"), folder)
        with tempfile.TemporaryDirectory() as work:
            text = score(root, binary, *text_twins(root, names, work))
        if stale := drifted(root, folder, names):
            print(f"{fmt}: gold copies out of date (run tests/fixtures/sync-gold.sh): {stale}")
            failed = True
        if rendered["failed"]:
            print(f"{fmt}: {rendered['failed']} fixture(s) failed to parse")
            failed = True
        for field in FIELDS:
            a = rendered["fields"].get(field, {}).get("f1", 0.0)
            b = text["fields"].get(field, {}).get("f1", 0.0)
            ok = abs(a - b) <= TOLERANCE
            print(f"{fmt:8} {field:12} F1 {a:.3f}, as text {b:.3f} {'ok' if ok else 'DIFFERS'}")
            failed = failed or not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
