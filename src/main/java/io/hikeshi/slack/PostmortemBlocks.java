package io.hikeshi.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import io.hikeshi.postmortem.PostmortemNotice;
import java.util.ArrayList;
import java.util.List;

/** Block Kit for postmortem notices: drafted, in review, published — with a link and the headline facts. */
final class PostmortemBlocks {

    static final String OPEN_ACTION = "postmortem_open";

    private PostmortemBlocks() {
    }

    static String fallback(PostmortemNotice notice) {
        return Mrkdwn.escape(headline(notice) + " — " + notice.linkUrl().orElse(notice.where()));
    }

    static List<LayoutBlock> notice(PostmortemNotice notice) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(Mrkdwn.plain(headline(notice), 150)))));
        blocks.add(section(s -> s.fields(List.of(
                markdownText("*Incident*\n" + Mrkdwn.escape(notice.reference() + " · " + notice.title(), 1900)),
                markdownText("*Severity*\n" + Mrkdwn.escape(notice.severity()) + (notice.drill() ? " (drill)" : "")),
                markdownText("*Time to mitigate*\n" + notice.timeToMitigate()),
                markdownText("*Time to resolve*\n" + notice.timeToResolve()),
                markdownText("*Version*\n" + notice.version()),
                markdownText("*Open action items*\n" + notice.openActionItems())))));
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate(body(notice), 2900)))));
        notice.linkUrl().ifPresent(url -> blocks.add(actions(a -> a.elements(List.of(button(b -> b
                .actionId(OPEN_ACTION).text(plainText(notice.event() == PostmortemNotice.Event.PUBLISHED
                        ? "Read the postmortem" : "Review the draft")).url(url)))))));
        notice.problem().ifPresent(problem -> blocks.add(context(c -> c.elements(List.of(markdownText(
                ":warning: " + Mrkdwn.escape(problem, 2900)))))));
        return blocks;
    }

    private static String headline(PostmortemNotice notice) {
        return switch (notice.event()) {
            case DRAFTED -> "📝 Postmortem draft ready: " + notice.reference();
            case IN_REVIEW -> "👀 Postmortem in review: " + notice.reference();
            case PUBLISHED -> "✅ Postmortem published: " + notice.reference();
            case BACK_TO_DRAFT -> "✏️ Postmortem back to draft: " + notice.reference();
        };
    }

    private static String body(PostmortemNotice notice) {
        String where = notice.linkUrl().map(url -> "<" + url + "|the postmortem page>")
                .orElse("`" + Mrkdwn.escapeControl(notice.where()).replace("`", "'") + "`");
        String by = notice.by() == null ? "" : " by " + Mrkdwn.escape(notice.by(), 200);
        return switch (notice.event()) {
            case DRAFTED -> "The timeline, roles, durations and action items are filled in. "
                    + (notice.aiDrafted() ? "The written sections are an AI draft: verify every statement. "
                    : "Each written section has a prompt for the people who were there. ")
                    + "Review and edit it on " + where + ".";
            case IN_REVIEW -> "Moved to review" + by + ". Please read it and comment on " + where + ".";
            case PUBLISHED -> "Published" + by + ". Read it on " + where + ".";
            case BACK_TO_DRAFT -> "Moved back to draft" + by + " for more edits on " + where + ".";
        };
    }
}
