package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import io.hikeshi.input.TextField;
import io.hikeshi.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code /incident note <text>} and {@code /incident timeline [page]}. */
@ApplicationScoped
class TimelineCommands implements Subcommand {

    // Twenty entries of up to ~140 characters stay far inside Slack's 3,000 characters a block and 50 blocks.
    static final int PAGE_SIZE = 20;

    private final Timeline timeline;

    TimelineCommands(Timeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public List<String> names() {
        return List.of("note", "timeline");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " note <text>` · `" + command + " timeline [page]` — add to / show the"
                + " timeline (or react to a message with :pushpin:)");
    }

    @Override
    public TextField text(String name) {
        return name.equals("note") ? TextField.NOTE : TextField.OPTIONS;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        long number = call.requireIncident().number();
        if (call.subcommand().equals("note")) {
            String usage = "`" + call.command() + " note <text>`";
            if (call.rest().isEmpty()) {
                return ctx.ack(Replies.problem("The note needs some text.", usage));
            }
            Optional<String> problem = TextField.NOTE.problemWith(call.rest());
            if (problem.isPresent()) {
                return ctx.ack(Replies.problem(problem.get(), usage));
            }
            timeline.note(number, call.userId(), call.rest());
            String done = ":pushpin: Noted on the " + call.requireIncident().reference() + " timeline.";
            return ctx.ack(Replies.ephemeral(done, List.of(Replies.paragraph(done))));
        }
        List<Timeline.Entry> entries = timeline.of(number);
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
