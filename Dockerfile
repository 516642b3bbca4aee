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
ENV REELFORGE_SERVICE=${MODULE} \
    REELFORGE_ARTIFACTS_ROOT=/data/artifacts \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 --enable-native-access=ALL-UNNAMED" \
    JDK_JAVA_OPTIONS="--add-modules jdk.incubator.vector"
RUN useradd --system --uid 10001 reelforge && mkdir -p /data/artifacts && chown -R reelforge /data
COPY --from=build /app.jar /opt/reelforge/app.jar
USER reelforge
VOLUME /data/artifacts
ENTRYPOINT ["java", "-jar", "/opt/reelforge/app.jar"]
