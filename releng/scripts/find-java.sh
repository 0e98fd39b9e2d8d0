# Finds a Java runtime of version 21 or newer and exports JAVA_HOME to it.
# Sourced (POSIX sh) by ./mvnw, ./normative and the distribution's bin/normative.
# Order: $JAVA_HOME, the `java` on PATH, then the JDKs under /usr/lib/jvm and /opt
# (newest first). Prints one line and returns 1 when none is found.
# Set NORMATIVE_REQUIRE_JAVAC=1 to accept only full JDKs (the build needs javac).

normative_java_major() {
  # $1: a Java home. Prints its major version, or nothing.
  _nj_home=$1
  [ -x "$_nj_home/bin/java" ] || return 0
  if [ "${NORMATIVE_REQUIRE_JAVAC:-0}" = 1 ] && [ ! -x "$_nj_home/bin/javac" ]; then
    return 0
  fi
  if [ -f "$_nj_home/release" ]; then
    _nj_v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$_nj_home/release")
  else
    _nj_v=$("$_nj_home/bin/java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  case "$_nj_v" in
    1.*) _nj_v=${_nj_v#1.} ;;
  esac
  printf '%s\n' "${_nj_v%%[!0-9]*}"
}

normative_find_java() {
  _nf_min=21
  _nf_best=
  _nf_best_major=0
  _nf_path_java=$(command -v java 2>/dev/null || true)
  if [ -n "$_nf_path_java" ]; then
    _nf_path_java=$(readlink -f "$_nf_path_java" 2>/dev/null || printf '%s' "$_nf_path_java")
    _nf_path_java=$(dirname "$(dirname "$_nf_path_java")")
  fi
  # An explicit JAVA_HOME or the java on PATH wins when it is new enough.
  for _nf_home in "${JAVA_HOME:-}" "$_nf_path_java"; do
    [ -n "$_nf_home" ] || continue
    _nf_major=$(normative_java_major "$_nf_home")
    if [ -n "$_nf_major" ] && [ "$_nf_major" -ge "$_nf_min" ]; then
      JAVA_HOME=$_nf_home
      export JAVA_HOME
      return 0
    fi
  done
  # Otherwise the newest JDK installed in the usual places.
  _nf_glob_was_off=0
  case $- in *f*) _nf_glob_was_off=1; set +f ;; esac
  for _nf_home in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$_nf_home" ] || continue
    _nf_major=$(normative_java_major "$_nf_home")
    if [ -n "$_nf_major" ] && [ "$_nf_major" -ge "$_nf_min" ] && [ "$_nf_major" -gt "$_nf_best_major" ]; then
      _nf_best=$_nf_home
      _nf_best_major=$_nf_major
    fi
  done
  [ "$_nf_glob_was_off" = 0 ] || set -f
  if [ -n "$_nf_best" ]; then
    JAVA_HOME=$_nf_best
    export JAVA_HOME
    return 0
  fi
  echo "Normative needs Java 21 or newer, but found none (JAVA_HOME, PATH, /usr/lib/jvm): install a JDK 21+ (e.g. Eclipse Temurin 21) or point JAVA_HOME at one." >&2
  return 1
}
