package io.hikeshi.web;

import java.util.Optional;

/** The chat workspace the bot is installed in, which Sign in with Slack admits members of. */
public interface BotWorkspace {

    /** The workspace's team id (T…), or empty when the bot is not connected or the workspace did not answer. */
    Optional<String> teamId();
}
