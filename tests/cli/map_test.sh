#!/usr/bin/env bash
# `minutes map`: one compact JSON line per document, the `parse` document exactly, in input
# order whatever --jobs; errors as JSON lines on standard error naming the path, exit 1;
# --shard 1/3, 2/3, 3/3 split the inputs by doc_id with no overlap and no gap, and merged in
# input order give exactly the unsharded output.
# Usage: map_test.sh path/to/minutes   (run from the project root)
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

bench/make-corpus --count 120 --out "$tmp/corpus" --formats txt,md --max-size 16K --seed 5 \
  >/dev/null 2>&1 || { echo "FAIL: make-corpus failed"; exit 1; }
{ ls seeds/*.txt samples/*.txt; find "$tmp/corpus" -type f \( -name '*.txt' -o -name '*.md' \) | sort; } >"$tmp/list"
: >"$tmp/empty.txt"
# A list with failures in it: an empty file and a missing one, among the good ones.
{ head -3 "$tmp/list"; echo "$tmp/empty.txt"; echo "$tmp/missing.txt"; tail -n +4 "$tmp/list"; } >"$tmp/list-bad"
docs=$(wc -l <"$tmp/list")

# Input order and byte-identical output whatever --jobs; --files reads the same as stdin.
"$bin" map --jobs 1 <"$tmp/list" >"$tmp/j1" 2>"$tmp/err" || fail "map --jobs 1 failed: $(head -c 300 "$tmp/err")"
"$bin" map --jobs 2 <"$tmp/list" >"$tmp/j2" 2>/dev/null || fail "map --jobs 2 failed"
"$bin" map --jobs 3 <"$tmp/list" >"$tmp/j3" 2>/dev/null || fail "map --jobs 3 failed"
cmp -s "$tmp/j1" "$tmp/j2" || fail "map output differs between --jobs 1 and --jobs 2"
cmp -s "$tmp/j1" "$tmp/j3" || fail "map output differs between --jobs 1 and --jobs 3"
[ "$(wc -l <"$tmp/j1")" -eq "$docs" ] || fail "map wrote $(wc -l <"$tmp/j1") lines for $docs documents"
xargs -d '\n' "$bin" map --jobs 2 --files <"$tmp/list" >"$tmp/files" 2>/dev/null || fail "map --files failed"
cmp -s "$tmp/j1" "$tmp/files" || fail "map --files differs from paths on standard input"

# Each line is the `parse` document (same keys in the same order), in input order.
python3 - "$bin" "$tmp/list" "$tmp/j1" <<'PY' || fail "map lines are not the parse documents in order"
import json, subprocess, sys
binary, paths, lines = sys.argv[1], open(sys.argv[2]).read().splitlines(), open(sys.argv[3], encoding="utf-8").read().split("\n")
assert lines[-1] == "", "output does not end with a newline"
for i, (path, line) in enumerate(zip(paths, lines)):
    doc = json.loads(line, object_pairs_hook=list)
    assert dict(doc)["source"] and dict(dict(doc)["source"])["path"] == path, (i, path)
    if i % 10 == 0:  # the parse document, key order included
        parsed = subprocess.run([binary, "parse", path], capture_output=True, check=True).stdout
        assert json.loads(parsed, object_pairs_hook=list) == doc, path
PY

# Shards: doc_id mod 3 picks the shard; no overlap, no gap; merged in input order = unsharded.
for k in 1 2 3; do
  "$bin" map --shard "$k/3" --jobs 2 <"$tmp/list" >"$tmp/shard$k" 2>/dev/null || fail "map --shard $k/3 failed"
done
python3 - "$tmp/j1" "$tmp/shard1" "$tmp/shard2" "$tmp/shard3" <<'PY' || fail "shards do not merge to the unsharded output"
import json, sys
whole = open(sys.argv[1], encoding="utf-8").read().splitlines(keepends=True)
position = {line: i for i, line in enumerate(whole)}
merged = []
for k, name in enumerate(sys.argv[2:]):
    lines = open(name, encoding="utf-8").read().splitlines(keepends=True)
    assert lines, f"shard {k + 1} is empty"
    idx = [position[l] for l in lines]  # KeyError: a line the unsharded run lacks
    assert idx == sorted(idx), f"shard {k + 1} is not in input order"
    for l in lines:
        doc_id = json.loads(l)["source"]["sha256"][:16]
        assert int(doc_id, 16) % 3 == k, f"{doc_id} in shard {k + 1}"
    merged += idx
assert sorted(merged) == list(range(len(whole))), "overlap or gap between shards"
PY

# Failures: JSON lines on standard error with the path, exit 1, the other documents kept.
"$bin" map --jobs 2 <"$tmp/list-bad" >"$tmp/bad-out" 2>"$tmp/bad-err"
[ $? -eq 1 ] || fail "map with failing inputs did not exit 1"
cmp -s "$tmp/j1" "$tmp/bad-out" || fail "failing inputs changed the other documents' output"
python3 - "$tmp/bad-err" "$tmp/empty.txt" "$tmp/missing.txt" <<'PY' || fail "errors are not JSON lines naming the path: $(cat "$tmp/bad-err")"
import json, sys
errors = [json.loads(l) for l in open(sys.argv[1]).read().splitlines()]
assert [e["path"] for e in errors] == sys.argv[2:], errors
assert "empty" in errors[0]["error"] and "no such file" in errors[1]["error"], errors
PY
# An unreadable file is reported by exactly one shard.
reported=0
for k in 1 2 3; do
  "$bin" map --shard "$k/3" <"$tmp/list-bad" >/dev/null 2>"$tmp/err$k"
  grep -q "missing.txt" "$tmp/err$k" && reported=$((reported + 1))
done
[ "$reported" -eq 1 ] || fail "the missing file was reported by $reported shards, not 1"

# Bad --shard values are usage errors; "-" is not a document here.
for bad in 0/3 4/3 3 a/b 1/0 "1/3x"; do
  "$bin" map --shard "$bad" </dev/null >/dev/null 2>"$tmp/err"
  [ $? -eq 2 ] || fail "--shard $bad did not exit 2"
  grep -q -- "--shard" "$tmp/err" || fail "--shard $bad: the error does not name the option"
done
echo - | "$bin" map >/dev/null 2>"$tmp/err" && fail "map took - as a document"
grep -q '"path":"-"' "$tmp/err" || fail "map - gave no JSON error line: $(cat "$tmp/err")"

if [ "$failures" -ne 0 ]; then
  echo "$failures map check(s) failed"
  exit 1
fi
echo "all map checks passed ($docs documents)"
