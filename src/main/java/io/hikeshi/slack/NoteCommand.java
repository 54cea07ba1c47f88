package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.input.TextField;
import io.hikeshi.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** {@code /incident note <text>}: add a note to the timeline. */
@ApplicationScoped
class NoteCommand implements Subcommand {

    private final Timeline timeline;

    NoteCommand(Timeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public List<String> names() {
        return List.of("note");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " note <text>` — add to the timeline (or react to a message with :pushpin:)");
    }

    @Override
    public TextField text() {
        return TextField.NOTE;
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        String usage = "`" + call.command() + " note <text>`";
        if (call.rest().isEmpty()) {
            return ctx.ack(Replies.problem("The note needs some text.", usage));
        }
        Optional<String> problem = TextField.NOTE.problemWith(call.rest());
        if (problem.isPresent()) {
            return ctx.ack(Replies.problem(problem.get(), usage));
        }
        timeline.note(call.requireIncident().number(), call.userId(), call.rest());
        String done = ":pushpin: Noted on the " + call.requireIncident().reference() + " timeline.";
        return ctx.ack(Replies.ephemeral(done, List.of(Replies.paragraph(done))));
    }
}
