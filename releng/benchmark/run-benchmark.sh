#!/usr/bin/env bash
# Measures `normative validate` on a synthetic 10,000-point standard and on the seed example
# (examples/ai-competency-model): wall time and peak RSS of the whole process, and the Java heap.
# See docs/performance.md for what the figures mean and the results on a reference machine.
#
# Usage (from anywhere; after ./mvnw -B install -DskipTests):
#   releng/benchmark/run-benchmark.sh [--regenerate]
# Environment: RUNS (timed runs per target, default 3), POINTS (size of the synthetic standard,
# default 10000), HEAP_LIMIT (the -Xmx of the heap run, default 2g).
#
# Method:
#   * the synthetic standard is written by generate-standard.py into target/bench/synthetic
#     (git-ignored) when it is absent, or always with --regenerate;
#   * each target is validated once untimed (to warm the OS file cache), then RUNS times under
#     /usr/bin/time -f '%e s %M KB %U %S' (elapsed wall seconds, maximum resident set size, user
#     and system CPU seconds); every run is printed, the table shows the medians. Wall time depends
#     on what else the machine runs: the load average is printed before and after;
#   * the heap is measured in one more run with NORMATIVE_JAVA_OPTS="-Xmx$HEAP_LIMIT
#     -Xlog:gc,gc+exit:file=target/bench/gc-<target>.log": the run must pass within that heap
#     limit, and the log gives the heap used before each collection ("Pause ... 174M->73M(365M)"),
#     the heap live after each collection, and the heap used at exit (the gc,exit lines). The peak
#     heap used is the larger of the largest before-collection value and the value at exit.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"

RUNS=${RUNS:-3}
POINTS=${POINTS:-10000}
HEAP_LIMIT=${HEAP_LIMIT:-2g}
regenerate=0
for arg in "$@"; do
  case "$arg" in
    --regenerate) regenerate=1 ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run-benchmark.sh: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

bench=target/bench
synthetic=$bench/synthetic
seed=examples/ai-competency-model
# shellcheck source=lib.sh
source "$here/lib.sh"

require_cli
require_command python3 python3
[ -x /usr/bin/time ] || require_command /usr/bin/time time

mkdir -p "$bench"
ensure_synthetic "$POINTS" "$synthetic" "$([ "$regenerate" = 1 ] && echo --regenerate)"

# ---------------------------------------------------------------- the machine

print_machine

# validate_once TARGET: one run under /usr/bin/time; sets WALL (s), RSS (KB), CPU (user + system s) and SUMMARY.
validate_once() {
  local out
  out=$(mktemp)
  timed "$out" ./normative validate --no-progress "$1"
  SUMMARY=$(tail -n 1 "$out")
  if [ "$STATUS" != 0 ] || ! grep -q ': 0 errors, 0 warnings$' "$out"; then
    echo "run-benchmark.sh: validate $1 did not pass cleanly (exit $STATUS):" >&2
    tail -n 20 "$out" >&2
    rm -f "$out"
    exit 1
  fi
  rm -f "$out"
}

# heap_run TARGET NAME: one run with a heap limit and a GC log; sets the HEAP_* figures (MB).
heap_run() {
  local log=$bench/gc-$2.log
  rm -f "$log"
  NORMATIVE_JAVA_OPTS="${NORMATIVE_JAVA_OPTS:-} -Xmx$HEAP_LIMIT $(gc_log_option "$log")" validate_once "$1"
  heap_figures "$log"
}

# ---------------------------------------------------------------- the runs

declare -A row heap
for name in synthetic seed; do
  target=${!name}
  echo "== validate $target"
  validate_once "$target"  # warm-up, untimed
  echo "  $SUMMARY"
  walls=() rsss=() cpus=()
  for ((i = 1; i <= RUNS; i++)); do
    validate_once "$target"
    walls+=("$WALL") rsss+=("$RSS") cpus+=("$CPU")
    echo "  run $i: $WALL s wall, $CPU s CPU (user + system), $((RSS / 1024)) MB peak RSS"
  done
  heap_run "$target" "$name"
  if [ "$HEAP_GCS" -gt 0 ]; then
    echo "  heap run (-Xmx$HEAP_LIMIT): passed; $HEAP_GCS collections, peak heap used ${HEAP_PEAK} MB," \
         "max live after a collection ${HEAP_LIVE} MB, max committed ${HEAP_COMMITTED} MB (log: $bench/gc-$name.log)"
  else
    echo "  heap run (-Xmx$HEAP_LIMIT): passed; no collection, heap used at exit ${HEAP_PEAK} MB (log: $bench/gc-$name.log)"
  fi
  row[$name]="$(size_mb "$target") $(median "${walls[@]}") $(median "${cpus[@]}") $(( $(median "${rsss[@]}" | cut -d. -f1) / 1024 ))"
  heap[$name]="$HEAP_PEAK $([ "$HEAP_GCS" -gt 0 ] && echo "$HEAP_LIVE" || echo "-")"
  echo
done

# ---------------------------------------------------------------- the table

echo "== Results (median of $RUNS runs after one warm-up run; load now $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-30s %8s %8s %8s %12s %13s %13s\n' "validate" "size MB" "wall s" "CPU s" "peak RSS MB" "peak heap MB" "live heap MB"
for name in synthetic seed; do
  read -r size wall cpu rss <<<"${row[$name]}"
  read -r peak live <<<"${heap[$name]}"
  printf '%-30s %8s %8s %8s %12s %13s %13s\n' "${!name}" "$size" "$wall" "$cpu" "$rss" "$peak" "$live"
done
echo
read -r _ wall _ _ <<<"${row[synthetic]}"
read -r peak _ <<<"${heap[synthetic]}"
echo "Targets: $POINTS-point standard under 10 s wall: $(verdict "$wall < 10") ($wall s);" \
     "within a 2 GB heap: $(verdict "$peak < 2048") (ran with -Xmx$HEAP_LIMIT, peak $peak MB)"
read -r _ wall _ _ <<<"${row[seed]}"
echo "         seed example under 2 s wall including JVM start: $(verdict "$wall < 2") ($wall s)"
