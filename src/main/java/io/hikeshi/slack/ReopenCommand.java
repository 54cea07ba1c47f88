package io.hikeshi.slack;

import io.hikeshi.incident.IncidentProgress;
import jakarta.inject.Singleton;
import java.util.List;

/** {@code /incident reopen}: a resolved incident is back in progress. */
@Singleton
class ReopenCommand extends ProgressCommand {

    ReopenCommand(IncidentProgress progress) {
        super(progress);
    }

    @Override
    public List<String> names() {
        return List.of("reopen");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " reopen` — reopen a resolved incident");
    }

    @Override
    void apply(long number, CommandCall call) throws IncidentProgress.RefusedException {
        progress.reopen(number, call.userId());
    }
}
