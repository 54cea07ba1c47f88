package io.hikeshi.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackFlowTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A draft on resolve and on /incident postmortem, told in Slack with its link and shared as a file. */
@QuarkusTest
@TestProfile(PostmortemDraftingTest.OwnTemplates.class)
class PostmortemDraftingTest extends SlackFlowTest {

    /** A templates directory of the test's own, where it can put a broken template; no language model. */
    public static class OwnTemplates implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hikeshi.templates.dir", "target/test-templates", "hikeshi.llm.base-url", "",
                    "hikeshi.llm.model", "", "hikeshi.llm.api-key", "",
                    "hikeshi.postmortem.severity-templates.SEV2", "major");
        }
    }

    private static final Path BROKEN = Path.of("target/test-templates/postmortem/sev3.md");
    private static final Path MAJOR = Path.of("target/test-templates/postmortem/major.md");
    private static final Predicate<Map<String, String>> NOTICE =
            f -> f.get("blocks") != null && FakeSlack.text(f.get("blocks")).contains("Postmortem draft ready");

    @AfterEach
    void removeTemplates() throws IOException {
        Files.deleteIfExists(BROKEN);
        Files.deleteIfExists(MAJOR);
    }

    @Test
    void theTemplateConfiguredForTheSeverityIsUsed() throws IOException {
        Files.createDirectories(MAJOR.getParent());
        Files.writeString(MAJOR, "# Major incident {incident.reference}: {incident.title}\n\n{narrative.lessons}\n");
        declareAndWait("Payments down --sev 2");
        inIncidentChannel("resolve").statusCode(200);

        await().atMost(Duration.ofSeconds(15)).until(() -> db.count("postmortem_version") == 1);
        assertThat((String) db.value("select markdown from postmortem_version"))
                .startsWith("# Major incident INC-").contains("Payments down", "> _To write:_ ");
        assertThat((String) db.value("select template from postmortem_version")).isEqualTo("major");
    }

    @Test
    void resolvingDraftsThePostmortemTellsSlackAndSharesTheFile() {
        slack.knowsUser("U0OWNER", "bob");
        declareAndWait("Checkout <b>failing</b> *now* --sev 2");
        long number = ((Number) db.value("select id from incident")).longValue();
        inIncidentChannel("scribe me").statusCode(200);
        inIncidentChannel("note Rolled back deploy 4711 <script>alert(1)</script>").statusCode(200);
        inIncidentChannel("action Add a canary stage <@U0OWNER|bob>").statusCode(200);

        inIncidentChannel("resolve Config reverted").statusCode(200);

        await().atMost(Duration.ofSeconds(15)).until(() -> slack.calls("files.completeUploadExternal").size() == 1
                && slack.forms("chat.postMessage").stream().filter(NOTICE).count() == 2);
        String markdown = (String) db.value("select markdown from postmortem_version");
        assertThat(markdown).contains("# Postmortem: INC-" + number, "Checkout \\<b\\>failing\\</b\\> \\*now\\*",
                "SEV2", "**scribe**: @" + "UDECLARER", "Rolled back deploy 4711 \\<script\\>",
                "- [ ] Add a canary stage — owner @bob", "**status** · Resolved after",
                "> _To write:_ " + NarrativeSection.Section.ROOT_CAUSE.prompt(),
                "https://hikeshi.example.com/incidents/" + number + "/postmortem");
        assertThat(db.count("postmortem where status = 'DRAFT' and current_version = 1")).isEqualTo(1);
        assertThat(markdown).doesNotContain(NarrativeSection.AI_MARK);
        assertThat(db.value("select note from postmortem_version")).isNull();

        assertThat(slack.forms("chat.postMessage")).filteredOn(NOTICE)
                .anySatisfy(f -> assertThat(f).containsEntry("channel", FakeSlack.INCIDENT_CHANNEL))
                .anySatisfy(f -> assertThat(f).containsEntry("channel", "CANNOUNCE").containsKey("thread_ts"))
                .allSatisfy(f -> assertThat(f.get("blocks"))
                        .contains("https://hikeshi.example.com/incidents/" + number + "/postmortem")
                        .contains("Time to resolve").contains("Open action items"));
        assertThat(slack.uploads()).containsExactly(markdown);
        assertThat(slack.forms("files.getUploadURLExternal").get(0))
                .containsEntry("filename", "inc-" + number + "-postmortem-v1.md");
        assertThat(slack.forms("files.completeUploadExternal").get(0))
                .containsEntry("channel_id", FakeSlack.INCIDENT_CHANNEL)
                .hasEntrySatisfying("files", files -> assertThat(files).contains("F0FILE", "Postmortem draft"));
    }

    @Test
    void postmortemCommandDraftsANewVersionAndLinks() {
        declareAndWait("Search slow --sev 2");
        long number = ((Number) db.value("select id from incident")).longValue();
        inIncidentChannel("postmortem link").statusCode(200).body("text", containsString("has no postmortem yet"));
        inIncidentChannel("resolve").statusCode(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> db.count("postmortem_version") == 1);

        inIncidentChannel("postmortem").statusCode(200)
                .body("text", containsString("Drafting a new version of the postmortem of INC-" + number))
                .body("text", containsString("https://hikeshi.example.com/incidents/" + number + "/postmortem"));
        await().atMost(Duration.ofSeconds(15)).until(() -> db.count("postmortem_version where number = 2") == 1
                && slack.calls("files.completeUploadExternal").size() == 2);
        inIncidentChannel("postmortem link").statusCode(200).body("text", containsString("is draft at version 2"));
        inIncidentChannel("postmortem now").statusCode(200).body("text", containsString("takes no words"));
        // Only the draft on resolve goes to the announcement thread.
        assertThat(slack.forms("chat.postMessage")).filteredOn(NOTICE)
                .filteredOn(f -> "CANNOUNCE".equals(f.get("channel"))).hasSize(1);
    }

    @Test
    void aBrokenTemplateIsReportedAndTheDefaultUsed() throws IOException {
        Files.createDirectories(BROKEN.getParent());
        Files.writeString(BROKEN, "# {incident.title}\n\n{#if incident.drill}\nno end\n");
        declareAndWait("Queue backlog --sev 3");
        inIncidentChannel("resolve").statusCode(200);

        await().atMost(Duration.ofSeconds(15)).until(() -> slack.forms("chat.postMessage").stream()
                .filter(NOTICE).count() == 2);
        assertThat((String) db.value("select markdown from postmortem_version")).contains("## Lessons learned");
        assertThat((String) db.value("select note from postmortem_version"))
                .contains(BROKEN.toString() + " line ").contains("built-in default template was used");
        assertThat(slack.forms("chat.postMessage")).filteredOn(NOTICE)
                .allSatisfy(f -> assertThat(FakeSlack.text(f.get("blocks"))).contains(":warning: Template "
                        + BROKEN + " line "));
    }
}
