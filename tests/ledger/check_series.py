#!/usr/bin/env python3
"""The ledger against samples/series/ledger-gold.json: builds a ledger of the series and
compares each action's status and overdue flag, each member's attendance record, and checks
that no two people are merged and no person is split.

    check_series.py MINUTES_BIN SERIES_DIR [--verbose] [--floors[=NAME:VALUE,...]]

Prints the figures; with --floors, fails when one falls below the floor in FLOORS: every
action found with its gold status and overdue flag, every attendance record right, nobody
merged or split. A series may set its own floors: --floors=status:0.79 (a space in a name is
written "_")."""
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

FLOORS = {"actions found": 1.0, "status": 1.0, "overdue": 1.0, "attendance": 1.0,
          "people merged": 0, "people split": 0}


def words(s):
    return set(re.findall(r"[a-z0-9]+", s.lower())) - {"the", "a", "an", "to", "of", "and",
                                                        "for", "on", "in", "by", "at", "with"}


def similarity(a, b):
    wa, wb = words(a), words(b)
    return len(wa & wb) / max(1, min(len(wa), len(wb)))


def main():
    binary, series = str(Path(sys.argv[1]).resolve()), Path(sys.argv[2]).resolve()
    verbose = "--verbose" in sys.argv
    floors = "--floors" in sys.argv or any(a.startswith("--floors=") for a in sys.argv)
    for arg in sys.argv:
        # --floors=status:0.79,overdue:0.82: this series' own floors, over the defaults.
        if arg.startswith("--floors="):
            for pair in arg.split("=", 1)[1].split(","):
                name, value = pair.split(":")
                FLOORS[name.replace("_", " ")] = float(value)
    gold = json.loads((series / "ledger-gold.json").read_text())
    docs = sorted(p for p in series.iterdir() if p.suffix in (".txt", ".md")
                  and p.name != "README.md")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "series.db"
        subprocess.run([binary, "ledger", "build", *map(str, docs), "-o", str(db)], check=True,
                       capture_output=True)
        con = sqlite3.connect(db)
        figures = {}

        # Actions: each gold action found by meeting, minute and text.
        ours = con.execute(
            "SELECT m.date, coalesce(i.number, ''), a.text, s.status, s.overdue FROM actions a "
            "JOIN meetings m USING (doc_id) JOIN action_status s USING (doc_id, action) "
            "LEFT JOIN items i ON i.doc_id = a.doc_id AND i.item = a.item").fetchall()
        found = status_ok = overdue_ok = 0
        for g in gold["actions"]:
            candidates = [o for o in ours if o[0] == g["meeting"] and
                          (o[1] == (g["item"] or "") or similarity(o[2], g["text"]) >= 0.8)
                          and similarity(o[2], g["text"]) >= 0.5]
            if not candidates:
                if verbose:
                    print(f"  action not found: {g['id']} {g['text']!r}")
                continue
            o = max(candidates, key=lambda o: similarity(o[2], g["text"]))
            found += 1
            status_ok += o[3] == g["status"]
            overdue_ok += bool(o[4]) == g["overdue"]
            if verbose and (o[3] != g["status"] or bool(o[4]) != g["overdue"]):
                print(f"  {g['id']}: status {o[3]} (gold {g['status']}), overdue {bool(o[4])} "
                      f"(gold {g['overdue']}) {g['text']!r}")
        n = len(gold["actions"])
        figures["actions found"] = found / n
        figures["status"] = status_ok / n
        figures["overdue"] = overdue_ok / n

        # People: the archive person named as the gold's canonical name, and its attendance.
        people = con.execute("SELECT archive_person, name, variants FROM archive_people").fetchall()
        by_name = {}
        for pid, name, _ in people:
            by_name.setdefault(name, []).append(pid)
        right = total = merged = split = 0
        canon = {g["canonical"] for g in gold["people"]}
        for pid, name, variants in people:
            names = {v.strip() for v in variants.split(";")}
            inside = sorted(c for c in canon if c in names)
            if len(inside) > 1:
                merged += 1
                if verbose:
                    print(f"  merged: {pid} {name} holds {inside}")
        for g in gold["people"]:
            ids = by_name.get(g["canonical"], [])
            short = [pid for pid, name, _ in people if name != g["canonical"] and
                     name in g["variants"] and name not in canon]
            if len(ids) + len(short) > 1:
                split += 1
                if verbose:
                    print(f"  split: {g['canonical']} is {ids + short}")
            rows = con.execute(
                "SELECT m.date, t.status, t.on_behalf_of FROM attendance t JOIN person_links l "
                "USING (doc_id, person) JOIN meetings m USING (doc_id) "
                "WHERE l.archive_person IN (%s)" % ",".join("?" * len(ids)), ids).fetchall()
            seen = {d: s for d, s, _ in rows}
            for date, want in g["attendance"].items():
                total += 1
                have = seen.get(date, "not listed")
                want_as_listed = "apologies" if want == "substitute" else want
                if have == want_as_listed:
                    right += 1
                elif verbose:
                    print(f"  attendance: {g['canonical']} {date}: {have} (gold {want})")
        figures["attendance"] = right / max(1, total)
        figures["people merged"] = merged
        figures["people split"] = split
        con.close()

    for k, v in figures.items():
        print(f"{k:15} {v:.3f}" if isinstance(v, float) else f"{k:15} {v}")
    if floors:
        low = [k for k, v in figures.items()
               if (v < FLOORS[k] if isinstance(v, float) else v > FLOORS[k])]
        if low:
            print("below the floor:", ", ".join(low))
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
