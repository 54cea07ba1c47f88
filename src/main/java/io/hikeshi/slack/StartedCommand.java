package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.incident.IncidentConfig;
import io.hikeshi.incident.IncidentProgress;
import io.hikeshi.input.TextField;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** {@code /incident started <time>}: when the impact began, for time to detect. */
@ApplicationScoped
class StartedCommand implements Subcommand {

    private final IncidentProgress progress;
    private final IncidentConfig config;
    private final Clock clock;

    StartedCommand(IncidentProgress progress, IncidentConfig config, Clock clock) {
        this.progress = progress;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("started");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " started <HH:MM|ISO time>` — when the impact began (" + config.timeZone()
                + "), for time to detect");
    }

    @Override
    public TextField text() {
        return TextField.TIME;
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        String usage = usage(call.command()).get(0) + ", e.g. `14:05` or `2026-11-21T14:05:00Z`";
        Optional<Instant> at = parse(call.rest(), config.timeZone(), clock);
        if (at.isEmpty()) {
            return ctx.ack(Replies.problem("I can't read `" + Mrkdwn.escape(call.rest()) + "` as a time.", usage));
        }
        try {
            progress.impactStarted(call.requireIncident().number(), at.get(), call.userId());
        } catch (IncidentProgress.RefusedException e) {
            return ctx.ack(Replies.problem(Mrkdwn.escapeControl(e.getMessage()), usage));
        }
        String done = ":white_check_mark: Impact start recorded: " + Mrkdwn.time(at.get()) + ".";
        return ctx.ack(Replies.ephemeral(done, List.of(Replies.paragraph(done))));
    }

    /** "14:05" is the latest such time not in the future; ISO times with or without an offset are accepted. */
    static Optional<Instant> parse(String text, ZoneId zone, Clock clock) {
        String value = text.strip().replace(' ', 'T');
        try {
            if (value.matches("\\d{1,2}:\\d{2}")) {
                ZonedDateTime now = clock.instant().atZone(zone);
                ZonedDateTime candidate = now.with(LocalTime.parse(value.length() == 4 ? "0" + value : value));
                return Optional.of((candidate.isAfter(now) ? candidate.minusDays(1) : candidate).toInstant());
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return Optional.of(OffsetDateTime.parse(value).toInstant());
            }
            return Optional.of(LocalDateTime.parse(value).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
