#!/usr/bin/env bash
# Kill and resume: a batch over a generated corpus (bench/make-corpus) is killed with SIGKILL
# at random moments, then run again to the end. After each kill every output in place must be
# whole (temporary files only in OUT/.minutes/tmp); the run that finishes must convert only
# what the killed runs had not recorded, and leave a folder byte-identical to an
# uninterrupted batch, with no temporary file anywhere.
# Usage: resume_test.sh path/to/minutes [DOCUMENTS] [KILLS]   (run from the project root)
set -u
bin=$1
count=${2:-400}
kills=${3:-4}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

bench/make-corpus --count "$count" --out "$tmp/corpus" --formats txt --max-size 32K --seed 11 \
  >/dev/null 2>&1 || { echo "FAIL: make-corpus failed"; exit 1; }
in="$tmp/corpus/txt"

start=$(date +%s%N)
"$bin" batch "$in" -o "$tmp/reference" --jobs 2 --no-progress 2>/dev/null || fail "the reference batch failed"
took_ms=$((($(date +%s%N) - start) / 1000000))
echo "uninterrupted batch of $count documents: $took_ms ms"

# whole_outputs: every JSON output parses, and no temporary file stands outside .minutes/tmp.
whole_outputs() {
  python3 - "$tmp/out" <<'PY'
import json, os, sys
out = sys.argv[1]
bad = []
for d, dirs, files in os.walk(out):
    for f in files:
        p = os.path.join(d, f)
        if ".tmp." in f and os.path.relpath(d, out) != os.path.join(".minutes", "tmp"):
            bad.append("stray temporary file " + p)
        elif f.endswith(".json"):
            try:
                json.load(open(p, encoding="utf-8"))
            except ValueError as e:
                bad.append(f"partial JSON {p}: {e}")
for b in bad[:5]:
    print(b)
sys.exit(1 if bad else 0)
PY
}

RANDOM=$$
for ((k = 1; k <= kills; k++)); do
  # The first kill half-way through, the others at any moment in the first 60% of a whole
  # run's time (each run resumes the one before).
  delay_ms=$((RANDOM % (took_ms * 6 / 10 + 1) + 5))
  [ "$k" -eq 1 ] && delay_ms=$((took_ms / 2))
  "$bin" batch "$in" -o "$tmp/out" --jobs 2 --no-progress 2>/dev/null &
  pid=$!
  sleep "$(awk -v ms="$delay_ms" 'BEGIN { print ms / 1000 }')"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  echo "run $k killed after $delay_ms ms"
  whole_outputs || fail "after kill $k (at $delay_ms ms): a partial or stray file"
  if [ "$k" -eq 1 ]; then
    # Half-way, documents are done: the manifest must already hold them (it is a journal).
    grep -q "^+" "$tmp/out/.minutes/manifest.tsv" 2>/dev/null ||
      fail "a run killed half-way recorded no finished document"
  fi
done

# The documents the killed runs recorded (whole lines of the manifest) are not converted again.
recorded=$(awk -F'\t' 'NR > 1 && $1 == "+" { seen[$2] = 1 } END { print length(seen) }' \
  "$tmp/out/.minutes/manifest.tsv" 2>/dev/null || echo 0)
"$bin" batch "$in" -o "$tmp/out" --jobs 2 --no-progress 2>"$tmp/err" || fail "the resumed batch failed: $(cat "$tmp/err")"
echo "resumed with $recorded of $count recorded: $(tail -1 "$tmp/err")"
grep -q "converted $((count - recorded)), unchanged $recorded, failed 0, removed 0" "$tmp/err" ||
  fail "the resumed batch did not convert exactly the $((count - recorded)) unrecorded documents"
diff -r "$tmp/reference" "$tmp/out" >"$tmp/diff" || fail "resumed output differs: $(head -c 600 "$tmp/diff")"
leftover=$(find "$tmp/out" -name '*.tmp.*' | head -3)
[ -z "$leftover" ] || fail "temporary files remain: $leftover"
[ -e "$tmp/out/.minutes/tmp" ] && fail "the temporary folder remains"

if [ "$failures" -ne 0 ]; then
  echo "$failures kill-and-resume check(s) failed"
  exit 1
fi
echo "all kill-and-resume checks passed"
