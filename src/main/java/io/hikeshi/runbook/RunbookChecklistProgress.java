package io.hikeshi.runbook;

import io.hikeshi.postmortem.ChecklistProgress;
import io.hikeshi.postmortem.ChecklistProgressSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Tells postmortems how far each runbook checklist posted in an incident got. */
@ApplicationScoped
class RunbookChecklistProgress implements ChecklistProgressSource {

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChecklistProgress> progressOf(long incidentId) {
        return RunbookPost.<RunbookPost>list("incidentId = ?1 order by postedAt, id", incidentId).stream()
                .map(post -> {
                    List<ChecklistProgress.Item> items = RunbookItem.<RunbookItem>list("postId = ?1 order by item",
                                    post.id).stream()
                            .map(i -> new ChecklistProgress.Item(i.text, i.tickedAt != null,
                                    i.tickedBy == null ? "" : "@" + i.tickedBy))
                            .toList();
                    return new ChecklistProgress(post.title, (int) items.stream().filter(ChecklistProgress.Item::done)
                            .count(), items.size(), items);
                })
                .filter(progress -> progress.total() > 0)
                .toList();
    }
}
