#!/usr/bin/env bash
# Measures `normative diff OLD NEW --format json` on two versions of the synthetic 10,000-point
# standard with about 1 % of the points changed, next to `git diff --no-index` of the same two
# folders, and checks that the diff reports exactly the changes that were made.
# See docs/performance.md ("Diff") for the figures on a reference machine.
#
# Usage (from anywhere; after the distribution is built, e.g. by
# ./mvnw -B -ntp verify -pl releng/org.normative.cli.dist -am -DskipTests):
#   releng/benchmark/run-diff-benchmark.sh [--regenerate]
# Environment: RUNS (timed runs per command, default 10), WARMUP (untimed runs first, default 3),
# PERCENT (share of points changed, default 1), SEED (seed of the changes, default 1),
# NORMATIVE (the launcher, default releng/org.normative.cli.dist/target/normative/bin/normative
# of this checkout), CDS (on: also time the launcher with NORMATIVE_CDS=off in the same run;
# off: only that).
#
# Method:
#   * generate-standard.py writes the standard into target/bench/synthetic and, with
#     --mutate PERCENT, the next version into target/bench/synthetic-next together with the list
#     of changes it made (target/bench/synthetic-next-changes.json): points added, removed, moved
#     to another dimension, reordered, renamed, a criterion reworded at one tier, deprecated;
#   * the launcher's class-data-sharing archives go to target/bench/cache (XDG_CACHE_HOME), emptied
#     first; the diff runs once, which writes the diff's archive (its time is printed: the first run
#     of a command is slower), and its JSON report must list exactly those changes (kind, id, to,
#     tier; nothing more, nothing less) with exit code 1, or the script stops with exit code 1;
#   * hyperfine (Debian package, installed when missing and running as root) runs each command
#     WARMUP times untimed ("warm": the OS file cache and the launcher's archive; every run is a
#     new JVM), then RUNS times, in the same invocation: the diff with the archive, the diff
#     without it (NORMATIVE_CDS=off), git diff; the table gives the median, mean, range and CPU
#     time (user + system) of each. The load average is printed before and after, because
#     wall times depend on what else the machine runs.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"

RUNS=${RUNS:-10}
CDS=${CDS:-on}
WARMUP=${WARMUP:-3}
PERCENT=${PERCENT:-1}
SEED=${SEED:-1}
regenerate=0
for arg in "$@"; do
  case "$arg" in
    --regenerate) regenerate=1 ;;
    -h|--help) sed -n '2,33p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run-diff-benchmark.sh: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

bench=target/bench
old=$bench/synthetic
new=$bench/synthetic-next
expected=$bench/synthetic-next-changes.json
# shellcheck source=lib.sh
source "$here/lib.sh"
if [ -n "${NORMATIVE:-}" ]; then
  launcher=$NORMATIVE
  [ -x "$launcher" ] || { echo "run-diff-benchmark.sh: NORMATIVE=$launcher is not executable" >&2; exit 2; }
else
  require_cli
fi
require_command python3 python3
require_command hyperfine hyperfine

ensure_synthetic 10000 "$old" "$([ "$regenerate" = 1 ] && echo --regenerate)"
if [ "$regenerate" = 1 ] || [ ! -f "$expected" ] || [ "$old/standard.norm" -nt "$expected" ] \
    || [ "$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d['percent'], d['seed'])" "$expected")" \
         != "$(python3 -c "import sys; print(float(sys.argv[1]), int(sys.argv[2]))" "$PERCENT" "$SEED")" ]; then
  python3 "$here/generate-standard.py" --points 10000 --out "$new" --mutate "$PERCENT" --mutation-seed "$SEED" --changes "$expected"
fi

print_machine
echo "Launcher: $launcher"
echo "Sizes:   $(size_mb "$old") MB old, $(size_mb "$new") MB new; git diff --no-index: $(git diff --no-index "$old" "$new" | wc -l) lines"
echo

echo "== correctness"
export XDG_CACHE_HOME=$root/$bench/cache
rm -rf "$XDG_CACHE_HOME/normative"
report=$bench/diff-report.json
set +e
start=$(date +%s%N)
NORMATIVE_CDS=$CDS "$launcher" diff "$old" "$new" --format json > "$report"
status=$?
echo "first run: $(( ($(date +%s%N) - start) / 1000000 )) ms (NORMATIVE_CDS=$CDS; archives written: $(find "$XDG_CACHE_HOME" -name '*.jsa' 2>/dev/null | wc -l))"
set -e
if [ "$status" != 1 ]; then
  echo "run-diff-benchmark.sh: normative diff exited with $status, expected 1 (changes found)" >&2
  exit 1
fi
python3 - "$report" "$expected" <<'EOF'
import collections, json, sys
report = json.load(open(sys.argv[1]))
expected = json.load(open(sys.argv[2]))["changes"]
def key(change):
    return (change["kind"], change.get("id"), change.get("to"), change.get("tier"))
found = collections.Counter(key(c) for c in report["changes"])
wanted = collections.Counter(key(c) for c in expected)
extra, missing = found - wanted, wanted - found
kinds = collections.Counter(c["kind"] for c in report["changes"])
print(f"{len(report['changes'])} changes reported ({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}), "
      f"{len(expected)} made; semver {report['semver']}")
for change in extra.elements():
    print("  reported but not made:", change)
for change in missing.elements():
    print("  made but not reported:", change)
if extra or missing:
    sys.exit("run-diff-benchmark.sh: the report does not list exactly the changes that were made")
print("the report lists exactly the changes that were made")
EOF

echo "== timing (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
results=$bench/diff-hyperfine.json
commands=()
if [ "$CDS" != off ]; then
  commands+=(--command-name "normative diff --format json" "$launcher diff $old $new --format json")
fi
commands+=(--command-name "normative diff --format json, NORMATIVE_CDS=off" "NORMATIVE_CDS=off $launcher diff $old $new --format json")
hyperfine --warmup "$WARMUP" --runs "$RUNS" --ignore-failure --style basic --export-json "$results" \
  "${commands[@]}" \
  --command-name "git diff --no-index" "git diff --no-index $old $new"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== results"
python3 - "$results" <<'EOF'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
print("| command | median | mean ± σ | range | CPU (user + system, mean) |")
print("| --- | --- | --- | --- | --- |")
for r in results:
    print(f"| `{r['command']}` | **{r['median']:.2f} s** | {r['mean']:.2f} ± {r['stddev']:.2f} s | "
          f"{r['min']:.2f}–{r['max']:.2f} s | {r['user'] + r['system']:.2f} s |")
diff = results[0]["median"]
print(f"normative diff: median {diff:.2f} s, target < 2 s warm: {'met' if diff < 2 else 'missed'}")
EOF
