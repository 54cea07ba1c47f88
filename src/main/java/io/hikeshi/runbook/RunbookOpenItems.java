package io.hikeshi.runbook;

import io.hikeshi.postmortem.ChecklistProgress;
import io.hikeshi.catchup.ChecklistSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The boxes nobody has ticked yet in the runbooks posted in an incident, for a new commander's brief. */
@ApplicationScoped
class RunbookOpenItems implements ChecklistSource {

    private final RunbookChecklistProgress progress;

    RunbookOpenItems(RunbookChecklistProgress progress) {
        this.progress = progress;
    }

    @Override
    public List<String> unticked(long incidentId, String role) {
        List<ChecklistProgress> checklists = QuarkusTransaction.joiningExisting()
                .call(() -> progress.progressOf(incidentId));
        return checklists.stream()
                .flatMap(checklist -> checklist.items().stream()
                        .filter(item -> !item.done())
                        .map(item -> checklist.name() + ": " + item.text()))
                .toList();
    }
}
