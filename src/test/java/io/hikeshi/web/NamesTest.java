package io.hikeshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Machine times in stored text read as times on the pages; anything else stays as written. */
@Tag("no-database")
class NamesTest {

    @Test
    void isoInstantsReadAsTimes() {
        assertThat(Names.readableTimes("Impact began at 2026-12-01T09:58:00Z")).isEqualTo(
                "Impact began at 2026-12-01 09:58 UTC");
        assertThat(Names.readableTimes("at 2026-12-01T09:58Z and 2026-12-01T10:00:05.123Z."))
                .isEqualTo("at 2026-12-01 09:58 UTC and 2026-12-01 10:00 UTC.");
        assertThat(Names.readableTimes("build 2026-12-01T99:99:00Z, v1.2")).isEqualTo(
                "build 2026-12-01T99:99:00Z, v1.2");
    }
}
