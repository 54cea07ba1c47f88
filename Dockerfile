# syntax=docker/dockerfile:1
# hikeshi container image: build with the Maven wrapper, run on a JRE only.
#
#   docker build -t hikeshi:0.1.0 .                                         # embedded H2, one instance
#   docker build --build-arg DB_KIND=postgresql -t hikeshi:0.1.0-postgresql .  # PostgreSQL, several replicas
#
# The database kind is fixed when Quarkus builds the application (README, "Production database"), so the two
# variants are two images. The Helm chart picks the "-postgresql" tag when database.mode=postgresql.

ARG JDK_IMAGE=eclipse-temurin:17-jdk
ARG JRE_IMAGE=eclipse-temurin:17-jre

# ---- build stage: JDK + Maven wrapper -------------------------------------------------------------------
FROM ${JDK_IMAGE} AS build
ARG DB_KIND=h2
WORKDIR /src
# The build context is trimmed by .dockerignore; Maven's downloads live in a BuildKit cache, not in a layer.
COPY . .
# templates/ (default runbooks and postmortem templates) is always a directory in the image, so the chart can
# mount ConfigMaps under it even when the checkout has none.
RUN case "${DB_KIND}" in h2|postgresql) ;; *) echo "DB_KIND must be h2 or postgresql, not '${DB_KIND}'" >&2; exit 1 ;; esac \
 && mkdir -p templates/runbooks templates/postmortem
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp package -DskipTests -Dquarkus.datasource.db-kind="${DB_KIND}"

# ---- runtime stage: JRE only, no build tools ------------------------------------------------------------
FROM ${JRE_IMAGE}
ARG DB_KIND=h2
LABEL org.opencontainers.image.title="hikeshi" \
      org.opencontainers.image.description="Incident-management Slack bot (database: ${DB_KIND})" \
      org.opencontainers.image.source="https://github.com/hikeshi/hikeshi" \
      org.opencontainers.image.licenses="Apache-2.0" \
      io.hikeshi.db-kind="${DB_KIND}"

# A numeric, non-root user in group 0 (OpenShift runs images with an arbitrary uid in group 0).
# The application files stay owned by root: the process can read them, not change them.
RUN useradd --system --uid 10001 --gid 0 --home-dir /deployments --no-create-home --shell /usr/sbin/nologin hikeshi \
 && mkdir -p /data /deployments \
 && chown 10001:0 /data && chmod 0770 /data

WORKDIR /deployments
# Quarkus fast-jar, by layer: dependencies change least, the application most.
COPY --from=build /src/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build /src/target/quarkus-app/quarkus-run.jar /deployments/quarkus-run.jar
COPY --from=build /src/target/quarkus-app/quarkus/ /deployments/quarkus/
COPY --from=build /src/target/quarkus-app/app/ /deployments/app/
# Default runbooks and postmortem templates; mount ConfigMaps over templates/runbooks and templates/postmortem.
COPY --from=build /src/templates/ /deployments/templates/

# Only /data (embedded H2; a volume) and /tmp are written, so the root filesystem can be read-only.
# Vert.x's file cache and the JVM's temporary files go to /tmp.
ENV LANG=C.UTF-8 \
    QUARKUS_HTTP_HOST=0.0.0.0 \
    QUARKUS_HTTP_PORT=8080 \
    HIKESHI_DATA_DIR=/data \
    HIKESHI_TEMPLATES_DIR=/deployments/templates \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -Djava.io.tmpdir=/tmp -Dvertx.cacheDirBase=/tmp/vertx-cache -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
VOLUME ["/data"]
EXPOSE 8080
USER 10001:0

# The JRE image has no curl to rely on: bash's /dev/tcp asks /q/health/live and expects "200" in the status
# line. On Kubernetes the chart's liveness, readiness and startup probes are the health checks that count.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${QUARKUS_HTTP_PORT:-8080} && printf 'GET /q/health/live HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

# exec: java is PID 1 and receives SIGTERM, so Quarkus shuts down gracefully.
ENTRYPOINT ["sh", "-c", "exec java ${JAVA_OPTS} -jar /deployments/quarkus-run.jar \"$@\"", "hikeshi"]
