package io.hikeshi.slack;

import io.hikeshi.incident.IncidentProgress;
import io.hikeshi.input.TextField;
import jakarta.inject.Singleton;
import java.util.List;

/** {@code /incident resolve [summary]}: resolve the incident, which drafts its postmortem. */
@Singleton
class ResolveCommand extends ProgressCommand {

    ResolveCommand(IncidentProgress progress) {
        super(progress);
    }

    @Override
    public List<String> names() {
        return List.of("resolve");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " resolve [summary]` — resolve the incident (drafts the postmortem)");
    }

    @Override
    public TextField text() {
        return TextField.RESOLVE_SUMMARY;
    }

    @Override
    void apply(long number, CommandCall call) throws IncidentProgress.RefusedException {
        progress.resolve(number, call.rest().isEmpty() ? null : call.rest(), call.userId());
    }
}
