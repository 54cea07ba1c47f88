package io.hikeshi.insights;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.hikeshi.incident.Audience;
import io.hikeshi.incident.IncidentAccess;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Insights over private incidents: the counts take them in; repeat-incident groups, which name incidents, show a
 * private one only to those who may see it, and are not formed through it for the others.
 */
@QuarkusTest
@TestSecurity(user = "alice")
@OidcSecurity(claims = {@Claim(key = "email", value = "alice@example.com"),
        @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN)})
class PrivateInsightsTest extends SlackFlowTest {

    @Inject
    Insights insights;

    @Inject
    IncidentAccess access;

    @Test
    void repeatGroupsNameAPrivateIncidentOnlyToThoseWhoMaySeeIt() {
        declareAndWait("Payment card processor timeouts on checkout --sev 2 --service payments");
        long open = newest();
        inIncidentChannel("label cause dependency").statusCode(200);
        inIncidentChannel("resolve").statusCode(200);
        declareIn("CINC0002", "Payment card processor timeouts during checkout --private --sev 2 --service payments");
        long secret = newest();
        in("CINC0002", "label cause dependency");
        declareIn("CINC0003", "Search index rebuild slow --sev 3 --service search");

        IncidentAccess.Visibility member = access.visibility(access.audience(SlackRequests.DECLARER));
        await().pollInSameThread().atMost(Duration.ofSeconds(15))
                .until(() -> numbers(insights.report(Period.DAYS_30, member)).equals(List.of(List.of(open, secret))));
        assertThat(numbers(insights.report(Period.DAYS_30, access.visibility(access.audience("U0ADMIN")))))
                .containsExactly(List.of(open, secret));

        Insights.Report outsider = insights.report(Period.DAYS_30, access.visibility(access.audience("USTRANGER")));
        assertThat(outsider.repeats()).isEmpty();
        assertThat(outsider.incidents()).isEqualTo(3);
        assertThat(outsider.byCause()).filteredOn(b -> b.name().equals("dependency"))
                .extracting(Breakdown::declared).containsExactly(2);
        assertThat(insights.report(Period.DAYS_30, access.visibility(Audience.PUBLIC)).repeats()).isEmpty();

        // The metrics page, which does not know who is looking yet, shows what a viewer of public incidents sees.
        given().get("/metrics?period=30d").then().statusCode(200)
                .body(containsString("3 incidents declared in last 30 days"),
                        containsString("<tr><td>payments</td><td>2</td>"),
                        not(containsString("<strong>2 incidents</strong>")),
                        not(containsString("Payment card processor timeouts during checkout")));
    }

    private static List<List<Long>> numbers(Insights.Report report) {
        return report.repeats().stream().map(g -> g.incidents().stream().map(RepeatIncidents.Member::number)
                .sorted().toList()).toList();
    }



    private static void in(String channel, String text) {
        SlackRequests.postForm(SlackRequests.slashCommand(text)
                .replace("channel_id=" + SlackRequests.ORIGIN_CHANNEL, "channel_id=" + channel)).statusCode(200);
    }
}
