package io.hikeshi.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Keyword rules: the cause with the most keyword hits (headlines twice), known services, Japanese, fallbacks. */
@Tag("no-database")
class KeywordRulesTest {

    private static final List<String> CAUSES = List.of("deploy", "config", "capacity", "dependency", "data",
            "network", "security", "unknown");

    @Test
    void theCauseWithTheMostHitsWinsAndKnownServicesAreFound() {
        Suggestion s = KeywordRules.suggest(sources(List.of("auth", "checkout-api", "db"),
                head("Checkout 500s after the deploy"),
                line("T1", "Rolled back release 4711 of checkout-api"),
                line("T2", "Memory looks fine")), CAUSES);

        assertThat(s.values().get(LabelKind.CAUSE)).containsExactly("deploy");
        assertThat(s.values().get(LabelKind.SERVICE)).containsExactly("checkout-api");
        assertThat(s.origin()).isEqualTo(Label.RULES);
        assertThat(s.reason()).startsWith("Keyword rules; cause deploy from \u201cdeploy\u201d in the title,"
                + " \u201crolled back\u201d in the timeline T1, \u201crelease\u201d in the timeline T1; services from"
                + " \u201ccheckout-api\u201d in the timeline T1.");
        assertThat(s.reason()).contains("services from \u201ccheckout-api\u201d");
    }

    @Test
    void keywordsMatchAtTheStartOfWordsOnly() {
        assertThat(KeywordRules.count("deployment failed; redeploy", "deploy")).isEqualTo(1);
        assertThat(KeywordRules.count("DNS resolution; dnssec", "dns")).isEqualTo(2);
        assertThat(KeywordRules.count("証明書の期限切れ。証明書を更新", "証明書")).isEqualTo(2);
    }

    @Test
    void japaneseTextFindsItsCause() {
        Suggestion s = KeywordRules.suggest(sources(List.of(), head("決済APIでタイムアウト"),
                line("T1", "外部の決済プロバイダ障害。外部依存のため待機")), CAUSES);
        assertThat(s.values().get(LabelKind.CAUSE)).containsExactly("dependency");
    }

    @Test
    void noKeywordGivesUnknownOnlyWhenItIsAConfiguredCause() {
        LabelSources quiet = sources(List.of(), head("Something odd"));
        assertThat(KeywordRules.suggest(quiet, CAUSES).values().get(LabelKind.CAUSE)).containsExactly("unknown");
        assertThat(KeywordRules.suggest(quiet, CAUSES).reason()).contains("no cause keyword was found");
        assertThat(KeywordRules.suggest(quiet, List.of("deploy", "config")).values().get(LabelKind.CAUSE)).isEmpty();
    }

    @Test
    void tiesGoToTheCauseListedFirstAndACustomCauseIsFoundByItsName() {
        LabelSources tie = sources(List.of(), line("T1", "config change and a deploy"));
        assertThat(KeywordRules.suggest(tie, CAUSES).values().get(LabelKind.CAUSE)).containsExactly("deploy");
        assertThat(KeywordRules.suggest(tie, List.of("config", "deploy")).values().get(LabelKind.CAUSE))
                .containsExactly("config");
        LabelSources custom = sources(List.of(), line("T1", "The vendor-outage again"));
        assertThat(KeywordRules.suggest(custom, List.of("vendor-outage", "deploy")).values().get(LabelKind.CAUSE))
                .containsExactly("vendor-outage");
    }

    @Test
    void postmortemSectionsThatRepeatFactsAndPromptsAreLeftOut() {
        List<LabelSources.Source> sections = LabelSources.sections("""
                # Postmortem: INC-1 — Checkout
                | **Severity** | SEV2 deploy |
                ## Summary
                > _To write:_ In two or three sentences: data, deploy.
                A bad config flag.
                ## Timeline (UTC)
                | 10:00 | deploy |
                ## Root cause and contributing factors
                The flag default changed.
                """);
        assertThat(sections).extracting(LabelSources.Source::id).containsExactly("P1", "P2");
        assertThat(sections).extracting(LabelSources.Source::name).containsExactly(
                "the postmortem section \u201cSummary\u201d",
                "the postmortem section \u201cRoot cause and contributing factors\u201d");
        assertThat(sections.get(0).text()).isEqualTo("A bad config flag.");
    }

    static LabelSources sources(List<String> known, LabelSources.Source... sources) {
        return new LabelSources(List.of(sources), known);
    }

    static LabelSources.Source head(String title) {
        return new LabelSources.Source("TITLE", "the title", title, true);
    }

    static LabelSources.Source line(String id, String text) {
        return new LabelSources.Source(id, "the timeline " + id, text, false);
    }
}
