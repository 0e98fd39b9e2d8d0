#!/usr/bin/env bash
# Tests the distribution's launcher (bin/normative) as a user runs it: the class-data-sharing
# archive per command in the cache folder, and that the commands' output and exit codes are the
# same with and without it, with nothing from the JVM on stderr.
# Run by the module's build (integration-test phase, skipped with -DskipTests), or by hand:
#   releng/org.normative.cli.dist/src/test/sh/launcher-test.sh DIST SCRATCH EXAMPLE
# DIST: the assembled distribution (target/normative); SCRATCH: a folder for the test's files
# (emptied first); EXAMPLE: a standard's folder that validates without errors.
# Prints one line per check and "N passed, N failed"; exits 1 when a check failed.
set -uo pipefail

dist=$(cd "$1" && pwd)
scratch=$2
example=$(cd "$3" && pwd)
rm -rf "$scratch"
mkdir -p "$scratch"
scratch=$(cd "$scratch" && pwd)
launcher=$dist/bin/normative
unset NORMATIVE_CDS NORMATIVE_JAVA_OPTS

passed=0
failed=0
check() {  # check DESCRIPTION COMMAND...: runs COMMAND, counts and prints the outcome
  local what=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "ok      $what"
  else
    failed=$((failed + 1))
    echo "FAILED  $what"
  fi
}

# run NAME ARGS...: runs the launcher with ARGS (in the current environment); stdout, stderr and
# the exit code go to $scratch/NAME.{out,err,code}.
run() {
  local name=$1
  shift
  "$launcher" "$@" >"$scratch/$name.out" 2>"$scratch/$name.err"
  echo $? >"$scratch/$name.code"
}
code_is() { [ "$(cat "$scratch/$1.code")" = "$2" ] || { echo "  $1: exit code $(cat "$scratch/$1.code"), expected $2"; false; }; }
stderr_empty() { [ ! -s "$scratch/$1.err" ] || { echo "  $1: stderr:"; head -n 5 "$scratch/$1.err" | sed 's/^/    /'; false; }; }
same_output() { cmp -s "$scratch/$1.out" "$scratch/$2.out" || { echo "  $1 and $2 printed different output"; false; }; }
archives() { find "$1" -name 'cds-*.jsa' 2>/dev/null | sort; }  # archives() CACHE: the archives in CACHE
count_archives() { [ "$(archives "$1" | grep -c -e "${3:-}")" = "$2" ] || { echo "  archives in $1:"; archives "$1" | sed 's/^/    /'; false; }; }
no_partial_files() { [ -z "$(find "$1" -name '*.tmp' 2>/dev/null)" ] || { echo "  left in $1:"; find "$1" -name '*.tmp'; false; }; }
not_rewritten() { [ -z "$(find "$1" -newer "$2")" ] || { echo "  $1 was written again"; false; }; }
mapped() {  # mapped LOG: the CLI's own classes came from the archive (the "top" layer over the JDK's)
  grep -q 'org.normative.cli.NormativeCli source: shared objects file (top)' "$1" \
    && [ "$(grep -c 'org\.normative\..* source: shared objects file (top)' "$1")" -gt 100 ] \
    || { echo "  not mapped from the archive: $(grep 'org.normative.cli.NormativeCli ' "$1")"; false; }
}

# A second version of the example with one point renamed, for `diff` (exit code 1: changes).
next=$scratch/next
cp -r "$example" "$next"
rm -rf "$next/target"
sed -i '0,/title "/s//title "Renamed: /' "$(grep -l 'title "' "$next"/*.norm | head -n 1)"

echo "== first run of a command writes its archive; the second maps it"
export XDG_CACHE_HOME=$scratch/cache
run validate-1 validate "$example"
check "validate: exit code 0" code_is validate-1 0
check "validate: stderr empty" stderr_empty validate-1
check "validate: one archive, cds-*-validate.jsa" count_archives "$XDG_CACHE_HOME" 1 'normative/cds-[0-9]*-[0-9]*-validate\.jsa$'
check "validate: no partial archive left" no_partial_files "$XDG_CACHE_HOME"
archive=$(archives "$XDG_CACHE_HOME")
sleep 1
touch "$scratch/marker"
NORMATIVE_JAVA_OPTS="-Xlog:class+load=info:file=$scratch/validate-2.classes" run validate-2 validate "$example"
check "validate again: exit code 0, same output" eval 'code_is validate-2 0 && same_output validate-1 validate-2'
check "validate again: stderr empty" stderr_empty validate-2
check "validate again: classes mapped from the archive" mapped "$scratch/validate-2.classes"
check "validate again: archive not written again" not_rewritten "$archive" "$scratch/marker"

run diff-1 diff "$example" "$next" --format json
check "diff with changes: exit code 1 (archive kept)" code_is diff-1 1
check "diff: stderr empty" stderr_empty diff-1
check "diff: its own archive beside validate's" count_archives "$XDG_CACHE_HOME" 1 '-diff\.jsa$'
run diff-2 diff "$example" "$next" --format json
check "diff again: exit code 1, same JSON" eval 'code_is diff-2 1 && same_output diff-1 diff-2'

run version --version
check "--version: no archive" count_archives "$XDG_CACHE_HOME" 0 'version\|help'

echo "== a jar newer than the archive: made again"
touch -d '2000-01-01' "$archive"
touch "$scratch/marker"
run validate-3 validate "$example"
check "validate: exit code 0, same output, stderr empty" eval 'code_is validate-3 0 && same_output validate-1 validate-3 && stderr_empty validate-3'
check "validate: archive written again" eval '[ -n "$(find "$archive" -newer "$scratch/marker")" ]'

