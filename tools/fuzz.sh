#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz/ with clang (address and
# undefined-behaviour sanitizers) into build-fuzz/ and runs each for
# SECONDS (default 600) on one core, seeded from samples/, with the
# administrative dictionary. A crash, leak or timeout is copied into
# tests/regressions/ as TARGET-KIND-HASH, where the regressions test runs
# it on every build; the run then fails.
#
#   tools/fuzz.sh [SECONDS] [TARGET...]     # targets: text pdf image dates
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(text pdf image dates)
CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=None -DVANBAN_FUZZ=ON -DBUILD_TESTING=OFF \
  -DCMAKE_CXX_FLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined"
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]/#/fuzz_}"
export ASAN_OPTIONS="detect_leaks=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
status=0
for t in "${targets[@]}"; do
  corpus=build-fuzz/corpus-$t
  mkdir -p "$corpus" build-fuzz/findings-$t
  case $t in
    text|dates) cp -n samples/*.txt "$corpus"/ ;;
    pdf) cp -n samples/*.pdf "$corpus"/ ;;
    image) /usr/bin/python3 tools/render_scan.py samples/qd-2025-phu-loc-ubnd-to-cong-tac-lua.pdf \
             "$corpus"/seed.png --level mild >/dev/null ;;
  esac
  echo "fuzz_$t: $seconds s"
  if ! build-fuzz/fuzz_$t "$corpus" -dict=tests/fuzz/vanban.dict -max_total_time="$seconds" \
       -timeout=30 -rss_limit_mb=2048 -max_len=200000 -print_final_stats=1 \
       -artifact_prefix=build-fuzz/findings-$t/ 2>&1 | tail -25; then
    status=1
  fi
  for f in build-fuzz/findings-$t/*; do
    [[ -e $f ]] || continue
    cp "$f" "tests/regressions/fuzz_$t-$(basename "$f")"
    echo "finding kept: tests/regressions/fuzz_$t-$(basename "$f")"
    status=1
  done
done
exit $status
