package io.hikeshi.outbox;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Refuses to start when the kinds do not add up: a kind of {@link OutboxKinds} without a task, two tasks of one kind,
 * two listed kinds stored under one name, or an entry waiting in the database under a kind no task performs (it would
 * fail the moment it is claimed). A task cannot name an unlisted kind: {@link OutboxKind} takes only listed ones.
 */
@ApplicationScoped
class OutboxKindsCheck {

    private static final Logger LOG = Logger.getLogger(OutboxKindsCheck.class);

    void check(@Observes StartupEvent event, Instance<OutboxTask<?>> tasks, OutboxStore store) {
        List<OutboxKind<?>> kinds = tasks.stream().<OutboxKind<?>>map(OutboxTask::kind).toList();
        List<String> problems = problems(kinds, store.pendingKinds());
        problems.forEach(problem -> LOG.errorf("Outbox kinds do not add up: %s", problem));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Outbox kinds do not add up: " + String.join("; ", problems));
        }
    }

    /** What is wrong with the kinds the tasks perform and the kinds of the pending entries; empty when nothing is. */
    static List<String> problems(Collection<OutboxKind<?>> taskKinds, Set<String> pendingKinds) {
        List<String> problems = new ArrayList<>();
        Map<String, OutboxKinds> byName = new HashMap<>();
        for (OutboxKinds listed : OutboxKinds.values()) {
            OutboxKinds earlier = byName.putIfAbsent(listed.stored(), listed);
            if (earlier != null) {
                problems.add("kinds " + earlier + " and " + listed + " are both stored as " + listed.stored());
            }
        }
        Map<OutboxKinds, Integer> tasksPerKind = new LinkedHashMap<>();
        taskKinds.forEach(kind -> tasksPerKind.merge(kind.listed(), 1, Integer::sum));
        for (OutboxKinds listed : OutboxKinds.values()) {
            int count = tasksPerKind.getOrDefault(listed, 0);
            if (count == 0) {
                problems.add("kind " + listed.stored() + " has no task");
            } else if (count > 1) {
                problems.add("kind " + listed.stored() + " has " + count + " tasks");
            }
        }
        Set<String> performed = new HashSet<>();
        tasksPerKind.keySet().forEach(listed -> performed.add(listed.stored()));
        for (String pending : new TreeSet<>(pendingKinds)) {
            if (!performed.contains(pending)) {
                problems.add("entries of kind " + pending + " are waiting in the database, and no task performs it");
            }
        }
        return problems;
    }
}
