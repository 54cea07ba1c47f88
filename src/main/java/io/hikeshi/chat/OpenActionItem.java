package io.hikeshi.chat;

import java.util.Optional;

/**
 * An action item not done yet, as the incident card and the action item list show it.
 *
 * @param text what was typed, shown as words: nothing in it mentions anyone (see {@link ChatText})
 */
public record OpenActionItem(long id, String text, String ownerId) {

    public Optional<String> owner() {
        return Optional.ofNullable(ownerId);
    }
}
