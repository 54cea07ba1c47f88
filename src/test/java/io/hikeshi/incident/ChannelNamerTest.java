package io.hikeshi.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("no-database")
class ChannelNamerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    private static final String VALID = "[a-z0-9_-]{1,80}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', value = {
            "Checkout API returning 500s          => inc-20261121-checkout-api-returning-500s",
            "  Café — crème brûlée down!!         => inc-20261121-cafe-creme-brulee-down",
            "🔥🔥 Payments on fire 🔥               => inc-20261121-payments-on-fire",
            "DB: replica lag > 30s (eu-west-1)     => inc-20261121-db-replica-lag-30s-eu-west-1",
            "決済が失敗している                       => inc-20261121-incident-42",
            "🔥🔥🔥                                 => inc-20261121-incident-42",
            "Login <@U123|bob> can't sign in      => inc-20261121-login-bob-can-t-sign-in",
    })
    void namesAreValidSlackChannelNames(String title, String expected) {
        String name = ChannelNamer.baseName(title, DAY, false, 42);
        assertThat(name).isEqualTo(expected).matches(VALID);
    }

    @Test
    void drillsGetTheirOwnPrefix() {
        assertThat(ChannelNamer.baseName("Game day", DAY, true, 7)).isEqualTo("drill-20261121-game-day");
    }

    @Test
    void longTitlesAreCutAtAWordAndLeaveRoomForASuffix() {
        String name = ChannelNamer.baseName("word ".repeat(100), DAY, false, 1);
        assertThat(name).matches(VALID).doesNotEndWith("-").startsWith("inc-20261121-word-word");
        assertThat(name.length()).isLessThanOrEqualTo(ChannelNamer.MAX_LENGTH - 4);
        assertThat(ChannelNamer.withSuffix(name, 999)).matches(VALID).endsWith("-999");
    }

    @Test
    void suffixesNeverExceedTheLimit() {
        String full = "inc-20261121-" + "a".repeat(67);
        assertThat(full).hasSize(80);
        assertThat(ChannelNamer.withSuffix(full, 12)).hasSize(80).endsWith("a-12").matches(VALID);
        assertThat(ChannelNamer.withSuffix("inc-20261121-db", 2)).isEqualTo("inc-20261121-db-2");
    }
}
