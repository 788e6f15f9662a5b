#!/usr/bin/env bash
# The command line as a user meets it: bad inputs give one clear error naming the file and
# exit status 1; bad usage gives 2; parse and batch write what they promise.
# Usage: cli_test.sh path/to/minutes   (run from the project root)
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# expect STATUS PATTERN -- command...: exit status and a stderr line matching PATTERN.
expect() {
  local status=$1 pattern=$2
  shift 3
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  [ "$got" -eq "$status" ] || fail "$* exited $got, expected $status ($(head -c 300 "$tmp/err"))"
  if [ -n "$pattern" ] && ! grep -qE -- "$pattern" "$tmp/err"; then
    fail "$*: stderr lacks /$pattern/: $(head -c 300 "$tmp/err")"
  fi
}

: >"$tmp/empty.txt"
printf '   \n\t\n' >"$tmp/blank.txt"
head -c 4096 /dev/urandom >"$tmp/random.bin"
printf '\x7fELF\x02\x01\x01\x00\x00\x00' >"$tmp/program"
printf '%%PDF-1.4\n%%\xe2\xe3\n' >"$tmp/minutes.pdf"
mkdir "$tmp/folder"

expect 1 "empty.txt: the file is empty" -- "$bin" parse "$tmp/empty.txt"
expect 1 "blank.txt: the file holds only whitespace" -- "$bin" parse "$tmp/blank.txt"
expect 1 "random.bin: .*(binary|not text)" -- "$bin" parse "$tmp/random.bin"
expect 1 "program: .*executable" -- "$bin" parse "$tmp/program"
expect 1 "minutes.pdf: .*PDF" -- "$bin" parse "$tmp/minutes.pdf"
expect 1 "missing.txt: no such file" -- "$bin" parse "$tmp/missing.txt"
expect 1 "folder: is a directory" -- "$bin" parse "$tmp/folder"
# -o naming a pipe (or a device such as /dev/null) is written in place, never replaced.
mkfifo "$tmp/pipe"
timeout 20 cat "$tmp/pipe" >"$tmp/from-pipe" &
reader=$!
"$bin" parse seeds/002_b3c4cebdbde0b01b.txt -o "$tmp/pipe" || fail "parse -o PIPE failed"
wait "$reader"
[ -p "$tmp/pipe" ] || fail "parse -o PIPE replaced the pipe with a file"
grep -q '"schema_version"' "$tmp/from-pipe" || fail "parse -o PIPE wrote nothing through it"

