package io.hikeshi.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The quality goals on the labelled evaluation set: deterministic, so asserted on every build. */
@Tag("no-database")
class SimilarityEvalTest {

    @Test
    void findsTheRelevantPastIncidentsAndStaysQuietWhenThereAreNone() {
        EvalSet.Figures figures = EvalSet.evaluate(new SimilarityRanker(EvalSet.index(), SimilarIncidents.MIN_COVERAGE));
        System.out.printf("recall@3 %.3f, MRR %.3f, quiet on no-match %.3f (%d cases, %d no-match)%n%s%n",
                figures.recallAt3(), figures.mrr(), figures.quietOnNoMatch(), figures.cases(), figures.noMatchCases(),
                String.join("\n", figures.misses()));
        assertThat(figures.cases()).isGreaterThanOrEqualTo(20);
        assertThat(figures.recallAt3()).isGreaterThanOrEqualTo(0.9);
        assertThat(figures.quietOnNoMatch()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theSameLibraryAndIncidentGiveTheSameRanking() {
        SimilarityRanker first = new SimilarityRanker(EvalSet.index(), SimilarIncidents.MIN_COVERAGE);
        SimilarityRanker second = new SimilarityRanker(EvalSet.index(), SimilarIncidents.MIN_COVERAGE);
        for (EvalSet.Case c : EvalSet.cases()) {
            SimilarityRanker.Probe probe = new SimilarityRanker.Probe(c.title(), c.description(), c.severity(),
                    c.services(), null, false);
            assertThat(second.rank(probe, 3)).isEqualTo(first.rank(probe, 3));
        }
    }
}
