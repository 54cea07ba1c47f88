package io.hikeshi.incident;

/**
 * Who is looking at incidents, for deciding whether a private incident exists for them.
 *
 * @param userId the chat user id of the person, or null when they could not be mapped to one
 * @param admin  an incident admin, who sees every private incident
 */
public record Audience(String userId, boolean admin) {

    /** Someone who sees public incidents only: not mapped to a chat user, or a public place such as a channel. */
    public static final Audience PUBLIC = new Audience(null, false);

    public boolean mapped() {
        return userId != null;
    }
}
