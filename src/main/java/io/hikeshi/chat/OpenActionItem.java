package io.hikeshi.chat;

import java.util.Optional;

/**
 * An action item not done yet, as the incident card and the action item list show it.
 *
 * @param text plain text; {@code {@U123}} stands for a mention of that user (see {@link ChatGateway#postMessage})
 */
public record OpenActionItem(long id, String text, String ownerId) {

    public Optional<String> owner() {
        return Optional.ofNullable(ownerId);
    }
}
