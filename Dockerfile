# Build: docker build -t groupbuy-bot .
# Run:   docker run -p 8080:8080 -v groupbuy-data:/app/data groupbuy-bot
#        (sandbox mode; add -e TELEGRAM_BOT_TOKEN=… / -e LINE_… / -e PANDAPON_… to go live)

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, so source changes reuse the cached layer.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY bot-config ./bot-config
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# A font for the sandbox's product pictures (drawn with java.awt).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system bot && useradd --system --gid bot --home-dir /app --no-create-home bot \
    && mkdir -p /app/data && chown bot:bot /app/data
WORKDIR /app
COPY --from=build /src/target/groupbuy-bot.jar /app/groupbuy-bot.jar
COPY bot-config /app/bot-config
ENV BOT_HTTP_PORT=8080 \
    BOT_DB_URL=jdbc:sqlite:/app/data/groupbuy.db
USER bot
# The SQLite database (back it up: see the README).
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["java", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-jar", "/app/groupbuy-bot.jar", "healthcheck"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/groupbuy-bot.jar"]
CMD ["run"]
