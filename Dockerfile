# Builds one Newsfold service from source and runs it on a JRE. Build context: the repository root.
#   docker build --build-arg SERVICE=api-gateway --build-arg PORT=8080 -t newsfold/api-gateway .
ARG SERVICE
FROM maven:3.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -pl ${SERVICE} -am package -DskipTests

FROM eclipse-temurin:17-jre
ARG SERVICE
ARG PORT
ARG HEAP=192m
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/quarkus-app/ /app/
ENV QUARKUS_HTTP_PORT=${PORT}
ENV JAVA_OPTS="-Xmx${HEAP} -Xss512k -XX:+UseSerialGC"
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
  CMD curl -fsS "http://127.0.0.1:${QUARKUS_HTTP_PORT}/q/health/ready" || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
