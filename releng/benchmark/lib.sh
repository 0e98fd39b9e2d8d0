# Functions shared by the benchmark scripts of this folder (sourced, not run).
# Each script sets `root` (the repository) and `bench` (its output folder) before sourcing.

launcher=releng/org.normative.cli.dist/target/normative/bin/normative

# require_cli: stops when the CLI is not built.
require_cli() {
  if [ ! -x "$root/$launcher" ]; then
    echo "$(basename "$0"): the CLI is not built: run ./mvnw -B -ntp verify -pl releng/org.normative.cli.dist -am -DskipTests first" >&2
    exit 2
  fi
}

# require_command COMMAND DEBIAN-PACKAGE: installs the package when the command is missing (as root).
require_command() {
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "$(basename "$0"): $1 is missing; installing the Debian package '$2'" >&2
  local apt=(apt-get install -y -qq --no-install-recommends "$2")
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "$(basename "$0"): run 'apt-get install -y $2' as root" >&2; exit 2; }
    apt=(sudo "${apt[@]}")
  fi
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" >/dev/null 2>&1 \
    || { "${apt[0]}" update -qq >/dev/null 2>&1 || true; DEBIAN_FRONTEND=noninteractive "${apt[@]}" >/dev/null; }
  command -v "$1" >/dev/null 2>&1 || { echo "$(basename "$0"): cannot install $2" >&2; exit 2; }
}

# ensure_synthetic POINTS FOLDER [--regenerate]: writes the synthetic standard when absent or of another size.
ensure_synthetic() {
  local points=$1 folder=$2 regenerate=${3:-}
  if [ "$regenerate" = --regenerate ] || [ ! -f "$folder/standard.norm" ] \
      || [ "$(cat "$folder.points" 2>/dev/null)" != "$points" ]; then
    python3 "$root/releng/benchmark/generate-standard.py" --points "$points" --out "$folder"
    echo "$points" >"$folder.points"
  fi
}

print_machine() {
  echo "== Machine"
  echo "CPU:     $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
  echo "Memory:  $(awk '/^MemTotal/ { printf "%.1f GB", $2 / 1024 / 1024 }' /proc/meminfo)"
  echo "OS:      $(uname -sr)"
  echo "Load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min averages; other processes slow the runs down)"
  echo "JDK (as chosen by the launcher, with its options):"
  NORMATIVE_JAVA_OPTS=-version "$root/normative" 2>&1 | sed 's/^/  /'
  echo
}

size_mb() {  # total size of the .norm files under $1, in MB (10^6 bytes)
  find "$1" -name '*.norm' -not -path '*/target/*' -print0 | xargs -0 cat | wc -c \
    | awk '{ printf "%.2f", $1 / 1000000 }'
}

median() {  # median of the numbers given as arguments
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# timed OUTPUT COMMAND...: runs COMMAND under /usr/bin/time with its output in OUTPUT; sets STATUS,
# WALL (s), RSS (KB) and CPU (user + system s).
timed() {
  local out=$1
  shift
  set +e
  /usr/bin/time -f 'TIME %e s %M KB %U %S' -o "$out.time" "$@" >"$out" 2>&1
  STATUS=$?
  set -e
  WALL=$(awk '/^TIME/ { print $2 }' "$out.time")
  RSS=$(awk '/^TIME/ { print $4 }' "$out.time")
  CPU=$(awk '/^TIME/ { printf "%.2f", $6 + $7 }' "$out.time")
  rm -f "$out.time"
}

# gc_log_option LOG: the JVM options that write the GC log read by heap_figures.
gc_log_option() {
  echo "-Xlog:gc,gc+exit:file=$1"
}

# heap_figures LOG: sets HEAP_GCS, HEAP_BEFORE, HEAP_LIVE, HEAP_COMMITTED, HEAP_EXIT and HEAP_PEAK (MB)
# from a GC log written with gc_log_option.
heap_figures() {
  local log=$1
  HEAP_GCS=$(grep -c 'Pause' "$log" || true)
  # "GC(3) Pause Young (Allocation Failure) 170M->71M(365M) 49.376ms": before->after(committed)
  read -r HEAP_BEFORE HEAP_LIVE HEAP_COMMITTED < <(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$log" \
    | tr -s 'M>()-' '    ' | awk '{ if ($1 > b) b = $1; if ($2 > a) a = $2; if ($3 > c) c = $3 }
        END { print b + 0, a + 0, c + 0 }')
  # The heap's top-level spaces at exit ("]  DefNew total 116160K, used 96624K", "]  Tenured ...":
  # two spaces after the tags, where sub-spaces such as eden have three) add up to the heap used at exit.
  HEAP_EXIT=$( { grep -E '\[gc,exit *\]  [A-Za-z][^,]* total [0-9]+K, used [0-9]+K' "$log" || true; } \
    | sed -E 's/.*used ([0-9]+)K.*/\1/' | awk '{ s += $1 } END { printf "%d", s / 1024 }')
  HEAP_PEAK=$(( HEAP_BEFORE > HEAP_EXIT ? HEAP_BEFORE : HEAP_EXIT ))
}

verdict() { if awk "BEGIN { exit !($1) }"; then echo met; else echo MISSED; fi; }
