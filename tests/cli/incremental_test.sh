#!/usr/bin/env bash
# Incremental batches: a re-run converts nothing when nothing changed and exactly the new or
# changed inputs otherwise; --force converts all; inputs that are gone are reported and
# --prune removes their outputs; a failing input loses its old outputs; a damaged manifest
# line or a killed run's temporary files change nothing. After every step the output folder
# must equal, byte for byte, a from-scratch batch of the same inputs.
# Usage: incremental_test.sh path/to/minutes   (run from the project root)
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# run_batch EXPECTED_STATUS ARGS...: runs `minutes batch` into $tmp/out, stderr in $tmp/err.
run_batch() {
  local status=$1
  shift
  "$bin" batch "$tmp/in" -o "$tmp/out" --no-progress "$@" 2>"$tmp/err"
  local got=$?
  [ "$got" -eq "$status" ] || fail "batch $* exited $got, expected $status: $(head -c 400 "$tmp/err")"
}
# summary "converted N, unchanged M, failed F, removed R": the last run's summary line.
summary() {
  grep -q "$1\$" "$tmp/err" || fail "expected '$1', got: $(grep -E 'converted [0-9]' "$tmp/err")"
}
# same_as_scratch LABEL [ARGS...]: $tmp/out equals a fresh batch of $tmp/in (manifest and rows included).
same_as_scratch() {
  local label=$1
  shift
  rm -rf "$tmp/scratch"
  "$bin" batch "$tmp/in" -o "$tmp/scratch" --no-progress "$@" 2>/dev/null
  diff -r "$tmp/scratch" "$tmp/out" >"$tmp/diff" ||
    fail "$label: output differs from a from-scratch batch: $(head -c 600 "$tmp/diff")"
}
# inodes: the inode of every output file; an output written again gets a new one (rename).
# (The manifest and the six tables are assembled anew by every run.)
inodes() { find "$tmp/out" -type f \( -name '*.json' -o -name '*.md' -o -name '*.rows' \) -printf '%P %i\n' | sort; }

