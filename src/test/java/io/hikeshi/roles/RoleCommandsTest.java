package io.hikeshi.roles;

import static io.hikeshi.support.SlackRequests.postForm;
import static io.hikeshi.support.SlackRequests.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackFlowTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoleCommandsTest extends SlackFlowTest {

    @BeforeEach
    void declare() {
        declareAndWait("Checkout API returning 500s --sev 2");
    }

    @Test
    void assigningAScribeInvitesBriefsAnnouncesAndUpdatesTheCard() {
        inIncidentChannel("scribe <@USCRIBE|sam>").statusCode(200)
                .body("text", containsString("<@USCRIBE> is now the scribe"));

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("chat.update").size() == 1);
        assertThat(slack.forms("conversations.invite")).extracting(f -> f.get("users")).contains("USCRIBE");
        assertThat(slack.forms("chat.postMessage")).anySatisfy(f -> {
            assertThat(f).containsEntry("channel", "USCRIBE");
            assertThat(f.get("text")).contains("You are now the *scribe*").contains("Note every decision");
        });
        assertThat(slack.forms("chat.postMessage")).anySatisfy(f -> {
            assertThat(f).containsEntry("channel", FakeSlack.INCIDENT_CHANNEL);
            assertThat(FakeSlack.text(f.get("blocks"))).contains("<@USCRIBE> is now the *scribe*");
        });
        assertThat(FakeSlack.text(slack.forms("chat.update").get(0).get("blocks"))).contains("*Scribe*\n<@USCRIBE>");
        assertThat(db.count("timeline_entry where kind = 'role'")).isEqualTo(1);
    }

    @Test
    void aNewCommanderRelievesTheOldOneAndHistoryIsKept() {
        inIncidentChannel("commander <@UNEXT>").statusCode(200)
                .body("text", containsString("relieving <@UDECLARER>"));
        inIncidentChannel("commander me").statusCode(200).body("text", containsString("<@UDECLARER> is now"));

        assertThat(db.count("role_assignment where role = 'commander'")).isEqualTo(3);
        assertThat(db.count("role_assignment where role = 'commander' and relieved_at is null"
                + " and user_id = 'UDECLARER'")).isEqualTo(1);
        inIncidentChannel("roles").statusCode(200)
                .body("text", containsString("*commander*: <@UDECLARER>"))
                .body("text", containsString("before: <@UNEXT>"))
                .body("text", containsString("*communications liaison*: _unassigned_"));
        // The new commander gets the role's checklist once (and, separately, the handover brief).
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.forms("chat.postMessage").stream()
                .anyMatch(f -> "UNEXT".equals(f.get("channel")) && f.get("blocks") == null));
        assertThat(slack.forms("chat.postMessage"))
                .filteredOn(f -> "UNEXT".equals(f.get("channel")) && f.get("blocks") == null)
                .singleElement().satisfies(f -> assertThat(f.get("text")).contains("don't fix things yourself"));
    }

    @Test
    void aMultiWordRoleByName() {
        inIncidentChannel("role communications liaison <@UCOMMS>").statusCode(200)
                .body("text", containsString("<@UCOMMS> is now the communications liaison"));
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("chat.update").size() == 1);
        assertThat(FakeSlack.text(slack.forms("chat.update").get(0).get("blocks")))
                .contains("*Communications liaison*\n<@UCOMMS>");
    }

    @Test
    void badRoleCommandsAreExplainedAndChangeNothing() {
        inIncidentChannel("role firefighter <@UX>").statusCode(200)
                .body("text", containsString("There is no role `firefighter`. The roles are: commander, scribe,"
                        + " communications liaison."));
        inIncidentChannel("scribe @nobody").statusCode(200)
                .body("text", containsString("I can't find a person called `@nobody`"))
                .body("text", containsString("Usage: `/incident scribe <@user|me>`"));
        inIncidentChannel("scribe &lt;@UFORGED&gt;").statusCode(200)
                .body("text", containsString("I can't find a person"));
        inIncidentChannel("commander").statusCode(200).body("text", containsString("Say who should be the commander"));
        postForm(slashCommand("scribe me")).statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", containsString("works in an incident's own channel"))
                .body("text", containsString("/incident list"));

        assertThat(db.count("role_assignment")).isEqualTo(1);
        assertThat(db.count("timeline_entry where kind = 'role'")).isZero();
    }
}
