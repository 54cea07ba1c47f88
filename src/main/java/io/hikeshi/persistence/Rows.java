package io.hikeshi.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain SQL for append-only rows on the hot paths (a declaration writes five of them while Slack waits for the
 * ack). It runs on the caller's transaction: inside a JTA transaction the pool hands out the connection Hibernate
 * uses too, so these rows commit or roll back with everything else. A unique-key violation surfaces at once as a
 * {@link RowException} that {@link Constraints#isUniqueViolation} recognises.
 */
@ApplicationScoped
public class Rows {

    private final DataSource dataSource;

    Rows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts one row and returns its generated {@code id}. */
    public long insert(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new RowException(e);
        }
    }

    /** Runs an insert or update; returns the number of rows it changed. */
    public int execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new RowException(e);
        }
    }

    /** The first column of the first row, when there is one and it is not null. */
    public Optional<Long> findLong(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                long value = result.getLong(1);
                return result.wasNull() ? Optional.empty() : Optional.of(value);
            }
        } catch (SQLException e) {
            throw new RowException(e);
        }
    }

    /** The columns of the first row, in order (a column may be null); empty when there is no row. */
    public Optional<Object[]> findRow(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                Object[] columns = new Object[result.getMetaData().getColumnCount()];
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = result.getObject(i + 1);
                }
                return Optional.of(columns);
            }
        } catch (SQLException e) {
            throw new RowException(e);
        }
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            // Stored as "timestamp with time zone", the way Hibernate stores Instant fields.
            statement.setObject(i + 1, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
        }
    }

    /** A failed statement; the cause carries the SQLSTATE. */
    public static class RowException extends RuntimeException {
        RowException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
