#!/usr/bin/env bash
# Measures `normative publish` on the synthetic 10,000-point standard, one format at a time
# (docx, pdf, json, html): wall time, CPU and peak heap; and, in the same run, the tools a committee
# would otherwise use: pandoc turning the equivalent Markdown into .docx, and LibreOffice headless
# converting our .docx into PDF. See docs/performance.md for the results on a reference machine.
#
# Usage (from anywhere; after ./mvnw -B install -DskipTests):
#   releng/benchmark/run-publish-benchmark.sh [--regenerate]
# Environment: POINTS (size of the synthetic standard, default 10000), FORMATS (default
# "docx pdf json html"), RUNS (timed runs per format, default 1: a 10,000-point PDF takes minutes),
# HEAP_LIMIT (the -Xmx of every publish run, default 3g).
#
# Method:
#   * the synthetic standard (generate-standard.py) is in target/bench/synthetic, shared with
#     run-benchmark.sh; its JSON edition is turned into Markdown by edition-to-markdown.py for pandoc;
#   * each format is published once untimed (warming the OS file cache), then RUNS times under
#     /usr/bin/time with -Xmx$HEAP_LIMIT and a GC log: the run must pass within that heap, and the
#     peak heap used is read from the log as in run-benchmark.sh. Wall time includes JVM start,
#     loading and validating the standard, which `normative validate` alone measures in the same
#     run: the "own s" column is a format's wall time minus that baseline (the writing itself);
#   * pandoc (Debian package) runs `pandoc MD --toc -o OUT.docx`; LibreOffice (Debian
#     libreoffice-writer-nogui) runs `soffice --headless --convert-to pdf` on our .docx, with a
#     fresh user profile; both once warm-up, then RUNS times;
#   * missing Debian packages (time, pandoc, libreoffice-writer-nogui) are installed when run as root.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"

POINTS=${POINTS:-10000}
FORMATS=${FORMATS:-docx pdf json html}
RUNS=${RUNS:-1}
HEAP_LIMIT=${HEAP_LIMIT:-3g}
regenerate=
for arg in "$@"; do
  case "$arg" in
    --regenerate) regenerate=--regenerate ;;
    -h|--help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run-publish-benchmark.sh: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

bench=target/bench
synthetic=$bench/synthetic
editions=$bench/editions
# shellcheck source=lib.sh
source "$here/lib.sh"

require_cli
require_command python3 python3
[ -x /usr/bin/time ] || require_command /usr/bin/time time
require_command pandoc pandoc
require_command soffice libreoffice-writer-nogui

mkdir -p "$bench"
ensure_synthetic "$POINTS" "$synthetic" "$regenerate"
print_machine
echo "pandoc:  $(pandoc --version | head -n 1)"
echo "soffice: $(soffice --version 2>/dev/null | head -n 1)"
echo

declare -A wall cpu peak
# publish_once FORMAT [NAME]: one run with the heap limit and a GC log; sets WALL, CPU and HEAP_PEAK.
publish_once() {
  local log=$bench/gc-publish-$1.log out
  out=$(mktemp)
  rm -f "$log"
  NORMATIVE_JAVA_OPTS="${NORMATIVE_JAVA_OPTS:-} -Xmx$HEAP_LIMIT $(gc_log_option "$log")" \
    timed "$out" ./normative publish --no-progress "$synthetic" --format "$1" --out "$editions"
  if [ "$STATUS" != 0 ]; then
    echo "run-publish-benchmark.sh: publish --format $1 failed (exit $STATUS):" >&2
    tail -n 20 "$out" >&2
    rm -f "$out"
    exit 1
  fi
  rm -f "$out"
  heap_figures "$log"
}

# other_once NAME COMMAND...: one run of another tool; sets WALL and CPU.
other_once() {
  local name=$1 out
  shift
  out=$(mktemp)
  timed "$out" "$@"
  if [ "$STATUS" != 0 ]; then
    echo "run-publish-benchmark.sh: $name failed (exit $STATUS):" >&2
    tail -n 20 "$out" >&2
    rm -f "$out"
    exit 1
  fi
  rm -f "$out"
}

