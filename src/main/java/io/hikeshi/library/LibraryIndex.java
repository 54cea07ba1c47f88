package io.hikeshi.library;

import io.hikeshi.incident.IncidentAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The library in memory: a Lucene index of every entry, and the entries themselves for showing results. Each
 * replica keeps its own and brings it in step with the database ({@link IndexSync}); nothing here is the record.
 */
final class LibraryIndex {

    static final String KEY = "key";
    static final String IMPORTED = "imported";
    static final String DRILL = "drill";
    static final String RESOLVED = "resolved";
    static final String SEVERITY = "severity";
    static final String SERVICE = "service";
    static final String LABEL = "label";
    static final String DAY = "day";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String SERVICES_TEXT = "services_text";

    /** Analyzed text whose terms are kept per entry, to tell why an entry matched. */
    private static final FieldType TEXT_WITH_VECTORS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_WITH_VECTORS.setStoreTermVectors(true);
        TEXT_WITH_VECTORS.freeze();
    }

    private final LibraryAnalyzer analyzer = new LibraryAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, LibraryDocument> documents = new ConcurrentHashMap<>();

    LibraryIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LibraryAnalyzer analyzer() {
        return analyzer;
    }

    /** Adds or replaces an entry; searches see it after {@link #refresh()}. */
    void put(LibraryDocument document) {
        try {
            writer.updateDocument(new Term(KEY, document.key()), fields(document));
            documents.put(document.key(), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void remove(String key) {
        try {
            writer.deleteDocuments(new Term(KEY, key));
            documents.remove(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the whole library at once (start, or a full rebuild). */
    synchronized void replaceAll(Collection<LibraryDocument> all) {
        try {
            writer.deleteAll();
            documents.clear();
            for (LibraryDocument document : all) {
                put(document);
            }
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<LibraryDocument> get(String key) {
        return Optional.ofNullable(documents.get(key));
    }

    int size() {
        return documents.size();
    }

    /** Bytes the index holds, plus the entries' text kept for snippets and messages (two bytes a character). */
    long bytesUsed() {
        long text = documents.values().stream().mapToLong(d -> 2L * (d.title().length() + d.description().length()
                + d.text().length()) + 512).sum();
        long files = 0;
        try {
            for (String file : directory.listAll()) {
                files += directory.fileLength(file);
            }
        } catch (IOException e) {
            // a file merged away while counting: the figure is an estimate anyway
        }
        return files + writer.ramBytesUsed() + text;
    }

    /** A searcher over the latest refreshed state; release it with {@link #release}. */
    IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds to a query that the incidents hidden from someone are not found: a filter inside the query, so that the
     * total and the best-first order count only what they may see.
     */
    static void hide(BooleanQuery.Builder query, IncidentAccess.Visibility visibility) {
        if (!visibility.hidden().isEmpty()) {
            query.add(new TermInSetQuery(KEY, visibility.hidden().stream().sorted()
                    .map(n -> new BytesRef(LibraryDocument.incidentKey(n))).toList()), BooleanClause.Occur.MUST_NOT);
        }
    }

    static String normal(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    private static Document fields(LibraryDocument d) {
        Document doc = new Document();
        doc.add(new StringField(KEY, d.key(), Field.Store.YES));
        doc.add(new SortedDocValuesField(KEY, new BytesRef(d.key())));
        doc.add(new StringField(IMPORTED, Boolean.toString(d.imported()), Field.Store.NO));
        doc.add(new StringField(DRILL, Boolean.toString(d.drill()), Field.Store.NO));
        doc.add(new StringField(RESOLVED, Boolean.toString(d.resolved()), Field.Store.NO));
        if (d.severity() != null) {
            doc.add(new StringField(SEVERITY, normal(d.severity()), Field.Store.NO));
        }
        d.services().forEach(s -> doc.add(new StringField(SERVICE, normal(s), Field.Store.NO)));
        d.labels().forEach(l -> doc.add(new StringField(LABEL, normal(l), Field.Store.NO)));
        long day = d.when() == null ? Long.MIN_VALUE : d.when().toEpochDay();
        doc.add(new LongPoint(DAY, day));
        doc.add(new NumericDocValuesField(DAY, day));
        doc.add(new Field(TITLE, d.title(), TEXT_WITH_VECTORS));
        doc.add(new Field(BODY, d.description() + "\n" + d.text(), TEXT_WITH_VECTORS));
        doc.add(new TextField(SERVICES_TEXT, String.join(" ", d.services()), Field.Store.NO));
        return doc;
    }
}
