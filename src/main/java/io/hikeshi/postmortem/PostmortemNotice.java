package io.hikeshi.postmortem;

import java.util.Optional;

/**
 * What the channel and the announcement thread are told about a postmortem: it was drafted, or moved to review or
 * published; with a link to it and the incident's headline facts.
 *
 * @param event           what happened
 * @param link            the postmortem page, when hikeshi's public URL is configured
 * @param where           where the draft is when there is no link, e.g. "/incidents/4/postmortem in the web UI"
 * @param by              who moved it: a person's name from the web login, shown as words; null for drafts
 * @param timeToMitigate  formatted, "—" when not known
 * @param timeToResolve   formatted, "—" when not known
 * @param templateProblem a template that could not be used, with file and line; null when none
 */
public record PostmortemNotice(Event event, String reference, String title, String severity, boolean drill,
                               int version, String link, String where, String by, String timeToMitigate,
                               String timeToResolve, int openActionItems, boolean aiDrafted,
                               String templateProblem) {

    /** What the notice announces. */
    public enum Event { DRAFTED, IN_REVIEW, PUBLISHED, BACK_TO_DRAFT }

    public Optional<String> linkUrl() {
        return Optional.ofNullable(link);
    }

    public Optional<String> problem() {
        return Optional.ofNullable(templateProblem);
    }
}
