# One image per service, built from this repository: docker build --build-arg MODULE=media-worker .
# (docker-compose.yml builds all four this way.)
FROM maven:3.9-eclipse-temurin-21 AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests -pl ${MODULE} -am package \
 && cp ${MODULE}/target/${MODULE}-*-exec.jar /app.jar

FROM eclipse-temurin:21-jre
ARG MODULE
# MALLOC_MMAP_THRESHOLD_: large native blocks (the H.264 encoder's frames) each in their own mapping, returned to the
# system when freed instead of kept in glibc's arenas (see media-worker/README.md, "Memory")
ENV REELFORGE_SERVICE=${MODULE} \
    REELFORGE_ARTIFACTS_ROOT=/data/artifacts \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 --enable-native-access=ALL-UNNAMED" \
    MALLOC_MMAP_THRESHOLD_=131072
RUN useradd --system --uid 10001 reelforge && mkdir -p /data/artifacts && chown -R reelforge /data
COPY --from=build /app.jar /opt/reelforge/app.jar
USER reelforge
VOLUME /data/artifacts
# the gateway's API (8080); a worker's management port: health probes and /actuator/prometheus (8081)
EXPOSE 8080 8081
# the media worker composes frames with the Vector API where the runtime has the module (see media-worker/README.md);
# asking for a module the runtime lacks would stop the JVM, so the flag is added only when it is there
ENTRYPOINT ["/bin/sh", "-c", "if grep -q 'jdk[.]incubator[.]vector' \"$JAVA_HOME/release\" 2>/dev/null; then set -- --add-modules jdk.incubator.vector; fi; exec java \"$@\" -jar /opt/reelforge/app.jar", "reelforge"]
