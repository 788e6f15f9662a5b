#!/usr/bin/env python3
"""Hostile-input tests: every case of make_cases.py through `minutes parse` (exit status, the
error's words or the diagnostics' codes, no partial output, time and memory bounds), the
special files (a directory, a FIFO, symbolic link loops, an unreadable file, a missing path),
and a batch over the seeds and samples with the hostile files mixed in, whose good outputs
must equal a batch without them.

  run_hostile.py MINUTES_BIN REPO_ROOT [--scale S] [--time-factor F] [--only NAME]

--scale sizes the growth cases (1 = the issue's sizes; sanitizer builds use less);
--time-factor multiplies the time bound (sanitizer builds are slower)."""
import argparse
import filecmp
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_cases import CASES, MEETING  # noqa: E402

TIME_BOUND = 60.0        # seconds per case, before --time-factor: catches blow-ups only
RSS_BOUND_MB = 3000      # peak memory per case (not checked under sanitizers)


def peak_rss_mb(pid):
    """The process's peak resident memory so far (VmHWM), in MB; 0 once it has gone."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0


def run_measured(cmd, timeout):
    """Runs cmd; returns (status, stderr, seconds, peak RSS in MB sampled every 10 ms)."""
    start = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = start + timeout
    err = b""
    peak = 0
    os.set_blocking(p.stderr.fileno(), False)
    while True:
        peak = max(peak, peak_rss_mb(p.pid))
        pid, status, _ = os.wait4(p.pid, os.WNOHANG)
        chunk = p.stderr.read()
        if chunk:
            err += chunk
        if pid:
            p.returncode = os.waitstatus_to_exitcode(status)
            rest = p.stderr.read()
            err += rest or b""
            return p.returncode, err.decode("utf-8", "replace"), time.monotonic() - start, peak
        if time.monotonic() > deadline:
            p.kill()
            os.wait4(p.pid, 0)
            return None, "timed out", timeout, 0
        time.sleep(0.005)


class Checker:
    def __init__(self):
        self.failures = []
        self.passed = 0

    def expect(self, ok, name, why):
        if ok:
            return True
        self.failures.append(f"{name}: {why}")
        return False


def leftovers(folder):
    return [p.name for p in pathlib.Path(folder).iterdir() if ".tmp." in p.name]


def check_case(binary, case, inputs, outputs, args, c):
    path = os.path.join(inputs, case.name)
    out = os.path.join(outputs, case.name + ".json")
    status, err, seconds, rss = run_measured(
        [binary, "parse", path, "-o", out] + case.args, TIME_BOUND * args.time_factor)
    name = case.name
    ok = c.expect(status is not None, name, f"did not finish within {TIME_BOUND * args.time_factor:.0f} s")
    if not ok:
        return
    if case.status is not None:
        ok &= c.expect(status == case.status, name, f"exit status {status}, expected {case.status}: {err.strip()}")
    else:
        ok &= c.expect(status in (0, 1), name, f"exit status {status}: {err.strip()}")
    ok &= c.expect(not leftovers(outputs), name, "a temporary file was left behind")
    if status == 1:
        ok &= c.expect(path in err, name, f"the error does not name the file: {err.strip()}")
        ok &= c.expect(case.error in err, name, f"the error lacks {case.error!r}: {err.strip()}")
        ok &= c.expect(not os.path.exists(out), name, "a failed parse left an output file")
    if status == 0:
        try:
            with open(out, encoding="utf-8") as f:
                doc = json.load(f)
        except (OSError, ValueError) as e:
            c.expect(False, name, f"the JSON output cannot be read: {e}")
            return
        codes = {d["code"] for d in doc.get("diagnostics", [])}
        for code in case.codes:
            ok &= c.expect(code in codes, name, f"diagnostic {code} missing (got {sorted(codes)})")
        if case.check:
            problem = case.check(doc)
            ok &= c.expect(problem is None, name, problem)
    if rss and not args.sanitized:
        ok &= c.expect(rss < RSS_BOUND_MB, name, f"peak memory {rss:.0f} MB over {RSS_BOUND_MB} MB")
    if ok:
        c.passed += 1
    print(f"{'ok ' if ok else 'FAIL'} {name:28} status {status} {seconds:6.2f} s {rss:7.0f} MB")


def special_files(binary, inputs, c):
    """Inputs that are not regular files."""
    d = os.path.join(inputs, "a-folder.txt")
    os.mkdir(d)
    fifo = os.path.join(inputs, "fifo.txt")
    os.mkfifo(fifo)
    os.symlink("loop-b.txt", os.path.join(inputs, "loop-a.txt"))
    os.symlink("loop-a.txt", os.path.join(inputs, "loop-b.txt"))
    os.symlink("nowhere.txt", os.path.join(inputs, "dangling.txt"))
    unreadable = os.path.join(inputs, "unreadable.txt")
    with open(unreadable, "w") as f:
        f.write(MEETING)
    os.chmod(unreadable, 0)
    cases = [(d, "is a directory"), (fifo, "not a regular file"),
             (os.path.join(inputs, "loop-a.txt"), "symbolic links"),
             (os.path.join(inputs, "dangling.txt"), "link to nothing"),
             (os.path.join(inputs, "missing.txt"), "no such file")]
    if os.geteuid() != 0:  # root reads anything
        cases.append((unreadable, "cannot be read"))
    for path, words in cases:
        status, err, _, _ = run_measured([binary, "parse", path], 30)
        ok = c.expect(status == 1 and path in err and words in err, os.path.basename(path),
                      f"status {status}, error {err.strip()!r}, expected {words!r}")
        c.passed += ok
        print(f"{'ok ' if ok else 'FAIL'} {os.path.basename(path):28} status {status}")
    os.chmod(unreadable, 0o644)
    os.rmdir(d)
    os.remove(fifo)  # a FIFO in a batch folder would wait for a writer


def batch_check(binary, root, inputs, work, c):
    """Good outputs of a batch with the hostile files mixed in equal those of a clean batch."""
    good = sorted(str(p) for p in pathlib.Path(root).glob("seeds/*.txt")) + sorted(
        str(p) for p in pathlib.Path(root).glob("samples/*") if p.suffix in (".txt", ".md")
        and p.name != "README.md")
    clean, mixed = os.path.join(work, "clean"), os.path.join(work, "mixed")
    s1, e1, _, _ = run_measured([binary, "batch", *good, "-o", clean, "--no-progress"], 600)
    s2, e2, _, _ = run_measured([binary, "batch", *good, inputs, "-o", mixed, "--no-progress"], 1200)
    c.expect(s1 == 0, "batch", f"the clean batch failed: {e1.strip()}")
    c.expect(s2 == 1, "batch", f"the mixed batch exited {s2}, expected 1")
    bad = [p.name for p in pathlib.Path(inputs).iterdir() if f"{p.name}:" in e2]
    expected_bad = [cs.name for cs in CASES if cs.in_batch and cs.status == 1]
    for name in expected_bad:
        c.expect(name in bad, "batch", f"{name} was not reported")
    same = 0
    for dirpath, dirs, files in os.walk(clean):
        # The batch's own state (manifest, CSV rows) records which inputs it had: not an output.
        dirs[:] = [d for d in dirs if d != ".minutes"]
        for f in files:
            a = os.path.join(dirpath, f)
            b = os.path.join(mixed, os.path.relpath(a, clean))
            if f.endswith(".csv"):
                rows_a = open(a, encoding="utf-8", newline="").read().split("\r\n")
                rows_b = set(open(b, encoding="utf-8", newline="").read().split("\r\n"))
                missing = [r for r in rows_a if r not in rows_b]
                c.expect(not missing, "batch", f"{f}: rows of the clean batch missing: {missing[:2]}")
            else:
                c.expect(os.path.exists(b) and filecmp.cmp(a, b, shallow=False), "batch",
                         f"{os.path.relpath(a, clean)} differs from the clean batch")
            same += 1
    c.expect(not leftovers(mixed), "batch", "temporary files left in the output folder")
    print(f"batch: {same} clean outputs compared, {len(bad)} bad files reported")
    c.passed += 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("root")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--time-factor", type=float, default=1.0)
    ap.add_argument("--sanitized", action="store_true")
    ap.add_argument("--only")
    args = ap.parse_args()
    os.chdir(args.root)
    c = Checker()
    with tempfile.TemporaryDirectory(prefix="minutes-hostile-") as work:
        inputs = os.path.join(work, "hostile")
        outputs = os.path.join(work, "out")
        os.mkdir(inputs)
        os.mkdir(outputs)
        for case in CASES:
            if args.only and case.name != args.only:
                continue
            subprocess.run([sys.executable, os.path.join(HERE, "make_cases.py"), inputs,
                            str(args.scale), case.name], check=True)
            check_case(args.binary, case, inputs, outputs, args, c)
            if not case.in_batch or case.big:
                os.remove(os.path.join(inputs, case.name))  # the batch check stays quick
        if not args.only:
            special_files(args.binary, inputs, c)
            batch_check(args.binary, args.root, inputs, work, c)
    print(f"{c.passed} checks passed, {len(c.failures)} failed")
    for f in c.failures:
        print("  " + f)
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main())
