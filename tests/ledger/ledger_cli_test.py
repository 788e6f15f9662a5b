#!/usr/bin/env python3
"""`minutes ledger` as a user runs it: build, re-run, changed and removed files, a build
killed at random moments and run again (the same database as one uninterrupted run), the
questions in each output format, and bad input.

    ledger_cli_test.py MINUTES_BIN PROJECT_ROOT
"""
import json
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what)


def run(*args, cwd):
    return subprocess.run([BIN, *args], cwd=cwd, capture_output=True, text=True, timeout=600)


def dump(db):
    """Every table's rows, sorted: the database's content whatever the order it was written."""
    con = sqlite3.connect(db)
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'search_%' ORDER BY name")]
    out = {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}"))) for t in tables}
    con.close()
    return out


def inputs(root):
    files = sorted(root.glob("seeds/*.txt")) + sorted(root.glob("samples/*.txt"))
    files += sorted(p for p in root.glob("samples/*.md") if p.name != "README.md")
    series = root / "samples" / "series"
    if series.is_dir():
        files += sorted(p for p in series.glob("*.*") if p.suffix in (".txt", ".md")
                        and p.name != "README.md")
    return files


def main():
    global BIN
    BIN, root = str(Path(sys.argv[1]).resolve()), Path(sys.argv[2]).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        docs = work / "docs"
        for f in inputs(root):
            target = docs / f.relative_to(root)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(f, target)
        names = [str(p.relative_to(work)) for p in sorted(docs.rglob("*.*"))]
        n = len(names)

        first = run("ledger", "build", *names, "-o", "one.db", "--jobs", "1", cwd=work)
        check(first.returncode == 0, f"first build exits 0: {first.stderr}")
        check(f"{n} added, 0 updated, 0 unchanged, 0 failed" in first.stderr,
              f"first build adds every file: {first.stderr}")
        again = run("ledger", "build", *names, "-o", "one.db", cwd=work)
        check(f"0 added, 0 updated, {n} unchanged" in again.stderr,
              f"a re-run parses nothing: {again.stderr}")
        reference = dump(work / "one.db")

        # Killed at random moments, then run to the end: the same database.
        rng = random.Random(7)
        killed = 0
        for attempt in range(4):
            proc = subprocess.Popen([BIN, "ledger", "build", *names, "-o", "killed.db",
                                     "--jobs", "1"], cwd=work, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.02, 0.3))
            proc.kill()
            killed += proc.wait() == -9
        check(killed > 0, "at least one build was killed before it finished")
        finish = run("ledger", "build", *names, "-o", "killed.db", cwd=work)
        check(finish.returncode == 0, f"the resumed build exits 0: {finish.stderr}")
        check(dump(work / "killed.db") == reference,
              "a build killed and run again equals one uninterrupted build")

        # A changed file is parsed again; the others are not.
        changed = docs / names[-1].split("/", 1)[1]
        changed.write_text(changed.read_text() + "\nA line added after the meeting.\n")
        update = run("ledger", "build", *names, "-o", "one.db", cwd=work)
        check(f"0 added, 1 updated, {n - 1} unchanged" in update.stderr,
              f"only the changed file is parsed: {update.stderr}")

        # A removed file is reported, and forgotten with --prune.
        gone = docs / names[0].split("/", 1)[1]
        gone.unlink()
        rest = names[1:]
        report = run("ledger", "build", *rest, "-o", "one.db", cwd=work)
        check("file gone; still in the ledger" in report.stderr and "1 gone" in report.stderr,
              f"a removed file is reported: {report.stderr}")
        prune = run("ledger", "build", *rest, "-o", "one.db", "--prune", cwd=work)
        check("removed from the ledger" in prune.stderr, f"--prune forgets it: {prune.stderr}")
        con = sqlite3.connect(work / "one.db")
        held = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        con.close()
        check(held == n - 1, f"the ledger holds {n - 1} documents after --prune, not {held}")

        # Questions, in each format.
        actions = run("ledger", "actions", "-d", "one.db", "--format", "json", cwd=work)
        rows = json.loads(actions.stdout)[0]["rows"] if actions.returncode == 0 else []
        check(len(rows) > 20 and all(r["status"] in ("open", "reported", "done", "dropped")
                                     for r in rows), "actions as JSON, each with a status")
        csv = run("ledger", "actions", "-d", "one.db", "--format", "csv", "--open", cwd=work)
        check(csv.stdout.startswith("meeting,body,minute,action,due,status"), "actions as CSV")
        table = run("ledger", "search", "-d", "one.db", "allotment", cwd=work)
        check(table.returncode == 0 and "source" in table.stdout, "search as a table")
        nobody = run("ledger", "person", "-d", "one.db", "Zebedee Nobody", cwd=work)
        check(nobody.returncode == 1 and "nobody in the ledger matches" in nobody.stderr,
              "an unknown person is a clear error")

        # Bad input: a missing ledger, a missing file, a file that is not a ledger.
        missing = run("ledger", "actions", "-d", "absent.db", cwd=work)
        check(missing.returncode == 1 and "no such ledger" in missing.stderr, "a missing ledger")
        partial = run("ledger", "build", "nowhere.txt", *rest[:2], "-o", "two.db", cwd=work)
        check(partial.returncode == 1 and "nowhere.txt" in partial.stderr and
              "2 added" in partial.stderr, f"a missing input is reported, the rest stored: "
              f"{partial.stderr}")
        (work / "junk.db").write_text("this is not a database\n")
        junk = run("ledger", "actions", "-d", "junk.db", cwd=work)
        check(junk.returncode == 1 and "junk.db" in junk.stderr, f"not a ledger: {junk.stderr}")

    print("ledger CLI:", "all checks passed" if not failures else f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
