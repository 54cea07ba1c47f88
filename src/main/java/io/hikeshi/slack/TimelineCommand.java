package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import io.hikeshi.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** {@code /incident timeline [page]}: the timeline, a page at a time, privately. */
@ApplicationScoped
class TimelineCommand implements Subcommand {

    // Twenty entries of up to ~140 characters stay far inside Slack's 3,000 characters a block and 50 blocks.
    static final int PAGE_SIZE = 20;

    private final Timeline timeline;

    TimelineCommand(Timeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public List<String> names() {
        return List.of("timeline");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " timeline [page]` — show the timeline");
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        List<Timeline.Entry> entries = timeline.of(call.requireIncident().number());
        int pages = Math.max(1, (entries.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page;
        try {
            page = call.words().isEmpty() ? 1 : Integer.parseInt(call.words().get(0).text());
        } catch (NumberFormatException e) {
            page = 0;
        }
        if (page < 1 || page > pages) {
            return ctx.ack(Replies.problem("There are " + pages + " page(s) of timeline.",
                    "`" + call.command() + " timeline [1-" + pages + "]`"));
        }
        return ctx.ack(Replies.ephemeral(call.requireIncident().reference() + " timeline",
                render(call, entries, page, pages)));
    }

    private static List<LayoutBlock> render(CommandCall call, List<Timeline.Entry> entries, int page, int pages) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Replies.paragraph("*Timeline of " + call.requireIncident().reference() + "* · page " + page
                + " of " + pages + " · " + entries.size() + " entries"));
        StringBuilder lines = new StringBuilder();
        entries.stream().skip((long) (page - 1) * PAGE_SIZE).limit(PAGE_SIZE).forEach(entry -> {
            String text = SlackText.mrkdwn(entry.text().truncate(140), call.command());
            String link = entry.permalink() == null || !entry.permalink().matches("https://[^\\s<>|]+") ? ""
                    : " <" + entry.permalink() + "|link>";
            lines.append(Mrkdwn.time(entry.at())).append(" · *").append(entry.kind()).append("* · ")
                    .append(text).append(entry.author() == null ? "" : " — <@" + entry.author() + ">")
                    .append(link).append('\n');
        });
        blocks.add(Replies.paragraph(lines.length() == 0 ? "_Nothing yet._" : lines.toString()));
        if (page < pages) {
            blocks.add(Replies.paragraph("More: `" + call.command() + " timeline " + (page + 1) + "`"));
        }
        return blocks;
    }
}
