package io.hikeshi.library;

import io.hikeshi.incident.IncidentAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Ranks the library's entries against an incident: BM25 over the title (weighted double) and the rest, plus shared
 * services, and then keeps only entries that cover enough of what the incident says, weighed by how rare each word
 * is, so that a few common words never make a match. Ties go to the smaller key: the same library and incident
 * always give the same list.
 */
final class SimilarityRanker {

    /**
     * What is being looked for.
     *
     * @param visibility the incidents that may be suggested: hidden ones are left out inside the query, so they take
     *                   no candidate's place
     */
    record Probe(String title, String description, String severity, List<String> services, String excludeKey,
                 boolean includeDrills, IncidentAccess.Visibility visibility) {
    }

    /** One entry that matched, with why. */
    record Match(LibraryDocument document, double score, double coverage, List<String> terms,
                 List<String> sharedServices, Snippet passage) {
    }

    private static final int CANDIDATES = 25;
    private static final int MAX_TERMS = 300;

    private final LibraryIndex index;
    private final double minCoverage;

    SimilarityRanker(LibraryIndex index, double minCoverage) {
        this.index = index;
        this.minCoverage = minCoverage;
    }

    List<Match> rank(Probe probe, int limit) {
        Map<String, String> surfaces = index.analyzer().surfaces(probe.title() + "\n" + nullToEmpty(probe.description()));
        List<String> terms = surfaces.keySet().stream().limit(MAX_TERMS).toList();
        List<String> services = probe.services().stream().map(LibraryIndex::normal).filter(s -> !s.isEmpty())
                .distinct().toList();
        if (terms.isEmpty() && services.isEmpty()) {
            return List.of();
        }
        IndexSearcher searcher = index.acquire();
        try {
            return rank(searcher, probe, terms, surfaces, services, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    private List<Match> rank(IndexSearcher searcher, Probe probe, List<String> terms, Map<String, String> surfaces,
                             List<String> services, int limit) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new BoostQuery(new TermQuery(new Term(LibraryIndex.TITLE, term)), 2f), BooleanClause.Occur.SHOULD);
            query.add(new TermQuery(new Term(LibraryIndex.BODY, term)), BooleanClause.Occur.SHOULD);
        }
        for (String service : services) {
            query.add(new BoostQuery(new TermQuery(new Term(LibraryIndex.SERVICE, service)), 3f),
                    BooleanClause.Occur.SHOULD);
        }
        query.add(new TermQuery(new Term(LibraryIndex.RESOLVED, "true")), BooleanClause.Occur.FILTER);
        if (!probe.includeDrills()) {
            query.add(new TermQuery(new Term(LibraryIndex.DRILL, "true")), BooleanClause.Occur.MUST_NOT);
        }
        if (probe.excludeKey() != null) {
            query.add(new TermQuery(new Term(LibraryIndex.KEY, probe.excludeKey())), BooleanClause.Occur.MUST_NOT);
        }
        LibraryIndex.hide(query, probe.visibility());
        Query built = query.setMinimumNumberShouldMatch(1).build();
        Sort sort = new Sort(SortField.FIELD_SCORE, new SortField(LibraryIndex.KEY, SortField.Type.STRING));
        TopDocs top = searcher.search(built, CANDIDATES, sort, true);
        Map<String, Double> idf = idf(searcher.getIndexReader(), terms);
        double total = idf.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Match> matches = new ArrayList<>();
        Map<String, Set<String>> matchedTerms = new HashMap<>();
        for (ScoreDoc hit : top.scoreDocs) {
            String key = searcher.storedFields().document(hit.doc).get(LibraryIndex.KEY);
            LibraryDocument document = index.get(key).orElse(null);
            if (document == null) {
                continue;
            }
            Set<String> matched = matchedTerms(searcher.getIndexReader(), hit.doc, terms);
            double covered = matched.stream().mapToDouble(idf::get).sum();
            double coverage = total == 0 ? 0 : covered / total;
            List<String> shared = document.services().stream()
                    .filter(s -> services.contains(LibraryIndex.normal(s))).toList();
            boolean enough = coverage >= minCoverage && (matched.size() >= 2 || !shared.isEmpty());
            if (enough) {
                List<String> words = matched.stream().sorted(Comparator.comparingDouble((String t) -> -idf.get(t))
                        .thenComparing(Comparator.naturalOrder())).map(surfaces::get)
                        .map(s -> s.toLowerCase(Locale.ROOT)).distinct().limit(8).toList();
                matches.add(new Match(document, round(hit.score), round(coverage), words, shared, null));
                matchedTerms.put(document.key(), matched);
            }
        }
        matches.sort(Comparator.comparingDouble((Match m) -> -m.coverage() * m.score())
                .thenComparing(m -> m.document().key()));
        // The passage is worked out only for what is shown: it reads the entry's text again.
        return matches.stream().limit(limit).map(m -> new Match(m.document(), m.score(), m.coverage(), m.terms(),
                m.sharedServices(), Snippet.of(index.analyzer(), m.document().text().isBlank()
                        ? m.document().description() : m.document().text(), matchedTerms.get(m.document().key()), 160)))
                .toList();
    }

    /** Rarer words weigh more; a word no entry has weighs like the rarest, so unknown words lower the coverage. */
    private static Map<String, Double> idf(IndexReader reader, List<String> terms) throws IOException {
        Map<String, Double> idf = new LinkedHashMap<>();
        int docs = Math.max(1, reader.numDocs());
        for (String term : terms) {
            int df = Math.max(reader.docFreq(new Term(LibraryIndex.BODY, term)),
                    reader.docFreq(new Term(LibraryIndex.TITLE, term)));
            idf.put(term, Math.log(1 + (docs - df + 0.5) / (df + 0.5)));
        }
        return idf;
    }

    private static Set<String> matchedTerms(IndexReader reader, int doc, List<String> terms) throws IOException {
        Set<String> matched = new LinkedHashSet<>();
        for (String field : List.of(LibraryIndex.TITLE, LibraryIndex.BODY)) {
            Terms vector = reader.termVectors().get(doc, field);
            if (vector == null) {
                continue;
            }
            TermsEnum each = vector.iterator();
            for (String term : terms) {
                if (each.seekExact(new BytesRef(term))) {
                    matched.add(term);
                }
            }
        }
        return matched;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
