package io.hikeshi.library;

import io.hikeshi.incident.Audience;
import io.hikeshi.incident.IncidentAccess;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.document.LongPoint;

/**
 * Search over the whole library, incidents and imported postmortems alike, in English and Japanese: every word must
 * be found (in the title, weighed double, the description, timeline, postmortem text or services), best first;
 * without words, the newest first. Ties go to the smaller key, so a search always lists the same way. Private
 * incidents (and their postmortems) are found only by those who may see them: the others find nothing, not even a
 * count.
 */
@ApplicationScoped
public class LibrarySearch {

    /** The hits of one search and how many there were in all. */
    public record Results(List<SearchHit> hits, long total) {
    }

    private static final int SNIPPET = 220;

    private final Library library;
    private final IncidentAccess access;

    LibrarySearch(Library library, IncidentAccess access) {
        this.library = library;
        this.access = access;
    }

    /** A search by someone who sees public incidents only. */
    public Results search(SearchQuery query) {
        return search(query, access.visibility(Audience.PUBLIC));
    }

    /** A search by someone who sees what {@code visibility} allows: hidden incidents are neither listed nor counted. */
    public Results search(SearchQuery query, IncidentAccess.Visibility visibility) {
        LibraryIndex index = library.index();
        Set<String> terms = new LinkedHashSet<>(index.analyzer().surfaces(
                query.text() == null ? "" : query.text()).keySet());
        IndexSearcher searcher = index.acquire();
        try {
            boolean ranked = !terms.isEmpty();
            Sort sort = ranked ? new Sort(SortField.FIELD_SCORE, new SortField(LibraryIndex.KEY, SortField.Type.STRING))
                    : new Sort(new SortField(LibraryIndex.DAY, SortField.Type.LONG, true),
                    new SortField(LibraryIndex.KEY, SortField.Type.STRING));
            TopFieldDocs top = searcher.search(build(query, terms, visibility), SearchQuery.LIMIT, sort, ranked);
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                String key = searcher.storedFields().document(hit.doc).get(LibraryIndex.KEY);
                index.get(key).ifPresent(d -> hits.add(hit(index, d, terms, ranked ? hit.score : 0)));
            }
            return new Results(hits, top.totalHits.value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    private static Query build(SearchQuery query, Set<String> terms, IncidentAccess.Visibility visibility) {
        BooleanQuery.Builder built = new BooleanQuery.Builder();
        for (String term : terms) {
            built.add(new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(LibraryIndex.TITLE, term)), 2f), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(LibraryIndex.BODY, term)), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(LibraryIndex.SERVICES_TEXT, term)), BooleanClause.Occur.SHOULD)
                    .build(), BooleanClause.Occur.MUST);
        }
        if (terms.isEmpty()) {
            built.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        filter(built, LibraryIndex.SEVERITY, query.severity());
        filter(built, LibraryIndex.SERVICE, query.service());
        filter(built, LibraryIndex.LABEL, query.label());
        if (query.from() != null || query.to() != null) {
            long from = query.from() == null ? Long.MIN_VALUE + 1 : query.from().toEpochDay();
            long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochDay();
            built.add(LongPoint.newRangeQuery(LibraryIndex.DAY, from, to), BooleanClause.Occur.FILTER);
        }
        LibraryIndex.hide(built, visibility);
        return built.build();
    }

    private static void filter(BooleanQuery.Builder built, String field, String value) {
        if (!SearchQuery.isBlank(value)) {
            built.add(new TermQuery(new Term(field, LibraryIndex.normal(value))), BooleanClause.Occur.FILTER);
        }
    }

    private static SearchHit hit(LibraryIndex index, LibraryDocument d, Set<String> terms, float score) {
        String text = d.description().isBlank() ? d.text() : d.description() + "\n" + d.text();
        return new SearchHit(d.reference(), d.title(), d.source(), d.when(), d.severity(), d.services(), d.labels(),
                d.drill(), d.resolved(), Math.round(score * 1000) / 1000.0,
                Snippet.of(index.analyzer(), text, terms, SNIPPET), d.page(), d.privateIncident());
    }
}
