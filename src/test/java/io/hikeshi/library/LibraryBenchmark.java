package io.hikeshi.library;

import io.hikeshi.incident.IncidentAccess;
import static io.hikeshi.incident.IncidentAccess.Visibility.EVERYTHING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hikeshi.support.FakeSlack;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Figures of the incident library: quality on the evaluation set (recall@3, MRR, silence on no-match cases), search
 * and similar-incident latency over 10,000 entries and the index's memory, importing 1,000 history files until they
 * are searchable, and the time from a declaration to its similar incidents in the channel. Prints figures; asserts
 * only that the work was done. Run with {@code ./mvnw -B verify -Pbench -Dtest=LibraryBenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
@io.quarkus.test.security.TestSecurity(user = "alice")
@io.quarkus.test.security.oidc.OidcSecurity(claims = {
        @io.quarkus.test.security.oidc.Claim(key = "email", value = "alice@example.com"),
        @io.quarkus.test.security.oidc.Claim(key = "email_verified", value = "true",
                type = io.quarkus.test.security.oidc.ClaimType.BOOLEAN)})
@TestProfile(LibraryFlowTest.HistoryTemplates.class)
class LibraryBenchmark extends LibraryFlowTest {

    private static final int ENTRIES = Integer.getInteger("bench.entries", 10_000);
    private static final int SEARCHES = Integer.getInteger("bench.searches", 2_000);
    private static final int FILES = Integer.getInteger("bench.files", 1_000);
    private static final int DECLARES = Integer.getInteger("bench.declares", 5);

    @Test
    void figures() throws IOException {
        quality();
        searchOverManyEntries();
        importOfManyFiles();
        similarAfterDeclare();
    }

    private static void quality() {
        EvalSet.Figures figures = EvalSet.evaluate(new SimilarityRanker(EvalSet.index(), SimilarIncidents.MIN_COVERAGE));
        System.out.printf("[library] eval: %d past postmortems, %d incidents (%d with no relevant past): recall@3 %.3f,"
                        + " MRR %.3f, no suggestion on %.0f%% of no-match cases%n", EvalSet.history().size(),
                figures.cases() + figures.noMatchCases(), figures.noMatchCases(), figures.recallAt3(), figures.mrr(),
                100 * figures.quietOnNoMatch());
    }

    private static void searchOverManyEntries() {
        List<HistoryEntry> seeds = EvalSet.history();
        Random random = new Random(42);
        LibraryIndex index = new LibraryIndex();
        List<LibraryDocument> documents = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            documents.add(synthetic(i, seeds.get(random.nextInt(seeds.size())), random));
        }
        System.gc();
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        index.replaceAll(documents);
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long heapAfter = usedHeap();
        LibrarySearch search = new LibrarySearch(libraryOf(index), null);
        SimilarityRanker ranker = new SimilarityRanker(index, SimilarIncidents.MIN_COVERAGE);
        List<String> words = List.of("certificate", "expired", "database", "failover", "timeout", "payment", "cache",
                "redis", "deploy", "rollback", "dns", "kafka lag", "token clock", "証明書", "決済 タイムアウト", "disk full",
                "rate limit 429", "memory leak", "cdn stale", "duplicate invoices");
        for (int i = 0; i < 300; i++) {
            // Warm-up: the JIT compiles the search path first, as in a replica that has been up a while.
            search.search(new SearchQuery(words.get(i % words.size()), null, null, null, null, null), EVERYTHING);
            ranker.rank(new SimilarityRanker.Probe(seeds.get(i % seeds.size()).title(), "", "SEV2", List.of(), null,
                    false, EVERYTHING), 3);
        }
        long[] searches = new long[SEARCHES];
        long[] similar = new long[SEARCHES];
        long found = 0;
        for (int i = 0; i < SEARCHES; i++) {
            String q = words.get(random.nextInt(words.size()));
            SearchQuery query = i % 3 == 0 ? new SearchQuery(q, "SEV2", null, null, LocalDate.of(2024, 6, 1), null)
                    : new SearchQuery(q, null, null, null, null, null);
            long t = System.nanoTime();
            found += search.search(query, EVERYTHING).hits().size();
            searches[i] = System.nanoTime() - t;
            HistoryEntry seed = seeds.get(random.nextInt(seeds.size()));
            t = System.nanoTime();
            ranker.rank(new SimilarityRanker.Probe(seed.title(), "", "SEV2", List.of(), null, false, EVERYTHING), 3);
            similar[i] = System.nanoTime() - t;
        }
        assertThat(found).isPositive();
        System.out.printf("[library] %d entries indexed in %d ms; index %.1f MB (Lucene files + text kept for"
                        + " snippets), heap grew %.1f MB%n", index.size(), buildMillis, index.bytesUsed() / 1e6,
                (heapAfter - heapBefore) / 1e6);
        System.out.printf("[library] search over %d entries (%d searches): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                ENTRIES, SEARCHES, pct(searches, 50), pct(searches, 99), pct(searches, 100));
        System.out.printf("[library] similar incidents over %d entries: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                ENTRIES, pct(similar, 50), pct(similar, 99), pct(similar, 100));
    }

    private void importOfManyFiles() throws IOException {
        List<HistoryEntry> seeds = EvalSet.history();
        for (int i = 0; i < FILES; i++) {
            HistoryEntry seed = seeds.get(i % seeds.size());
            write("bulk/" + i + ".md", "---\ntitle: \"" + seed.title().replace("\"", "'") + " #" + i
                    + "\"\ndate: 2025-01-01\nseverity: SEV3\nservices: [" + String.join(", ", seed.services())
                    + "]\n---\n" + seed.body() + "\n\nNote " + i + ".\n");
        }
        long start = System.nanoTime();
        history.rescan();
        long imported = System.nanoTime() - start;
        await().atMost(Duration.ofSeconds(120)).until(() -> searchApi("q=note " + (FILES - 1)).getList("hits")
                .size() == 1);
        long searchable = System.nanoTime() - start;
        assertThat(db.count("imported_postmortem")).isEqualTo(FILES);
        System.out.printf("[library] import of %d history files: %d ms into the database, %d ms until searchable"
                + " (the sync polls every second)%n", FILES, imported / 1_000_000, searchable / 1_000_000);
        try (var files = Files.list(HISTORY.resolve("bulk"))) {
            files.forEach(p -> p.toFile().delete());
        }
        history.rescan();
    }

    private void similarAfterDeclare() throws IOException {
        write("clock.md", CLOCK_SKEW);
        awaitIndexed("clock", "clock.md");
        long[] delays = new long[DECLARES];
        for (int i = 0; i < DECLARES; i++) {
            await().atMost(Duration.ofSeconds(30)).until(() -> db.count("outbox_entry where state <> 'DONE'") == 0);
            db.clean();
            slack = new FakeSlack(new com.github.tomakehurst.wiremock.client.WireMock(wiremockPort)).reset();
            long start = System.nanoTime();
            io.hikeshi.support.SlackRequests.postForm(io.hikeshi.support.SlackRequests.slashCommand(
                    "declare Users logged out, tokens rejected " + i)).statusCode(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> slack.forms("chat.postMessage").stream()
                    .anyMatch(f -> f.get("blocks") != null && FakeSlack.text(f.get("blocks"))
                            .contains("Have we seen this before?")));
            delays[i] = System.nanoTime() - start;
        }
        System.out.printf("[library] declare to similar incidents posted (%d declares, fake Slack): p50 %.0f ms,"
                + " max %.0f ms%n", DECLARES, pct(delays, 50), pct(delays, 100));
    }

    private static LibraryDocument synthetic(int i, HistoryEntry seed, Random random) {
        StringBuilder timeline = new StringBuilder();
        for (int line = 0; line < 12; line++) {
            timeline.append("note ").append(i).append(" w").append(random.nextInt(5000)).append(" w")
                    .append(random.nextInt(5000)).append(" checked dashboards and logs\n");
        }
        return new LibraryDocument(LibraryDocument.incidentKey(i), (long) i, "INC-" + i, seed.title(),
                "Seen again " + i, null, LocalDate.of(2024, 1, 1).plusDays(i % 700), "SEV" + (1 + i % 4),
                i % 20 == 0, true, seed.services(), seed.labels(), timeline + seed.body(), List.of(), List.of(),
                List.of(), "/incidents/" + i, false);
    }

    private static Library libraryOf(LibraryIndex index) {
        return new Library() {
            @Override
            LibraryIndex index() {
                return index;
            }
        };
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double pct(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int at = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, at)] / 1e6;
    }
}
