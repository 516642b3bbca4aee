# Sourced by ./mvnw, ./reelforge and .ci/run: makes JAVA_HOME point at a JDK 21 or newer.
# Reelforge is built with release 21; many machines still default to an older java.
reelforge_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}
reelforge_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(reelforge_java_major "$JAVA_HOME/bin/java")
    [ "${major:-0}" -ge 21 ] && return 0
  fi
  if command -v java >/dev/null 2>&1; then
    major=$(reelforge_java_major java)
    if [ "${major:-0}" -ge 21 ]; then
      JAVA_HOME=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
      export JAVA_HOME
      return 0
    fi
  fi
  # callers may run with `set -f` (./mvnw does): globbing is needed here
  case $- in *f*) set +f; reelforge_restore_noglob=1 ;; *) reelforge_restore_noglob=0 ;; esac
  for candidate in /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/* "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$candidate/bin/java" ] || continue
    major=$(reelforge_java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge 21 ]; then
      JAVA_HOME=$candidate
      export JAVA_HOME
      [ "$reelforge_restore_noglob" = 1 ] && set -f
      return 0
    fi
  done
  [ "$reelforge_restore_noglob" = 1 ] && set -f
  echo "Reelforge needs a JDK 21 or newer: set JAVA_HOME to one (found none under /usr/lib/jvm)." >&2
  return 1
}
reelforge_find_jdk || exit 1
