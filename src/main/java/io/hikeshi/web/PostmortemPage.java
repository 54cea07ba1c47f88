package io.hikeshi.web;

import io.hikeshi.incident.IncidentCard;
import io.hikeshi.postmortem.LineDiff;
import io.hikeshi.postmortem.PostmortemStatus;
import io.hikeshi.postmortem.PostmortemView;
import java.util.List;

/**
 * Everything the postmortem page shows.
 *
 * @param editor      the text in the editor: the newest version, or what the person typed when it was not saved
 * @param baseVersion the version the editor's text started from, sent back with every form
 * @param shownHtml   the rendered text shown beside the editor: the newest version, or the preview
 * @param previewing  whether {@code shownHtml} is a preview of unsaved text
 * @param conflict    set when someone else saved first: their version and how the editor's text differs
 * @param message     a note for the person (saved, refused and why), or null
 */
record PostmortemPage(IncidentCard card, PostmortemView view, String editor, int baseVersion, String shownHtml,
                      boolean previewing, Conflict conflict, String message, String csrf, String viewer) {

    /** Another person's newer version, and the lines that differ from the editor's text. */
    record Conflict(PostmortemView.Version theirs, List<LineDiff.Line> changes) {
    }

    /** A status the postmortem may move to, as a button. */
    record Move(String status, String label) {
    }

    public boolean editable() {
        return view.status().editable();
    }

    public List<Move> moves() {
        return view.status().next().stream().sorted().map(s -> new Move(s.name(), switch (s) {
            case DRAFT -> "Back to draft";
            case IN_REVIEW -> "Move to review";
            case PUBLISHED -> "Publish";
        })).toList();
    }

    public boolean published() {
        return view.status() == PostmortemStatus.PUBLISHED;
    }
}
