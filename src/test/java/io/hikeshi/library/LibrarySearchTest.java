package io.hikeshi.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Search over the evaluation library: English and Japanese words, filters, highlighted snippets, stable order. */
@Tag("no-database")
class LibrarySearchTest {

    private static final Library LIBRARY = library();
    private final LibrarySearch search = new LibrarySearch(LIBRARY);

    private static Library library() {
        Library library = new Library();
        library.index().replaceAll(EvalSet.history().stream().map(LibraryDocument::ofHistory).toList());
        return library;
    }

    @Test
    void englishWordsFindTheirStemsAndEveryWordMustBeThere() {
        List<String> found = titles(new SearchQuery("certificates expiring", null, null, null, null, null));
        assertThat(found).contains("TLS certificate expired on api.example.com");
        assertThat(titles(new SearchQuery("certificate kafka", null, null, null, null, null))).isEmpty();
    }

    @Test
    void japaneseWordsAreFoundWithoutADictionary() {
        assertThat(titles(new SearchQuery("証明書", null, null, null, null, null)))
                .containsExactly("SSL証明書の期限切れでアプリが接続不可");
        assertThat(titles(new SearchQuery("タイムアウト 決済", null, null, null, null, null)))
                .contains("決済APIのタイムアウトで注文が失敗");
    }

    @Test
    void filtersBySeverityServiceLabelAndDays() {
        List<SearchHit> hits = search.search(new SearchQuery(null, "sev1", "checkout", null,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).hits();
        assertThat(hits).extracting(SearchHit::title).containsExactly(
                "Payment provider outage blocked card payments", "Primary database failover during peak traffic");
        assertThat(search.search(new SearchQuery("", null, null, "certificate", null, null)).hits())
                .extracting(SearchHit::source).containsExactlyInAnyOrder("pm05.md", "pm27.md", "pm42.md", "pm52.md");
    }

    @Test
    void snippetsMarkTheMatchesAsPiecesOfPlainText() {
        SearchHit hit = search.search(new SearchQuery("clock skew", null, null, null, null, null)).hits().get(0);

        assertThat(hit.source()).isEqualTo("pm06.md");
        assertThat(hit.snippet().pieces()).filteredOn(Snippet.Piece::highlighted).extracting(Snippet.Piece::text)
                .contains("clock", "skew");
        assertThat(hit.snippet().text()).contains("(clock skew)");
        assertThat(hit.snippet().marked("[", "]")).contains("([clock] [skew])");
    }

    @Test
    void theSameSearchListsTheSameWay() {
        SearchQuery query = new SearchQuery("database", null, null, null, null, null);
        assertThat(search.search(query)).isEqualTo(new LibrarySearch(library()).search(query));
    }

    private List<String> titles(SearchQuery query) {
        return search.search(query).hits().stream().map(SearchHit::title).toList();
    }
}
