#!/usr/bin/env python3
"""Growth of the hostile shapes (tests/hostile/make_cases.py, the cases marked big): each is
parsed at 1/8, 1/4, 1/2 and the whole of the issue's size, and the time and peak memory per
megabyte printed — flat columns mean linear cost.

  bench/hostile-growth.py build/minutes [--scales 0.125,0.25,0.5,1] [--only NAME]"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
HOSTILE = os.path.join(HERE, "..", "tests", "hostile")
sys.path.insert(0, HOSTILE)
from make_cases import CASES  # noqa: E402
from run_hostile import run_measured  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--scales", default="0.125,0.25,0.5,1")
    ap.add_argument("--only")
    args = ap.parse_args()
    scales = [float(s) for s in args.scales.split(",")]
    print(f"{'case':24} {'scale':>6} {'MB':>8} {'seconds':>8} {'peak MB':>8} {'s/MB':>7} {'peak/MB':>8}")
    with tempfile.TemporaryDirectory(prefix="minutes-growth-") as work:
        for case in CASES:
            if not case.big or (args.only and case.name != args.only):
                continue
            for scale in scales:
                subprocess.run([sys.executable, os.path.join(HOSTILE, "make_cases.py"), work,
                                str(scale), case.name], check=True)
                path = os.path.join(work, case.name)
                mb = os.path.getsize(path) / 1e6
                status, err, seconds, peak = run_measured(
                    [args.binary, "parse", path, "-o", os.path.join(work, "out.json")], 600)
                note = "" if status == 0 else f"  status {status}: {err.strip()[:60]}"
                print(f"{case.name:24} {scale:6.3f} {mb:8.2f} {seconds:8.2f} {peak:8.0f} "
                      f"{seconds / mb:7.3f} {peak / mb:8.1f}{note}", flush=True)
                os.remove(path)


if __name__ == "__main__":
    main()
