# Sourced by ./reelforge and the benchmarks: the JDK's ahead-of-time cache for the standalone jar (JDK 24+,
# JEP 483; with JDK 25 it also holds the training run's method profiles, JEP 515). A fresh JVM then finds the
# classes it needs already loaded and linked instead of reading, verifying and linking thousands of them, and
# compiles its hot methods sooner.
#
# The cache only serves classes loaded from plain jars on the class path, not from inside a Spring Boot fat jar,
# so the jar is extracted beside itself (java -Djarmode=tools ... extract) and that copy runs when the cache is
# used. All of it lives in standalone/target/aot/, next to the jar it was made from:
#   app/                 the extracted jar (the thin jar and lib/)
#   reelforge.aot        the cache
#   key                  what it was made from (reelforge_aot_key); the cache is used only while it matches
#   training.log         the training run's output
# A cache made from another jar or JDK is never used (the JVM would refuse it with a warning); nor are the
# extracted classes, which would be the old build's. An absent, stale or failed cache means: run the jar as it is.

# Bump when the training run changes, so that caches made by the old one are made again.
REELFORGE_AOT_TRAINING=1

reelforge_aot_dir() {
  echo "$(dirname "$1")/aot"
}

# The key of a cache for jar $1 and the JDK at $2: the training's version, the jar's path, size and modification
# time (what the JVM itself checks of each jar), and the JDK's folder and release file (its exact build).
reelforge_aot_key() {
  local stamp
  stamp=$(stat -c '%s %Y' "$1" 2>/dev/null || stat -f '%z %m' "$1" 2>/dev/null) || return 1
  printf 'training %s\njar %s %s\njdk %s %s\n' "$REELFORGE_AOT_TRAINING" "$1" "$stamp" "$2" \
    "$(cksum < "$2/release" 2>/dev/null || echo none)"
}

# True when the JDK at $1 (its major version in $2) can make and use a cache: JDK 24 or newer.
reelforge_aot_supported() {
  [ "${2:-0}" -ge 24 ] && [ -f "$1/release" ]
}

# Sets reelforge_aot_jvm to the JVM flags that use the cache of jar $1 with the JDK at $2, and reelforge_aot_jar to
# the extracted jar to run instead of $1; returns 1, leaving both empty, when there is no cache for that jar and
# JDK (none made, made for another build or JDK, or its training failed).
reelforge_aot_use() {
  reelforge_aot_jvm=()
  reelforge_aot_jar=
  local dir key
  dir=$(reelforge_aot_dir "$1")
  [ -f "$dir/reelforge.aot" ] && [ -f "$dir/key" ] || return 1
  key=$(reelforge_aot_key "$1" "$2") || return 1
  [ "$(cat "$dir/key")" = "$key" ] || return 1
  # the JVM prints warnings of its own for every flag that differs from the training run's (a module option, a
  # collector without compressed pointers): the key has ruled out the stale cases, the rest only cost speed.
  # A later -Xlog:aot (REELFORGE_JAVA_OPTS) shows them again.
  reelforge_aot_jvm=("-XX:AOTCache=$dir/reelforge.aot" -Xlog:aot=off -Xlog:cds=off)
  reelforge_aot_jar="$dir/app/$(basename "$1")"
}

# True when a training for jar $1 and the JDK at $2 has already been tried and failed: it is not tried again until
# the jar or the JDK changes (the failure is in training.log).
reelforge_aot_failed() {
  local dir
  dir=$(reelforge_aot_dir "$1")
  [ -f "$dir/failed" ] && [ "$(cat "$dir/failed")" = "$(reelforge_aot_key "$1" "$2")" ]
}

# Makes the cache of jar $1 with the JDK at $2; the other arguments are the JVM flags the launcher gives every
# command (the cache must be trained with the flags it is used with). The training run is a short offline demo
# in a scratch folder: embedded Kafka and Redis, the gateway and the three workers, the sample store's page
# scraped, scripted, narrated by MaryTTS and rendered, so it loads and exercises what `up`, `worker`, `demo` and
# `render` run. Built in a folder of its own and moved in place when complete, so a process starting meanwhile
# sees either no cache or a whole one. Returns 1 when it failed (then `failed` holds the key).
reelforge_aot_build() {
  local jar=$1 java_home=$2
  shift 2
  local dir work key app java="$java_home/bin/java"
  dir=$(reelforge_aot_dir "$jar")
  key=$(reelforge_aot_key "$jar" "$java_home") || return 1
  work="$dir.new.$$"
  rm -rf "$work"
  mkdir -p "$work/training"
  app="$work/app/$(basename "$jar")"
  if "$java" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >"$work/training.log" 2>&1 \
      && (cd "$work/training" && MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-131072}" \
        "$java" "$@" -XX:AOTMode=record -XX:AOTConfiguration="$work/reelforge.aotconf" \
        -jar "$app" demo --duration 6 --data "$work/training/data" --out "$work/training/demo.mp4") \
        >>"$work/training.log" 2>&1 \
      && "$java" "$@" -XX:AOTMode=create -XX:AOTConfiguration="$work/reelforge.aotconf" \
        -XX:AOTCache="$work/reelforge.aot" -jar "$app" >>"$work/training.log" 2>&1 \
      && [ -s "$work/reelforge.aot" ]; then
    rm -rf "$work/training" "$work/reelforge.aotconf"
    printf '%s\n' "$key" > "$work/key"
    rm -rf "$dir.old.$$"
    [ ! -e "$dir" ] || mv "$dir" "$dir.old.$$"
    mv "$work" "$dir"
    rm -rf "$dir.old.$$"
    return 0
  fi
  rm -rf "$work/training" "$work/reelforge.aotconf" "$work/app" "$work/reelforge.aot"
  printf '%s\n' "$key" > "$work/failed"
  rm -rf "$dir"
  mv "$work" "$dir"
  return 1
}
