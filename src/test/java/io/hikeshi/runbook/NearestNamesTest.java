package io.hikeshi.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class NearestNamesTest {

    private static final List<Runbook> RUNBOOKS = List.of(
            runbook("certificate-expiry", "Certificate expired or about to expire"),
            runbook("database-failover", "Database failover and replication lag"),
            runbook("first-response", "First response"),
            runbook("rollback-after-deploy", "Elevated 5xx after a deploy"));

    @Test
    void typosFindTheRightName() {
        assertThat(names("databse-failover")).first().isEqualTo("database-failover");
        assertThat(names("rolback")).first().isEqualTo("rollback-after-deploy");
        assertThat(names("certifcate")).first().isEqualTo("certificate-expiry");
    }

    @Test
    void partsOfANameOrTitleComeFirst() {
        assertThat(names("replication")).first().isEqualTo("database-failover");
        assertThat(names("5xx")).first().isEqualTo("rollback-after-deploy");
    }

    @Test
    void somethingFarFromEverythingStillGetsTheNearestThree() {
        assertThat(names("nosuchthing")).hasSize(3);
    }

    @Test
    void levenshtein() {
        assertThat(NearestNames.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(NearestNames.levenshtein("", "abc")).isEqualTo(3);
        assertThat(NearestNames.levenshtein("same", "same")).isZero();
    }

    private static List<String> names(String typed) {
        return NearestNames.suggest(typed, RUNBOOKS).stream().map(Runbook::name).toList();
    }

    private static Runbook runbook(String name, String title) {
        return new Runbook(name, name + ".md", title, null, Runbook.Match.NOTHING, "body", 4, List.of());
    }
}