# Reader modules: one that is not the format's reader is refused by name, and the others
# still load (MINUTES_MODULE_DIR is searched first).
mkdir "$tmp/modules"
cp "$(dirname "$bin")/libminutes_markup.so" "$tmp/modules/libminutes_docx.so"
docx=$(ls tests/fixtures/docx/*.docx | head -1)
expect 1 "libminutes_docx.so is not the docx reader of this version" -- \
  env MINUTES_MODULE_DIR="$tmp/modules" "$bin" parse "$docx"
expect 0 "" -- env MINUTES_MODULE_DIR="$tmp/modules" "$bin" parse tests/fixtures/html/uk-parish-council.html
expect 2 "" -- "$bin" parse
expect 2 "" -- "$bin" parse seeds/002_b3c4cebdbde0b01b.txt --format xml
expect 2 "" -- "$bin" frobnicate
expect 0 "" -- "$bin" --version
grep -q "^minutes [0-9]" "$tmp/out" || fail "--version prints no version"
expect 0 "" -- "$bin" --help
grep -q "batch" "$tmp/out" || fail "--help does not mention batch"

# parse: JSON by default, from a file and from standard input alike.
"$bin" parse seeds/002_b3c4cebdbde0b01b.txt >"$tmp/a.json" || fail "parse failed"
"$bin" parse - <seeds/002_b3c4cebdbde0b01b.txt >"$tmp/b.json" || fail "parse - failed"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["schema_version"]=="1.0"; assert d["items"]' "$tmp/a.json" \
  || fail "parse output is not the JSON document"
python3 - "$tmp/a.json" "$tmp/b.json" <<'PY' || fail "stdin and file parse differ"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
a["source"]["path"] = b["source"]["path"] = ""
assert a == b
PY
"$bin" parse seeds/002_b3c4cebdbde0b01b.txt --format md -o "$tmp/one.md" || fail "parse -o failed"
grep -q "^## Corporate Parenting Strategy" "$tmp/one.md" || fail "Markdown lacks the item heading"
"$bin" parse seeds/002_b3c4cebdbde0b01b.txt --format csv -o "$tmp/csv" || fail "parse csv failed"
for t in meetings attendance items resolutions motions actions; do
  [ -s "$tmp/csv/$t.csv" ] || fail "parse --format csv did not write $t.csv"
done

# batch: every good file converted, each bad one reported by name, status 1, no partial files.
mkdir -p "$tmp/in"
cp seeds/*.txt "$tmp/in/"
cp "$tmp/empty.txt" "$tmp/in/zz-empty.txt"
expect 1 "zz-empty.txt: the file is empty" -- "$bin" batch "$tmp/in" -o "$tmp/out1" --jobs 2
[ "$(ls "$tmp/out1"/*.json | wc -l)" -eq 5 ] || fail "batch did not write 5 JSON files"
[ "$(ls "$tmp/out1"/*.md | wc -l)" -eq 5 ] || fail "batch did not write 5 Markdown files"
[ "$(tail -n +2 "$tmp/out1/meetings.csv" | wc -l)" -eq 5 ] || fail "meetings.csv lacks 5 rows"
ls "$tmp/out1" | grep -q '\.tmp\.' && fail "batch left temporary files"
# Deterministic: the same batch twice, with other job counts, gives identical files.
rm "$tmp/in/zz-empty.txt"
expect 0 "" -- "$bin" batch "$tmp/in" -o "$tmp/out2" --jobs 1
expect 0 "" -- "$bin" batch "$tmp/in" -o "$tmp/out3" --jobs 3
diff -r "$tmp/out2" "$tmp/out3" >/dev/null || fail "batch output depends on --jobs"
expect 1 "no input files" -- "$bin" batch "$tmp/folder" -o "$tmp/out4"
expect 2 "" -- "$bin" batch "$tmp/in"

# parse --format text shows the lines a reader made of a binary document.
"$bin" parse tests/fixtures/docx/uk-parish-council.docx --format text >"$tmp/docx.txt" ||
  fail "parse --format text failed"
grep -q "Present" "$tmp/docx.txt" || fail "parse --format text lacks the document's lines"
expect 1 "truncated.pdf: " -- "$bin" parse tests/fixtures/bad/truncated.pdf --format text

# batch reads Word and PDF files beside text; a damaged one is named, the others converted.
mkdir -p "$tmp/mixed"
cp tests/fixtures/docx/uk-parish-council.docx tests/fixtures/pdf/us-city-council.pdf "$tmp/mixed/"
cp "$(ls tests/fixtures/html/*.html | head -1)" "$tmp/mixed/page.html"
cp seeds/002_b3c4cebdbde0b01b.txt "$tmp/mixed/uk-parish-council.txt"
cp tests/fixtures/bad/truncated.pdf tests/fixtures/bad/encrypted.docx "$tmp/mixed/"
expect 1 "truncated.pdf: " -- "$bin" batch "$tmp/mixed" -o "$tmp/out5"
grep -qE "encrypted.docx: .*password" "$tmp/err" || fail "batch did not name encrypted.docx"
[ "$(ls "$tmp/out5"/*.json | wc -l)" -eq 4 ] || fail "mixed batch did not write 4 JSON files"
[ -s "$tmp/out5/page.json" ] || fail "batch skipped the HTML page"
[ -s "$tmp/out5/us-city-council.json" ] || fail "batch skipped the PDF"

# HTML: parse writes one page, from standard input too; batch writes a page per document and
# index.html, and a document named index keeps its extension so that the index stays the batch's.
"$bin" parse seeds/002_b3c4cebdbde0b01b.txt --format html -o "$tmp/one.html" ||
  fail "parse --format html failed"
grep -q 'id="L1"' "$tmp/one.html" || fail "the HTML page lacks its numbered lines"
"$bin" parse - --format html <seeds/002_b3c4cebdbde0b01b.txt | grep -q '<!DOCTYPE html>' ||
  fail "parse - --format html wrote no page"
mkdir -p "$tmp/html-in"
cp seeds/002_b3c4cebdbde0b01b.txt "$tmp/html-in/index.txt"
cp seeds/004_8798340c23ca0f8f.txt "$tmp/html-in/"
expect 0 "" -- "$bin" batch "$tmp/html-in" -o "$tmp/out6" --formats html
[ -s "$tmp/out6/index.txt.html" ] || fail "the page of index.txt is not index.txt.html"
[ -s "$tmp/out6/004_8798340c23ca0f8f.html" ] || fail "batch --formats html wrote no page"
grep -q 'href="./index.txt.html"' "$tmp/out6/index.html" || fail "index.html lacks index.txt's page"
ls "$tmp/out6" | grep -qE '\.(json|md|csv)$' && fail "batch --formats html wrote other formats"

# Outputs are named by the path each input was found at: a symbolic link in a subfolder to a
# file elsewhere is named after the link, in its subfolder; an output that would replace an
# input (the output folder inside the input folder) is refused.
mkdir -p "$tmp/linked/in/sub" "$tmp/linked/elsewhere"
cp seeds/004_8798340c23ca0f8f.txt "$tmp/linked/elsewhere/real.txt"
ln -s ../../elsewhere/real.txt "$tmp/linked/in/sub/link.txt"
cp seeds/002_b3c4cebdbde0b01b.txt "$tmp/linked/in/plain.txt"
expect 0 "" -- "$bin" batch "$tmp/linked/in" -o "$tmp/linked/out" --formats json
[ -s "$tmp/linked/out/sub/link.json" ] || fail "the linked input is not named sub/link.json"
[ -s "$tmp/linked/out/plain.json" ] || fail "batch skipped plain.txt beside a link"
cp samples/oss-project-meeting.md "$tmp/linked/in/sub/notes.md"
expect 1 "notes.md: its output would overwrite an input" -- \
  "$bin" batch "$tmp/linked/in" -o "$tmp/linked/in" --formats json,md

# Inputs are taken in path order, folder by folder: "a/b.txt" before "a-b.txt" (the folder
# "a" sorts before the name "a-b"), as the CSV tables show.
mkdir -p "$tmp/order/a" "$tmp/order/ab"
for f in a-b.txt a.txt a/b.txt ab/c.txt a/a.txt; do
  cp seeds/002_b3c4cebdbde0b01b.txt "$tmp/order/$f"
done
expect 0 "" -- "$bin" batch "$tmp/order" -o "$tmp/order-out" --formats csv
order=$(tail -n +2 "$tmp/order-out/meetings.csv" | cut -d, -f2 | sed "s|$tmp/order/||" | tr '\n' ' ')
[ "$order" = "a/a.txt a/b.txt a-b.txt a.txt ab/c.txt " ] || fail "inputs not in path order: $order"

# Two inputs with one stem: the second in path order keeps its extension in its name.
mkdir -p "$tmp/same-stem"
cp seeds/002_b3c4cebdbde0b01b.txt "$tmp/same-stem/notes.txt"
cp samples/oss-project-meeting.md "$tmp/same-stem/notes.md"
expect 0 "" -- "$bin" batch "$tmp/same-stem" -o "$tmp/same-stem-out" --formats json
[ -s "$tmp/same-stem-out/notes.json" ] && [ -s "$tmp/same-stem-out/notes.txt.json" ] ||
  fail "two inputs named notes: expected notes.json and notes.txt.json, got $(ls "$tmp/same-stem-out")"
# A third, from another folder, with the same name and extension: a number besides, and no
# input's outputs overwrite another's.
mkdir -p "$tmp/same-stem-2"
cp samples/us-city-council.txt "$tmp/same-stem-2/notes.txt"
expect 0 "" -- "$bin" batch "$tmp/same-stem" "$tmp/same-stem-2" -o "$tmp/same-stem-out2" --formats json
[ "$(ls "$tmp/same-stem-out2" | tr '\n' ' ')" = "notes.json notes.txt-2.json notes.txt.json " ] ||
  fail "three inputs named notes: got $(ls "$tmp/same-stem-out2" | tr '\n' ' ')"
grep -q "us-city-council\|City Council" "$tmp/same-stem-out2/notes.txt-2.json" ||
  fail "notes.txt-2.json is not the second folder's notes.txt"

if [ "$failures" -ne 0 ]; then
  echo "$failures CLI check(s) failed"
  exit 1
fi
echo "all CLI checks passed"
