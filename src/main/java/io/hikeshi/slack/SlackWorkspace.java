package io.hikeshi.slack;

import io.hikeshi.chat.ChatException;
import io.hikeshi.web.BotWorkspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/** The bot's workspace from {@code auth.test}, asked once and kept (a failure is asked again next time). */
@ApplicationScoped
class SlackWorkspace implements BotWorkspace {

    private static final Logger LOG = Logger.getLogger(SlackWorkspace.class);

    private final SlackLookups lookups;
    private final SlackConfig config;

    SlackWorkspace(SlackLookups lookups, SlackConfig config) {
        this.lookups = lookups;
        this.config = config;
    }

    @Override
    public Optional<String> teamId() {
        if (config.botToken().filter(t -> !t.isBlank()).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(lookups.teamId()).filter(id -> !id.isBlank());
        } catch (ChatException e) {
            LOG.warnf("Could not learn the bot's Slack workspace for sign-in: auth.test answered %s", e.code());
            return Optional.empty();
        }
    }
}