mkdir -p "$tmp/in/sub"
cp seeds/*.txt "$tmp/in/"
cp samples/*.md "$tmp/in/sub/"
rm -f "$tmp/in/sub/README.md"
total=$(find "$tmp/in" -type f | wc -l)

# First run converts all; a re-run converts nothing and rewrites no output.
run_batch 0 --jobs 2
summary "converted $total, unchanged 0, failed 0, removed 0"
[ -s "$tmp/out/.minutes/manifest.tsv" ] || fail "no manifest written"
same_as_scratch "first run"
inodes >"$tmp/before"
run_batch 0 --jobs 2
summary "converted 0, unchanged $total, failed 0, removed 0"
inodes >"$tmp/after"
diff "$tmp/before" "$tmp/after" >/dev/null || fail "an unchanged re-run rewrote outputs: $(diff "$tmp/before" "$tmp/after" | head -5)"
# A new modification time alone changes nothing.
touch "$tmp/in/002_b3c4cebdbde0b01b.txt"
run_batch 0
summary "converted 0, unchanged $total, failed 0, removed 0"

# One changed file (same size, other bytes), one grown file and one new file: exactly 3.
changed=$(ls "$tmp/in"/*.txt | head -1)
python3 - "$changed" <<'PY'
import sys
p = sys.argv[1]
b = bytearray(open(p, "rb").read())
i = b.index(b"e")          # one letter changed: same size, other sha256
b[i:i + 1] = b"E"
open(p, "wb").write(bytes(b))
PY
printf '\nAny other business: none.\n' >>"$tmp/in/sub/$(ls "$tmp/in/sub" | head -1)"
cp "$tmp/in/002_b3c4cebdbde0b01b.txt" "$tmp/in/new-copy.txt"
run_batch 0 --jobs 2
summary "converted 3, unchanged $((total - 2)), failed 0, removed 0"
total=$((total + 1))
same_as_scratch "after changes"
[ "$(tail -n +2 "$tmp/out/meetings.csv" | wc -l)" -eq "$total" ] ||
  fail "meetings.csv lacks a row per document after a partial re-run"

# A missing output, or a record from another tool version, is converted again.
rm "$tmp/out/002_b3c4cebdbde0b01b.md"
sed -i 's/\t0\.[0-9.]*\t1\.0\t\(003_[^\t]*\.json\)/\t0.0.0-old\t1.0\t\1/' "$tmp/out/.minutes/manifest.tsv"
grep -q "0.0.0-old" "$tmp/out/.minutes/manifest.tsv" || fail "test setup: version not edited"
run_batch 0
summary "converted 2, unchanged $((total - 2)), failed 0, removed 0"
same_as_scratch "after a lost output and an old version"

# --force converts everything, with identical results.
run_batch 0 --force --jobs 1
summary "converted $total, unchanged 0, failed 0, removed 0"
same_as_scratch "--force"

# A damaged last manifest line (a run killed mid-write) and temporary files left by a killed
# run are ignored and cleared.
printf '+\t%s\t12\tdeadbeef' "$tmp/in/new-copy.txt" >>"$tmp/out/.minutes/manifest.tsv"
mkdir -p "$tmp/out/.minutes/tmp"
echo partial >"$tmp/out/.minutes/tmp/meetings.csv.tmp.999.0"
run_batch 0
summary "converted 0, unchanged $total, failed 0, removed 0"
[ -e "$tmp/out/.minutes/tmp" ] && fail "the temporary folder was not cleared"
same_as_scratch "after a damaged manifest line"
# A file that is not a manifest: a warning, and everything converted again.
echo "something else" >"$tmp/out/.minutes/manifest.tsv"
run_batch 0
grep -q "manifest.tsv is not a minutes manifest" "$tmp/err" || fail "no warning for a foreign manifest"
summary "converted $total, unchanged 0, failed 0, removed 0"

# Inputs that are gone are reported by name and their outputs kept; --prune removes them.
rm "$tmp/in/new-copy.txt" "$tmp/in/001_49e7192e6271c01d.txt"
total=$((total - 2))
run_batch 0
summary "converted 0, unchanged $total, failed 0, removed 2"
grep -q "new-copy.txt: no longer among the inputs; its outputs are kept" "$tmp/err" ||
  fail "a removed input is not reported by name: $(cat "$tmp/err")"
[ -f "$tmp/out/new-copy.json" ] || fail "outputs of a removed input were deleted without --prune"
[ "$(tail -n +2 "$tmp/out/meetings.csv" | wc -l)" -eq "$total" ] || fail "meetings.csv keeps removed inputs"
run_batch 0
summary "removed 2"
run_batch 0 --prune
summary "converted 0, unchanged $total, failed 0, removed 2"
grep -q "001_49e7192e6271c01d.txt: no longer among the inputs; its outputs were removed" "$tmp/err" ||
  fail "--prune does not report what it removed"
[ -e "$tmp/out/new-copy.json" ] || [ -e "$tmp/out/new-copy.md" ] && fail "--prune left outputs"
same_as_scratch "after --prune"
run_batch 0
summary "converted 0, unchanged $total, failed 0, removed 0"

# An input that now fails loses its old outputs and rows (a fresh batch would not have them).
: >"$tmp/in/002_b3c4cebdbde0b01b.txt"
run_batch 1
summary "converted 0, unchanged $((total - 1)), failed 1, removed 0"
grep -q "002_b3c4cebdbde0b01b.txt: the file is empty" "$tmp/err" || fail "the failure is not named"
[ -e "$tmp/out/002_b3c4cebdbde0b01b.json" ] && fail "a failing input kept its old JSON"
same_as_scratch "after a failure"

# Other formats asked for: the documents lacking them are converted.
rm -rf "$tmp/out"
run_batch 1 --formats json
summary "converted $((total - 1)), unchanged 0, failed 1, removed 0"
[ -e "$tmp/out/actions.csv" ] && fail "CSV tables written with --formats json"
run_batch 1 --formats json,csv
summary "converted $((total - 1)), unchanged 0, failed 1, removed 0"
[ -s "$tmp/out/actions.csv" ] || fail "no CSV tables after adding csv"

# HTML pages: added for every document, then kept; index.html lists the unchanged documents
# too, and a changed document's page and index line change with it.
run_batch 1 --formats json,csv,html
summary "converted $((total - 1)), unchanged 0, failed 1, removed 0"
cp "$tmp/out/index.html" "$tmp/index-before.html"
run_batch 1 --formats json,csv,html
summary "converted 0, unchanged $((total - 1)), failed 1, removed 0"
cmp -s "$tmp/out/index.html" "$tmp/index-before.html" || fail "index.html changed when nothing did"
same_as_scratch "with html" --formats json,csv,html
rm "$tmp/out/003_21a0f8f23e753111.html"
run_batch 1 --formats json,csv,html
summary "converted 1, unchanged $((total - 2)), failed 1, removed 0"
same_as_scratch "after a lost page" --formats json,csv,html
run_batch 1 --formats json,csv

# Names with a tab, a line feed and a backslash survive the manifest's escaping.
odd="$tmp/in/tab"$'\t'"line"$'\n'"back\\slash.txt"
cp "$tmp/in/003_"*.txt "$odd"
run_batch 1 --formats json,csv
summary "converted 1, unchanged $((total - 1)), failed 1, removed 0"
run_batch 1 --formats json,csv
summary "converted 0, unchanged $total, failed 1, removed 0"
grep -q 'tab\\tline\\nback\\\\slash.txt' "$tmp/out/.minutes/manifest.tsv" || fail "the odd name is not escaped in the manifest"
rm "$odd"

# --jobs 1 and --jobs 2 give byte-identical folders.
rm "$tmp/in/002_b3c4cebdbde0b01b.txt"
"$bin" batch "$tmp/in" -o "$tmp/j1" --jobs 1 2>/dev/null || fail "batch --jobs 1 failed"
"$bin" batch "$tmp/in" -o "$tmp/j2" --jobs 2 2>/dev/null || fail "batch --jobs 2 failed"
diff -r "$tmp/j1" "$tmp/j2" >/dev/null || fail "batch output depends on --jobs"

# Two batches cannot write into one folder at once.
exec 9>"$tmp/j1/.minutes/lock"
flock -n 9 || fail "test setup: cannot take the lock"
"$bin" batch "$tmp/in" -o "$tmp/j1" 2>"$tmp/err" && fail "a second batch ran on a locked folder"
grep -q "another .minutes batch. is writing into" "$tmp/err" || fail "no message for a locked folder: $(cat "$tmp/err")"
exec 9>&-

if [ "$failures" -ne 0 ]; then
  echo "$failures incremental check(s) failed"
  exit 1
fi
echo "all incremental batch checks passed"
