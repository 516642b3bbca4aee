# One image per service, built from this repository: docker build --build-arg MODULE=media-worker .
# (docker-compose.yml builds all four this way.)
FROM maven:3.9-eclipse-temurin-25 AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests -pl ${MODULE} -am package \
 && cp ${MODULE}/target/${MODULE}-*-exec.jar /app.jar

FROM eclipse-temurin:25-jre
ARG MODULE
# off: no AOT cache (a smaller image, and containers that start slower)
ARG AOT_CACHE=on
# MALLOC_MMAP_THRESHOLD_: large native blocks (the H.264 encoder's frames) each in their own mapping, returned to the
# system when freed instead of kept in glibc's arenas (see media-worker/README.md, "Memory")
ENV REELFORGE_SERVICE=${MODULE} \
    REELFORGE_ARTIFACTS_ROOT=/data/artifacts \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 --enable-native-access=ALL-UNNAMED" \
    MALLOC_MMAP_THRESHOLD_=131072
RUN useradd --system --uid 10001 reelforge && mkdir -p /data/artifacts && chown -R reelforge /data
COPY --from=build /app.jar /opt/reelforge/app.jar
COPY deploy/docker/entrypoint.sh /opt/reelforge/entrypoint.sh
# The JDK's AOT cache, made here by a training run in the image that will run it (entrypoint.sh says how): a new
# container starts from classes already loaded and linked, and compiles its hot code sooner (README.md, Performance)
RUN java -Djarmode=tools -jar /opt/reelforge/app.jar extract --destination /opt/reelforge/app \
 && rm /opt/reelforge/app.jar \
 && if [ "${AOT_CACHE}" != off ]; then /opt/reelforge/entrypoint.sh train ${MODULE}; fi
USER reelforge
VOLUME /data/artifacts
# the gateway's API (8080); a worker's management port: health probes and /actuator/prometheus (8081)
EXPOSE 8080 8081
ENTRYPOINT ["/opt/reelforge/entrypoint.sh"]
