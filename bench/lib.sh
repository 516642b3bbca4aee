# Sourced by render.sh and startup.sh (with $root set). Our JVM as ./reelforge starts its rendering and service
# commands, without the wrapper (which would rebuild in the middle of a benchmark whenever a source changed):
#   reelforge_java  the JVM with its flags (and $JAVA_OPTS), to which a caller adds its own and -jar
#   reelforge       the standalone jar as it is built (a Spring Boot fat jar): no AOT cache
#   reelforge_aot   the same from the JDK's AOT cache, as ./reelforge runs it on JDK 24+ (standalone/aot-cache.sh):
#                   the extracted jar with -XX:AOTCache; made here if missing or stale; empty on an older JDK
#                   (its parts: reelforge_aot_jvm, the cache's flags, and reelforge_aot_jar)
# MALLOC_MMAP_THRESHOLD_ goes to these JVMs only, as ./reelforge sets it. Exported to a whole benchmark it also
# reached the ffmpeg command timed as the baseline, where it makes each frame's copy a fresh mapping that
# page-faults: the same encode-only took 5.2-7.5 s with it instead of 2.8-3.0 s, and the ratios looked too good.
# And two helpers: median, await_stack.
. "$root/.mvn/find-jdk.sh"
. "$root/standalone/aot-cache.sh"
jar="$root/standalone/target/standalone-0.1.0-SNAPSHOT-exec.jar"
[ -f "$jar" ] || REELFORGE_AOT=off "$root/reelforge" --version >/dev/null   # builds it once, outside the timings
java_major=$(reelforge_java_major "$JAVA_HOME/bin/java")
jvm_flags=(--enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector)
if [ "$java_major" -ge 24 ]; then
  jvm_flags+=(--sun-misc-unsafe-memory-access=allow)
fi
jvm_env=(env -u OPENAI_API_KEY MALLOC_MMAP_THRESHOLD_=131072)
# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
reelforge_java=("${jvm_env[@]}" "$JAVA_HOME/bin/java" "${jvm_flags[@]}" ${JAVA_OPTS:-})
reelforge=("${reelforge_java[@]}" -jar "$jar")
reelforge_aot=()
reelforge_aot_jvm=()
reelforge_aot_jar=
if reelforge_aot_supported "$JAVA_HOME" "$java_major"; then
  if ! reelforge_aot_use "$jar" "$JAVA_HOME"; then
    echo "making the AOT cache, as ./reelforge does before its first service command (a minute or two) ..." >&2
    reelforge_aot_build "$jar" "$JAVA_HOME" "${jvm_flags[@]}" \
      || echo "the AOT cache could not be made: $(reelforge_aot_dir "$jar")/training.log" >&2
    reelforge_aot_use "$jar" "$JAVA_HOME" || true
  fi
  if [ -n "$reelforge_aot_jar" ]; then
    reelforge_aot=("${reelforge_java[@]}" "${reelforge_aot_jvm[@]}" -jar "$reelforge_aot_jar")
  fi
fi

# the median of the numbers on standard input, one a line ("-" when there are none)
median() {
  sort -g | awk '{a[NR]=$1} END {if (!NR) {print "-"; exit} print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

# waits until the stack whose output goes to file $1 says it is up (5 minutes at most)
await_stack() {
  local deadline=$((SECONDS + 300))
  until grep -q "Reelforge is up" "$1" 2>/dev/null; do
    [ "$SECONDS" -lt "$deadline" ] || { echo "the stack did not start:" >&2; tail -n 30 "$1" >&2; exit 1; }
    sleep 1
  done
}