# the JSON edition is needed for the Markdown, whatever FORMATS says
./normative publish --no-progress "$synthetic" --format json --out "$editions" >/dev/null
edition=$(ls "$editions"/*.json | grep -v schema | head -n 1)
python3 "$here/edition-to-markdown.py" "$edition" --out "$bench/synthetic.md"

echo "== normative validate (the baseline: JVM start, loading and validating, as publish does first)"
walls=()
for ((i = 0; i <= RUNS; i++)); do
  other_once validate ./normative validate --no-progress "$synthetic"
  [ "$i" -gt 0 ] && walls+=("$WALL") && echo "  run $i: $WALL s wall, $CPU s CPU"
done
base=$(median "${walls[@]}")
echo

for format in $FORMATS; do
  echo "== normative publish --format $format"
  publish_once "$format"  # warm-up, untimed
  walls=() cpus=() peaks=()
  for ((i = 1; i <= RUNS; i++)); do
    publish_once "$format"
    walls+=("$WALL") cpus+=("$CPU") peaks+=("$HEAP_PEAK")
    file=$(ls -S "$editions"/*."$format" | head -n 1)
    echo "  run $i: $WALL s wall, $CPU s CPU, peak heap $HEAP_PEAK MB ($HEAP_GCS collections); $(basename "$file") $(du -k "$file" | cut -f1) KB"
  done
  wall[$format]=$(median "${walls[@]}") cpu[$format]=$(median "${cpus[@]}") peak[$format]=$(median "${peaks[@]}")
  echo
done

echo "== pandoc $bench/synthetic.md --toc -o $bench/pandoc.docx"
other_once pandoc pandoc "$bench/synthetic.md" --toc -o "$bench/pandoc.docx"
walls=() cpus=()
for ((i = 1; i <= RUNS; i++)); do
  other_once pandoc pandoc "$bench/synthetic.md" --toc -o "$bench/pandoc.docx"
  walls+=("$WALL") cpus+=("$CPU")
  echo "  run $i: $WALL s wall, $CPU s CPU"
done
wall[pandoc]=$(median "${walls[@]}") cpu[pandoc]=$(median "${cpus[@]}") peak[pandoc]=-
echo

docx=$(ls "$editions"/*.docx 2>/dev/null | head -n 1 || true)
if [ -n "$docx" ]; then
  echo "== soffice --headless --convert-to pdf $(basename "$docx")"
  walls=() cpus=()
  for ((i = 0; i <= RUNS; i++)); do
    profile=$(mktemp -d)
    other_once soffice soffice "-env:UserInstallation=file://$profile" --headless --convert-to pdf --outdir "$bench/libreoffice" "$docx"
    rm -rf "$profile"
    if [ "$i" -gt 0 ]; then
      walls+=("$WALL") cpus+=("$CPU")
      echo "  run $i: $WALL s wall, $CPU s CPU"
    fi
  done
  wall[soffice]=$(median "${walls[@]}") cpu[soffice]=$(median "${cpus[@]}") peak[soffice]=-
  echo
fi

echo "== Results ($POINTS points; median of $RUNS runs after one warm-up run; load now $(cut -d' ' -f1-3 /proc/loadavg))"
own() { awk "BEGIN { printf \"%.2f\", $1 - $base }"; }
printf '%-46s %8s %8s %8s %14s\n' "" "wall s" "own s" "CPU s" "peak heap MB"
printf '%-46s %8s %8s %8s %14s\n' "normative validate (baseline)" "$base" "-" "-" "-"
for format in $FORMATS; do
  printf '%-46s %8s %8s %8s %14s\n' "normative publish --format $format" "${wall[$format]}" "$(own "${wall[$format]}")" "${cpu[$format]}" "${peak[$format]}"
done
printf '%-46s %8s %8s %8s %14s\n' "pandoc Markdown -> .docx" "${wall[pandoc]}" "-" "${cpu[pandoc]}" "-"
[ -n "${wall[soffice]:-}" ] && printf '%-46s %8s %8s %8s %14s\n' "LibreOffice our .docx -> PDF" "${wall[soffice]}" "-" "${cpu[soffice]}" "-"
echo
[ -n "${wall[docx]:-}" ] && echo "Target: our .docx at least 3x faster than pandoc: $(verdict "${wall[docx]} * 3 <= ${wall[pandoc]}") (${wall[docx]} s vs ${wall[pandoc]} s)"
[ -n "${wall[pdf]:-}" ] && [ -n "${wall[soffice]:-}" ] && echo "Target: our PDF at least 2x faster than LibreOffice's conversion: $(verdict "${wall[pdf]} * 2 <= ${wall[soffice]}") (${wall[pdf]} s vs ${wall[soffice]} s), peak heap under 3 GB: $(verdict "${peak[pdf]} < 3072") (${peak[pdf]} MB)"
[ -n "${wall[json]:-}" ] && echo "Target: JSON under 2 s (its own time, after the validation every publish starts with): $(verdict "$(own "${wall[json]}") < 2") ($(own "${wall[json]}") s; ${wall[json]} s in all)"
exit 0
