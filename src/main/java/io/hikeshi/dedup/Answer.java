package io.hikeshi.dedup;

/**
 * What a Slack request was answered, kept with its key so that a repeat of the request gets the same answer.
 *
 * @param status      the HTTP status, e.g. 200
 * @param contentType the content type of the body; null when there is no body
 * @param body        the body, e.g. an ephemeral message as JSON; null or empty for a bare acknowledgement
 */
public record Answer(int status, String contentType, String body) {

    /** Whether the request was taken: Slack sends a request again only when it was not. */
    public boolean accepted() {
        return status >= 200 && status < 300;
    }
}
