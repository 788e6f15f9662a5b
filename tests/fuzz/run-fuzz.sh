#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a bounded time, seeded from the
# seeds, samples and test fixtures.
#   tests/fuzz/run-fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
# Environment: FUZZ_BUILD (build folder, default build-fuzz), FUZZ_RUNS (also stop after
# -runs=N executions, whichever bound comes first), FUZZ_TIMEOUT (seconds one input may take,
# default 10; libFuzzer counts wall time, so a long campaign sharing its cores needs more).
# A crash, leak or timeout stops with status 1 and leaves the input in FUZZ_BUILD/findings/:
# make it a regression test (tests/fuzz/regressions/ replays every file there).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
build=${FUZZ_BUILD:-build-fuzz}

cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug -DMINUTES_FUZZ=ON \
  -DMINUTES_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)"

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then mapfile -t targets < "$build/tests/fuzz/targets.txt"; fi

# Seed corpora: whole documents for the parse and reader targets, single lines for grammars,
# manifests for the manifest.
corpus="$build/corpus"
mkdir -p "$corpus/documents" "$corpus/lines" "$build/findings"
python3 tests/fuzz/make-corpus.py "$corpus"

status=0
for target in "${targets[@]}"; do
  [ -n "$target" ] || continue
  case "$target" in
    fuzz_grammar_*) seeds="$corpus/lines"; max_len=512 ;;
    fuzz_manifest) seeds="$corpus/manifests"; max_len=4096 ;;
    # Whole PDF and DOCX files: cut to 16 KiB, every fixture would be a truncated file that
    # the reader refuses at its first check, and the fuzzer would never reach the pages.
    fuzz_read_pdf | fuzz_read_docx) seeds="$corpus/documents"; max_len=65536 ;;
    *) seeds="$corpus/documents"; max_len=16384 ;;
  esac
  work="$build/work/$target"
  mkdir -p "$work"
  # Both bounds may be given: the run stops at whichever comes first (0 seconds: no time bound).
  bound=(-max_total_time="$seconds")
  [ -n "${FUZZ_RUNS:-}" ] && bound+=(-runs="$FUZZ_RUNS")
  echo "== $target (${FUZZ_RUNS:+${FUZZ_RUNS} runs or }${seconds} s) $(date -u +%H:%M:%S)"
  # -rss_limit_mb and -timeout catch blow-ups: a document that needs more is a finding.
  if ! ASAN_OPTIONS=detect_leaks=1 "$build/tests/fuzz/$target" "$work" "$seeds" \
      -dict=tests/fuzz/minutes.dict -max_len="$max_len" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 \
      -artifact_prefix="$build/findings/$target-" -print_final_stats=1 "${bound[@]}" \
      2> "$build/work/$target.log"; then
    echo "!! $target found a problem:"; tail -40 "$build/work/$target.log"; status=1
  else
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/work/$target.log" || true
  fi
done
exit $status
