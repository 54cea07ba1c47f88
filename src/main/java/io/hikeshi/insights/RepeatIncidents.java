package io.hikeshi.insights;

import io.hikeshi.actions.ActionItems;
import io.hikeshi.incident.IncidentStats;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups of similar incidents in a period, with how many of their action items are done: the failures that came
 * back. Two incidents are similar when {@link SimilarityRule} says so; a group is every incident linked to another
 * by similarity (so A~B and B~C make one group), at least two of them. Deterministic: the same incidents and labels
 * always give the same groups, largest first.
 */
@ApplicationScoped
public class RepeatIncidents {

    /** One incident of a group. */
    public record Member(long number, String reference, String title, Instant declaredAt, int actionsDone,
                         int actionsTotal) {
    }

    /**
     * A group of similar incidents.
     *
     * @param why what they share, e.g. "cause deploy, service checkout-api"
     */
    public record Group(List<Member> incidents, String why, int actionsDone, int actionsTotal) {
    }

    private final ActionItems actions;

    RepeatIncidents(ActionItems actions) {
        this.actions = actions;
    }

    List<Group> groups(List<LabelledIncident> incidents) {
        int n = incidents.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<Integer, Set<String>> reasons = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                String why = SimilarityRule.why(incidents.get(i), incidents.get(j));
                if (why != null) {
                    int a = root(parent, i);
                    int b = root(parent, j);
                    parent[Math.max(a, b)] = Math.min(a, b);
                    reasons.computeIfAbsent(i, k -> new LinkedHashSet<>()).add(why);
                }
            }
        }
        Map<Integer, List<Integer>> components = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            components.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Integer> members : components.values()) {
            if (members.size() < 2) {
                continue;
            }
            Set<String> why = new LinkedHashSet<>();
            members.forEach(m -> why.addAll(reasons.getOrDefault(m, Set.of())));
            groups.add(group(members.stream().map(incidents::get).toList(), String.join("; ", why)));
        }
        groups.sort(Comparator.comparing((Group g) -> -g.incidents().size())
                .thenComparing(g -> -g.incidents().get(g.incidents().size() - 1).number()));
        return groups;
    }

    private Group group(List<LabelledIncident> members, String why) {
        List<Member> list = new ArrayList<>();
        int done = 0;
        int total = 0;
        for (LabelledIncident member : members) {
            IncidentStats.Summary i = member.incident();
            List<ActionItems.Item> items = actions.all(i.number());
            int memberDone = (int) items.stream().filter(ActionItems.Item::done).count();
            list.add(new Member(i.number(), i.reference(), i.title(), i.declaredAt(), memberDone, items.size()));
            done += memberDone;
            total += items.size();
        }
        return new Group(list, why, done, total);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
