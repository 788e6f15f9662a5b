#!/usr/bin/env bash
# Whole-process batch benchmark: `minutes batch --formats json` over generated text minutes
# (bench/make-corpus), 2,000 and 20,000 documents, --jobs 1 and --jobs 2, timed by hyperfine,
# with peak RSS from /usr/bin/time -v (of the last timed run), and an unchanged re-run (the
# incremental case: manifest read, inputs hashed, nothing converted); `cat` and `pandoc -t json` over
# the same files in the same run, and process start + one 5 KB document. Prints a Markdown
# table (also written to WORK/results.md) with wall time, MB/s, docs/s, RSS and the ratios,
# and the CPU share the batch got (--jobs 2 should get near 200%: less means the cores were
# busy with other work and the jobs figure is not the program's).
#
#   bench/batch-bench.sh [--bin build/minutes] [--work /tmp/minutes-batch-bench]
#                        [--counts "2000 20000"] [--min-size 1K] [--max-size 64K] [--seed 1]
#                        [--runs 3] [--big-runs 1] [--pandoc-files 100]
#
# --runs timed runs for batches under 10,000 documents, --big-runs for the larger ones (the
# 20,000 batch takes a while on two cores). pandoc starts a process per file and is about
# 100 times slower, so it runs over --pandoc-files documents spread evenly over the 2,000
# (and minutes is timed over the same subset for the ratio); the table says so.
# Needs hyperfine and /usr/bin/time (Debian: hyperfine, time); pandoc is optional.
# Run from the project root after a Release build (scripts/build).
set -euo pipefail
cd "$(dirname "$0")/.."

bin=build/minutes work=/tmp/minutes-batch-bench counts="2000 20000" min=1K max=64K seed=1
runs=3 big_runs=1 pandoc_files=100
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) bin=$2 ;; --work) work=$2 ;; --counts) counts=$2 ;; --min-size) min=$2 ;;
    --max-size) max=$2 ;; --seed) seed=$2 ;; --runs) runs=$2 ;; --big-runs) big_runs=$2 ;;
    --pandoc-files) pandoc_files=$2 ;;
    -h | --help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "batch-bench: unknown option $1" >&2; exit 2 ;;
  esac
  shift 2
done
for tool in hyperfine /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "batch-bench: $tool is missing (apt-get install hyperfine time)" >&2; exit 2; }
done
[ -x "$bin" ] || { echo "batch-bench: $bin not built (scripts/build)" >&2; exit 2; }
bin=$(realpath "$bin")
mkdir -p "$work"
work=$(realpath "$work")
results="$work/results.tsv"
: >"$results"
trap 'rm -rf "$work/trash" "$work/out"' EXIT

# The corpus: made once for the largest count; each smaller set is its first N files.
largest=$(tr ' ' '\n' <<<"$counts" | sort -n | tail -1)
params="count=$largest seed=$seed min=$min max=$max"
if [ "$(cat "$work/corpus.params" 2>/dev/null)" != "$params" ]; then
  rm -rf "$work/corpus"
  start=$(date +%s.%N)
  bench/make-corpus --count "$largest" --seed "$seed" --min-size "$min" --max-size "$max" \
    --formats txt --out "$work/corpus"
  echo "corpus: $largest documents in $(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')") s" >&2
  echo "$params" >"$work/corpus.params"
