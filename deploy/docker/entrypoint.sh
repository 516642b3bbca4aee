#!/bin/sh
# The container image's entry point (see the Dockerfile): the service's JVM, with the JDK's ahead-of-time cache
# made when the image was built. `entrypoint.sh train MODULE` makes that cache, once, during the build.
#
# The cache (JDK 24+, JEP 483; from JDK 25 with the JIT's method profiles, JEP 515) holds the classes a training
# run loaded, already parsed and linked: a new container skips that work and compiles its hot code sooner. It only
# serves classes from plain jars, so the service's jar is extracted (app/), and it belongs to one JDK build and
# one class path, so it is made here, in the image that runs it. No cache (an older JDK, a failed training): the
# service starts as before.
set -eu
home=$(cd "$(dirname "$0")" && pwd)   # /opt/reelforge in the image
cache=$home/app.aot

# the media worker composes frames with the Vector API where the runtime has the module (see media-worker/README.md);
# asking for a module the runtime lacks would stop the JVM, so the flag is added only when it is there. The
# training run gets the same flags: the JVM uses all of a cache only with the module options it was made with.
flags=""
if grep -q 'jdk[.]incubator[.]vector' "$JAVA_HOME/release" 2>/dev/null; then
  flags="--add-modules jdk.incubator.vector"
fi

train() {
  major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release")
  if [ "${major:-0}" -lt 24 ]; then
    echo "JDK $major has no AOT cache (24+): the image runs without one"
    return 0
  fi
  # The media worker renders a short video first (AotTraining), so its first job finds the render's classes and
  # profiles too. Every service then starts its application context and ends at its refresh, before connecting
  # to Kafka or Redis, which a build does not have (nor creating topics, which would wait for a broker).
  # The heap is bounded so the JVM keeps the compressed pointers it will have at run time (a cache records them).
  case "$1" in
    media-worker) main="-cp $home/app/app.jar io.reelforge.media.local.AotTraining" ;;
    *) main="-Dspring.context.exit=onRefresh -jar $home/app/app.jar" ;;
  esac
  # shellcheck disable=SC2086 # flags and main are lists of words
  if java $flags -Xmx512m -Dorg.bytedeco.javacpp.cachedir=/tmp/aot-training-javacpp -XX:AOTMode=record \
        -XX:AOTConfiguration="$home/app.aotconf" $main --spring.kafka.admin.auto-create=false \
      && java $flags -Xmx512m -XX:AOTMode=create -XX:AOTConfiguration="$home/app.aotconf" -XX:AOTCache="$cache" \
        -jar "$home/app/app.jar"; then
    echo "AOT cache made: $(du -h "$cache" | cut -f1)"
  else
    echo "WARNING: the AOT cache could not be made; the image runs without one" >&2
    rm -f "$cache"
  fi
  rm -rf "$home/app.aotconf" /tmp/aot-training-javacpp /tmp/reelforge-aot-training*
}

if [ "${1:-}" = train ]; then
  train "$2"
  exit 0
fi
if [ -f "$cache" ]; then
  # silenced: a setting that differs from the training run's (a collector without compressed pointers, a heap
  # over 32 GB) only makes the JVM start without the cache
  flags="$flags -XX:AOTCache=$cache -Xlog:aot=off -Xlog:cds=off"
fi
# shellcheck disable=SC2086
exec java $flags -jar "$home/app/app.jar" "$@"
