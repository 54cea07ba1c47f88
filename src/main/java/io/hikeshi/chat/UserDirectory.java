package io.hikeshi.chat;

import java.util.Optional;

/** Finds chat users by what another system knows them by, e.g. the e-mail address a sign-in provider vouched for. */
public interface UserDirectory {

    /**
     * The id of the chat user with this e-mail address; empty when the workspace has nobody with it.
     *
     * @throws ChatException when the chat service could not say (not connected, rate limited, down)
     */
    Optional<String> userIdByEmail(String email) throws ChatException;
}
