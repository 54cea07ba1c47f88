package io.hikeshi.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Service and tag names: normalised, any script, never markup, bounded in length and number. */
@Tag("no-database")
class LabelNamesTest {

    @Test
    void namesAreSplitNormalisedAndDeduplicated() throws InvalidLabelException {
        assertThat(LabelNames.parse(" Checkout-API, auth  auth,db.primary、決済")).containsExactly("checkout-api",
                "auth", "db.primary", "決済");
        assertThat(LabelNames.parse("none")).isEmpty();
        assertThat(LabelNames.parse("-")).isEmpty();
    }

    @Test
    void markupLongNamesAndTooManyAreRefused() {
        for (String bad : List.of("<!channel>", "<@U123>", "*bold*", "a/b", "-leading", "trailing.", "x".repeat(41),
                "", "  ")) {
            assertThatThrownBy(() -> LabelNames.parse(bad)).isInstanceOf(InvalidLabelException.class);
        }
        assertThatThrownBy(() -> LabelNames.parse("a b c d e f g h i j k")).hasMessageContaining("at most 10");
    }

    @Test
    void declaredNamesKeepTheUsableOnes() {
        assertThat(LabelNames.lenient(List.of("API", "<!here>", "auth, db", "api"))).containsExactly("api", "auth",
                "db");
    }
}
