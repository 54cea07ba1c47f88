package io.hikeshi.slack;

import io.hikeshi.incident.IncidentConfig;
import io.hikeshi.llm.LlmConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/** Says at start-up, plainly, how hikeshi is connected and what is missing. Never prints a secret. */
@ApplicationScoped
class SlackStartupReport {

    private static final Logger LOG = Logger.getLogger(SlackStartupReport.class);

    void report(@Observes StartupEvent event, SlackConfig slack, IncidentConfig incidents, LlmConfig llm) {
        for (String line : lines(slack, incidents, llm.enabled())) {
            LOG.info(line);
        }
    }

    static List<String> lines(SlackConfig slack, IncidentConfig incidents, boolean llmConfigured) {
        List<String> lines = new ArrayList<>();
        if (slack.socketMode()) {
            lines.add("Slack: Socket Mode (SLACK_APP_TOKEN is set); Web API at " + slack.apiUrl());
        } else if (slack.httpMode()) {
            lines.add("Slack: HTTP mode, Slack posts to /slack/events; Web API at " + slack.apiUrl());
        } else {
            List<String> missing = new ArrayList<>();
            if (slack.botToken().isEmpty()) {
                missing.add("SLACK_BOT_TOKEN");
            }
            if (slack.signingSecret().isEmpty() && slack.appToken().isEmpty()) {
                missing.add("SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode)");
            }
            lines.add("Slack is not configured: " + String.join(" and ", missing) + " not set. "
                    + "hikeshi is up (health at /q/health); /slack/events answers 503 until Slack is configured.");
        }
        if (incidents.announceChannel().isEmpty()) {
            lines.add("HIKESHI_ANNOUNCE_CHANNEL is not set: declarations will not be announced.");
        }
        if (!llmConfigured) {
            lines.add("LLM features are off: set LLM_BASE_URL and LLM_MODEL (and LLM_API_KEY if needed).");
        }
        return lines;
    }
}
