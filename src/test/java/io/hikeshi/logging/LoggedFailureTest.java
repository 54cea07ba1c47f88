package io.hikeshi.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A failure is described by its kinds and SQL state; no message, which may quote user text, gets through. */
@Tag("no-database")
class LoggedFailureTest {

    @Test
    void kindsAndSqlStateButNoMessage() {
        SQLException database = new SQLException("Value too long for column: 'hunter2 secret typed by alice'", "22001");
        RuntimeException failure = new IllegalStateException("could not execute [hunter2 secret typed by alice]",
                new RuntimeException("wrapped: hunter2", database));

        assertThat(LoggedFailure.describe(failure))
                .isEqualTo("IllegalStateException ← RuntimeException ← SQLException (SQL state 22001)")
                .doesNotContain("hunter2");
    }

    @Test
    void aCycleInTheCauseChainEnds() {
        RuntimeException first = new RuntimeException("a");
        RuntimeException second = new RuntimeException("b", first);
        first.initCause(second);
        assertThat(LoggedFailure.describe(second)).startsWith("RuntimeException ← RuntimeException");
    }
}
