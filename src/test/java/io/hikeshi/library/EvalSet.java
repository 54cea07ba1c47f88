package io.hikeshi.library;

import io.hikeshi.incident.IncidentAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The labelled evaluation set in {@code src/test/resources/library-eval}: past postmortems as history files, and new
 * incidents with the past ones that are relevant to them (none for an incident with no relevant past).
 */
final class EvalSet {

    /** A new incident and what should be suggested for it. */
    record Case(String id, String title, String description, String severity, List<String> services,
                List<String> relevant) {
        boolean noMatch() {
            return relevant.isEmpty();
        }
    }

    private EvalSet() {
    }

    static Path folder() {
        try {
            return Path.of(EvalSet.class.getResource("/library-eval/history").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<HistoryEntry> history() {
        List<HistoryEntry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                entries.add(HistoryParser.parse(name, Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidHistoryException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    static List<Case> cases() {
        try {
            Path file = folder().resolveSibling("incidents.tsv");
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .map(f -> new Case(f[0], f[1], f[2], f[3], words(f[4]), words(f[5]).stream()
                            .map(id -> id + ".md").toList()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(String::strip).toList();
    }

    /** The history loaded into a fresh index. */
    static LibraryIndex index() {
        LibraryIndex index = new LibraryIndex();
        index.replaceAll(history().stream().map(LibraryDocument::ofHistory).toList());
        return index;
    }

    /** Recall@3, MRR and the no-suggestion rate of no-match cases, for a ranker over the set. */
    record Figures(double recallAt3, double mrr, double quietOnNoMatch, int cases, int noMatchCases,
                   List<String> misses) {
    }

    static Figures evaluate(SimilarityRanker ranker) {
        double recall = 0;
        double mrr = 0;
        int matchCases = 0;
        int noMatch = 0;
        int quiet = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases()) {
            List<String> found = ranker.rank(new SimilarityRanker.Probe(c.title(), c.description(), c.severity(),
                    c.services(), null, false, IncidentAccess.Visibility.EVERYTHING), 3).stream()
                    .map(m -> m.document().source()).toList();
            if (c.noMatch()) {
                noMatch++;
                if (found.isEmpty()) {
                    quiet++;
                } else {
                    misses.add(c.id() + " (no match expected) got " + found);
                }
                continue;
            }
            matchCases++;
            // Recall@3: the share of the relevant entries found in the top 3, counting at most 3 relevant ones.
            long hit = c.relevant().stream().filter(found::contains).count();
            recall += (double) hit / Math.min(3, c.relevant().size());
            for (int i = 0; i < found.size(); i++) {
                if (c.relevant().contains(found.get(i))) {
                    mrr += 1.0 / (i + 1);
                    break;
                }
            }
            if (hit < Math.min(3, c.relevant().size())) {
                misses.add(c.id() + " expected " + c.relevant() + " got " + found);
            }
        }
        return new Figures(recall / matchCases, mrr / matchCases, noMatch == 0 ? 1 : (double) quiet / noMatch,
                matchCases, noMatch, misses);
    }
}