echo "== NORMATIVE_CDS=off"
export XDG_CACHE_HOME=$scratch/cache-off
NORMATIVE_CDS=off run off validate "$example"
check "off: same output, exit code 0, stderr empty" eval 'code_is off 0 && same_output validate-1 off && stderr_empty off'
check "off: no archive" count_archives "$XDG_CACHE_HOME" 0
NORMATIVE_CDS=off run diff-off diff "$example" "$next" --format json
check "off: diff prints the same JSON" eval 'code_is diff-off 1 && same_output diff-1 diff-off'

echo "== a cache folder that cannot be written"
printf 'not a folder\n' >"$scratch/file"
export XDG_CACHE_HOME=$scratch/file/cache  # under a file: cannot be created, not even by root
run unwritable validate "$example"
check "under a file: same output, exit code 0, stderr empty" eval 'code_is unwritable 0 && same_output validate-1 unwritable && stderr_empty unwritable'
run diff-unwritable diff "$example" "$next" --format json
check "under a file: diff prints the same JSON, stderr empty" eval 'code_is diff-unwritable 1 && same_output diff-1 diff-unwritable && stderr_empty diff-unwritable'
if [ "$(id -u)" != 0 ]; then
  mkdir -p "$scratch/read-only/normative"
  chmod 555 "$scratch/read-only/normative"
  export XDG_CACHE_HOME=$scratch/read-only
  run read-only validate "$example"
  check "read-only folder: same output, exit code 0, stderr empty, no archive" \
    eval 'code_is read-only 0 && same_output validate-1 read-only && stderr_empty read-only && count_archives "$XDG_CACHE_HOME" 0'
  chmod 755 "$scratch/read-only/normative"
fi
unset XDG_CACHE_HOME
HOME=$scratch/home-is-a-file
printf 'not a folder\n' >"$HOME"
run no-home validate "$example"
check "HOME a file, no XDG_CACHE_HOME: same output, stderr empty" eval 'code_is no-home 0 && same_output validate-1 no-home && stderr_empty no-home'
HOME=$scratch/home

echo "== a first run that fails (exit code 2) keeps no archive"
export XDG_CACHE_HOME=$scratch/cache-failed
run failed validate "$scratch/does-not-exist"
check "missing folder: exit code 2" code_is failed 2
check "missing folder: no archive, nothing left" eval 'count_archives "$XDG_CACHE_HOME" 0 && no_partial_files "$XDG_CACHE_HOME"'
run after-failed validate "$example"
check "then a good run: same output, one archive" eval 'code_is after-failed 0 && same_output validate-1 after-failed && count_archives "$XDG_CACHE_HOME" 1'

echo "== a first run ended by a signal keeps no archive"
export XDG_CACHE_HOME=$scratch/cache-signal
set -m  # the launcher in a process group of its own, with SIGINT not ignored, as at a terminal
"$launcher" validate "$example" >"$scratch/signal.out" 2>"$scratch/signal.err" &
pid=$!
set +m
for _ in $(seq 100); do  # until the JVM runs (the launcher's child)
  if command -v pgrep >/dev/null; then
    pgrep -P "$pid" java >/dev/null && break
  elif [ -s "/proc/$pid/task/$pid/children" ]; then
    break
  fi
  sleep 0.1
done
sleep 0.5
kill -INT -- "-$pid"  # Ctrl-C: the whole process group
wait "$pid"
echo $? >"$scratch/signal.code"
check "Ctrl-C: exit code 130" code_is signal 130
check "Ctrl-C: no archive, nothing left" eval 'count_archives "$XDG_CACHE_HOME" 0 && no_partial_files "$XDG_CACHE_HOME"'

echo "== another installation has its own archive; other jars replace it"
export XDG_CACHE_HOME=$scratch/cache
copy=$scratch/copy
cp -r "$dist" "$copy"
before=$(archives "$XDG_CACHE_HOME")
"$copy/bin/normative" validate "$example" >"$scratch/copy-1.out" 2>"$scratch/copy-1.err"
echo $? >"$scratch/copy-1.code"
check "copy: exit code 0, same output, stderr empty" eval 'code_is copy-1 0 && same_output validate-1 copy-1 && stderr_empty copy-1'
check "copy: a second validate archive" count_archives "$XDG_CACHE_HOME" 2 '-validate\.jsa$'
# shellcheck disable=SC2034 # read by eval below
copied=$(comm -13 <(echo "$before") <(archives "$XDG_CACHE_HOME"))
cp "$copy/lib/$(ls "$copy/lib" | head -n 1)" "$copy/lib/zz-another-library.jar"
touch -d '2000-01-01' "$copy/lib/zz-another-library.jar" "$copy/lib"  # not newer than the archive
"$copy/bin/normative" validate "$example" >"$scratch/copy-2.out" 2>"$scratch/copy-2.err"
echo $? >"$scratch/copy-2.code"
check "copy with another jar: same output, stderr empty" eval 'code_is copy-2 0 && same_output validate-1 copy-2 && stderr_empty copy-2'
check "copy with another jar: its archive replaced, the first installation's kept" \
  eval '[ -n "$copied" ] && [ ! -e "$copied" ] && [ -e "$archive" ] && count_archives "$XDG_CACHE_HOME" 2 "-validate\.jsa$"'

echo
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
