package io.hikeshi.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One schema of the local PostgreSQL for a packaged app built for PostgreSQL: the environment that points the app
 * at it, and plain JDBC to read what the app recorded there.
 */
public final class PostgresSchema {

    private final String server = System.getProperty("hikeshi.it.pg.server", "jdbc:postgresql://127.0.0.1:5432/test");
    private final String user = System.getProperty("hikeshi.it.pg.user", "postgres");
    private final String schema;

    public PostgresSchema(String schema) {
        this.schema = schema;
    }

    /** The datasource and Flyway settings for the app; {@code clean} drops the schema's contents at start. */
    public Map<String, String> appEnv(boolean clean) {
        return Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", user,
                "QUARKUS_FLYWAY_SCHEMAS", schema,
                "QUARKUS_FLYWAY_CLEAN_DISABLED", String.valueOf(!clean),
                "QUARKUS_FLYWAY_CLEAN_AT_START", String.valueOf(clean));
    }

    /** Drops the schema and everything in it, so the next app start migrates it from scratch. */
    public void drop() {
        try (Connection connection = DriverManager.getConnection(server, user, "");
             PreparedStatement statement = connection.prepareStatement(
                     "drop schema if exists \"" + schema + "\" cascade")) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop schema " + schema + " on " + server, e);
        }
    }

    /** {@code select count(*) from <fromWhere>}, with {@code ?} parameters. */
    public long count(String fromWhere, Object... parameters) {
        return Long.parseLong(strings("select count(*) from " + fromWhere, parameters).get(0));
    }

    /** The first column of every row, as text. */
    public List<String> strings(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), user, "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql + " on " + jdbcUrl(), e);
        }
    }

    private String jdbcUrl() {
        return server + "?currentSchema=" + schema;
    }
}