fi
set_of() {  # set_of N: a folder holding the first N documents (hard links)
  local dir="$work/docs-$1"
  if [ ! -d "$dir" ] || [ "$(find "$dir" -type f | wc -l)" -ne "$1" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    find "$work/corpus/txt" -type f -name '*.txt' | sort | head -n "$1" | xargs -d '\n' ln -t "$dir"
  fi
  echo "$dir"
}
bytes_of() { find "$1" -type f -printf '%s\n' | awk '{s += $1} END {print s}'; }

# time_it LABEL DOCS BYTES RUNS RSS_FILE COMMAND [PREPARE]: one hyperfine measurement into
# results.tsv. PREPARE runs before each run; by default it sets the last run's output aside.
time_it() {
  local label=$1 docs=$2 bytes=$3 n=$4 rss=$5 cmd=$6 json="$work/hf-$RANDOM.json"
  local prepare=${7:-"mkdir -p $work/trash && if [ -e $work/out ]; then mv $work/out $work/trash/\$(date +%s%N); fi"}
  local warm=1
  [ "$n" -lt 2 ] && warm=0
  # The last run's output is moved aside, not deleted: ext4 skips inodes freed in the last
  # minutes when it allocates new ones, and after deleting 20,000 files it spent more system
  # time finding free inodes for the next run's outputs than the run spent converting (bench/
  # README.md, "System time"). The set aside outputs are deleted when the script ends.
  hyperfine --style basic --runs "$n" --warmup "$warm" --prepare "$prepare" \
    --export-json "$json" "$cmd" >&2
  python3 - "$json" "$label" "$docs" "$bytes" "$rss" >>"$results" <<'PY'
import json, re, sys
path, label, docs, nbytes, rss = sys.argv[1:]
r = json.load(open(path))["results"][0]
kb = cpu = ""
if rss != "-":
    text = open(rss).read()
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    kb = m[1] if m else ""
    m = re.search(r"Percent of CPU this job got: (\d+)%", text)
    cpu = m[1] if m else ""
print("\t".join([label, docs, nbytes, f"{r['mean']:.4f}", f"{r.get('stddev') or 0:.4f}", kb, cpu]))
PY
}

for n in $counts; do
  dir=$(set_of "$n")
  bytes=$(bytes_of "$dir")
  r=$runs
  [ "$n" -ge 10000 ] && r=$big_runs
  for jobs in 1 2; do
    rss="$work/rss-$n-$jobs.txt"
    time_it "minutes batch --jobs $jobs" "$n" "$bytes" "$r" "$rss" \
      "/usr/bin/time -v -o $rss $bin batch $dir -o $work/out --jobs $jobs --formats json --no-progress"
  done
  # An unchanged re-run into the folder of the last --jobs 2 run: the manifest is read, every
  # input hashed, nothing converted.
  time_it "minutes batch --jobs 1, unchanged re-run" "$n" "$bytes" "$r" "$work/rss-$n-rerun.txt" \
    "/usr/bin/time -v -o $work/rss-$n-rerun.txt $bin batch $dir -o $work/out --jobs 1 --formats json --no-progress" \
    "true"
  time_it "cat" "$n" "$bytes" "$r" - "find $dir -type f -print0 | xargs -0 cat > /dev/null"
done

# pandoc over an even subset of the smallest set, and minutes over the same subset.
smallest=$(tr ' ' '\n' <<<"$counts" | sort -n | head -1)
if command -v pandoc >/dev/null; then
  sub="$work/pandoc-subset"
  rm -rf "$sub" && mkdir -p "$sub"
  find "$(set_of "$smallest")" -type f | sort |
    awk -v n="$smallest" -v k="$pandoc_files" 'BEGIN { s = int(n / k); if (s < 1) s = 1 } NR % s == 0' | head -n "$pandoc_files" |
    xargs -d '\n' ln -t "$sub"
  sub_docs=$(find "$sub" -type f | wc -l)
  sub_bytes=$(bytes_of "$sub")
  time_it "pandoc -t json (subset)" "$sub_docs" "$sub_bytes" 1 - \
    "find $sub -type f -print0 | xargs -0 -n1 pandoc -f markdown -t json -o /dev/null"
  time_it "minutes batch --jobs 1 (subset)" "$sub_docs" "$sub_bytes" "$runs" - \
    "$bin batch $sub -o $work/out --jobs 1 --formats json --no-progress"
else
  echo "batch-bench: pandoc is not installed: no pandoc ratio" >&2
fi

# Process start + one 5 KB document, and process start alone.
five_kb=seeds/000_2aa4258004f89af8.txt
for cmd in "$bin parse $five_kb" "$bin --version"; do
  json="$work/hf-start.json"
  hyperfine --style basic -N --warmup 20 --runs 200 --export-json "$json" "$cmd" >&2
  python3 - "$json" "$cmd" "$(stat -c %s "$five_kb")" >>"$results" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
label = "start + one 5 KB document" if " parse " in sys.argv[2] else "start alone (--version)"
print("\t".join([label, "1", sys.argv[3] if "parse" in sys.argv[2] else "0",
                 f"{r['mean']:.5f}", f"{r['stddev']:.5f}", "", ""]))
PY
done

python3 - "$results" "$work/results.md" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
out = ["| run | docs | MB | wall s (± sd) | MB/s | docs/s | peak RSS MB | CPU % |",
       "|---|---:|---:|---:|---:|---:|---:|---:|"]
t = {}
for label, docs, nbytes, mean, sd, kb, cpu in rows:
    docs, nbytes, mean, sd = int(docs), int(nbytes), float(mean), float(sd)
    t[(label, docs)] = (mean, nbytes)
    if label.startswith("start"):
        out.append(f"| {label} | 1 | {nbytes / 1e6:.3f} | {mean * 1000:.2f} ms (± {sd * 1000:.2f}) | | | | |")
        continue
    rss = f"{int(kb) / 1024:.1f}" if kb else ""
    out.append(f"| {label} | {docs:,} | {nbytes / 1e6:.1f} | {mean:.2f} (± {sd:.2f}) | "
               f"{nbytes / 1e6 / mean:.2f} | {docs / mean:,.0f} | {rss} | {cpu} |")
out.append("")
for (label, docs), (mean, nbytes) in sorted(t.items(), key=lambda kv: kv[0][1]):
    if label == "minutes batch --jobs 1" and ("minutes batch --jobs 2", docs) in t:
        out.append(f"- {docs:,} documents: --jobs 2 is {mean / t[('minutes batch --jobs 2', docs)][0]:.2f}x "
                   f"as fast as --jobs 1")
    if label == "cat":
        m1 = t.get(("minutes batch --jobs 1", docs))
        if m1:
            out.append(f"- {docs:,} documents: cat is {m1[0] / mean:.0f}x as fast as minutes --jobs 1")
    if label.startswith("pandoc"):
        m1 = t.get(("minutes batch --jobs 1 (subset)", docs))
        if m1:
            out.append(f"- {docs} documents (pandoc subset): minutes --jobs 1 is {mean / m1[0]:.0f}x "
                       f"as fast as pandoc -t json ({nbytes / 1e6 / m1[0]:.2f} MB/s against "
                       f"{nbytes / 1e6 / mean:.2f} MB/s)")
text = "\n".join(out) + "\n"
open(sys.argv[2], "w").write(text)
print(text)
PY
