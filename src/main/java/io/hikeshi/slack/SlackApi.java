package io.hikeshi.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The Slack client, pointed at SLACK_API_URL, shared by Bolt and the chat gateway. */
@ApplicationScoped
class SlackApi {

    @Produces
    @Singleton
    Slack slack(SlackConfig config) {
        com.slack.api.SlackConfig slackConfig = new com.slack.api.SlackConfig();
        String url = config.apiUrl().endsWith("/") ? config.apiUrl() : config.apiUrl() + "/";
        slackConfig.setMethodsEndpointUrlPrefix(url);
        slackConfig.setPrettyResponseLoggingEnabled(false);
        slackConfig.setHttpClientCallTimeoutMillis(15_000);
        return Slack.getInstance(slackConfig);
    }

    @Produces
    @Singleton
    MethodsClient methods(Slack slack, SlackConfig config) {
        return slack.methods(config.botToken().orElse(null));
    }

    void close(@Disposes Slack slack) throws Exception {
        slack.close();
    }
}
