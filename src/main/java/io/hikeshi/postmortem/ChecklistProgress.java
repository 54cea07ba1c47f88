package io.hikeshi.postmortem;

import java.util.List;

/**
 * How far a checklist (e.g. a runbook's first-response checklist) got during an incident.
 *
 * @param name  the checklist's name, e.g. the runbook's title
 * @param done  items ticked
 * @param total items in all
 */
public record ChecklistProgress(String name, int done, int total, List<Item> items) {

    /** One item; {@code doneBy} is empty while not done. */
    public record Item(String text, boolean done, String doneBy) {
    }
}
