package io.hikeshi.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * A second replica's index on the same database: it reads the changes the first one wrote (an imported file, a
 * declared and resolved incident, a removed file) and ends up with the same library.
 */
@QuarkusTest
@TestProfile(LibraryFlowTest.HistoryTemplates.class)
class ReplicaIndexTest extends LibraryFlowTest {

    @Inject
    LibraryReader reader;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Test
    void anotherReplicaFollowsTheChangesInTheDatabase() throws IOException {
        Library other = new Library();
        IndexSync replica = new IndexSync(other, reader, em, clock, new SimpleMeterRegistry());
        replica.rebuild();
        assertThat(other.index().size()).isZero();

        write("clock.md", CLOCK_SKEW);
        history.rescan();
        declareAndWait("Users logged out, tokens rejected --sev 2");
        long incident = ((Number) db.value("select max(id) from incident")).longValue();
        inIncidentChannel("resolve NTP restored").statusCode(200);
        replica.poll();

        assertThat(other.index().get(LibraryDocument.historyKey("clock.md"))).isPresent();
        LibraryDocument indexed = other.index().get(LibraryDocument.incidentKey(incident)).orElseThrow();
        assertThat(indexed.resolved()).isTrue();
        assertThat(indexed.text()).contains("NTP restored");

        Files.delete(HISTORY.resolve("clock.md"));
        history.rescan();
        replica.poll();

        assertThat(other.index().get(LibraryDocument.historyKey("clock.md"))).isEmpty();
        replica.rebuild();
        assertThat(other.index().size()).isEqualTo(1);
    }

    @Test
    void aChangeCommittedAfterANewerOneIsNotMissed() throws IOException {
        Library other = new Library();
        IndexSync replica = new IndexSync(other, reader, em, clock, new SimpleMeterRegistry());
        replica.rebuild();
        write("a.md", "# A\nfirst\n");
        history.rescan();
        long late = ((Number) db.value("select max(id) from library_change where source = 'a.md'")).longValue();
        // As if the transaction that wrote this row had not committed yet when the replica looked.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from library_change where id = "
                + late).executeUpdate());
        write("b.md", "# B\nsecond\n");
        history.rescan();
        replica.poll();
        assertThat(other.index().get(LibraryDocument.historyKey("b.md"))).isPresent();
        assertThat(other.index().get(LibraryDocument.historyKey("a.md"))).isEmpty();

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into library_change (id, source,"
                + " changed_at) values (" + late + ", 'a.md', current_timestamp)").executeUpdate());
        replica.poll();

        assertThat(other.index().get(LibraryDocument.historyKey("a.md"))).isPresent();
    }
}
