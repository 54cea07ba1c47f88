package io.hikeshi.insights;

import io.hikeshi.actions.ActionItems;
import io.hikeshi.incident.IncidentAccess;
import io.hikeshi.incident.IncidentStats;
import io.hikeshi.library.SimilarIncident;
import io.hikeshi.library.SimilarIncidents;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups of similar incidents in a period, with how many of their action items are done: the failures that came
 * back. Two incidents of the period are similar when the library finds one among the other's similar incidents
 * ({@link SimilarIncidents}: shared services and words, deterministic), or when they share a cause and a service
 * ({@link SimilarityRule}). A group is every incident linked to another (so A~B and B~C make one group), at least
 * two of them. Deterministic: the same incidents, labels and library always give the same groups, largest first.
 * Groups name incidents, so they are made for one viewer: incidents hidden from them take no part, as if they did
 * not exist (no group shows, or is linked through, a private incident they may not see).
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

    /** How many similar incidents to ask the library for, per incident of the period. */
    static final int SIMILAR_LIMIT = 10;

    private final ActionItems actions;
    private final SimilarIncidents similar;

    RepeatIncidents(ActionItems actions, SimilarIncidents similar) {
        this.actions = actions;
        this.similar = similar;
    }

    List<Group> groups(List<LabelledIncident> all, IncidentAccess.Visibility visibility) {
        List<LabelledIncident> incidents = all.stream().filter(i -> visibility.allows(i.incident().number())).toList();
        int n = incidents.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<Integer, Set<String>> reasons = new LinkedHashMap<>();
        linkByLabels(incidents, parent, reasons);
        linkByLibrary(incidents, parent, reasons, visibility);
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

    /** Incidents sharing a cause and a service are linked through the first of them: no pass over every pair. */
    private static void linkByLabels(List<LabelledIncident> incidents, int[] parent,
                                     Map<Integer, Set<String>> reasons) {
        Map<String, Integer> firstWith = new HashMap<>();
        for (int i = 0; i < incidents.size(); i++) {
            for (String key : SimilarityRule.keys(incidents.get(i))) {
                Integer first = firstWith.putIfAbsent(key, i);
                if (first != null) {
                    link(parent, first, i);
                    reasons.computeIfAbsent(first, k -> new LinkedHashSet<>()).add(SimilarityRule.describe(key));
                }
            }
        }
    }

    /** Each incident is linked to those of the period among its similar incidents, as the library ranks them. */
    private void linkByLibrary(List<LabelledIncident> incidents, int[] parent, Map<Integer, Set<String>> reasons,
                               IncidentAccess.Visibility visibility) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < incidents.size(); i++) {
            index.put(incidents.get(i).incident().number(), i);
        }
        for (int i = 0; i < incidents.size(); i++) {
            for (SimilarIncident match : similar.forIncident(incidents.get(i).incident().number(), false,
                    SIMILAR_LIMIT, visibility)) {
                Integer j = match.number() == null ? null : index.get(match.number());
                if (j != null && j != i) {
                    link(parent, i, j);
                    reasons.computeIfAbsent(i, k -> new LinkedHashSet<>()).add(firstReason(match));
                }
            }
        }
    }

    /** What the library says the incidents share first: services, or the words that matched. */
    private static String firstReason(SimilarIncident match) {
        return match.reasons().isEmpty() ? "similar text" : match.reasons().get(0);
    }

    private static void link(int[] parent, int i, int j) {
        int a = root(parent, i);
        int b = root(parent, j);
        parent[Math.max(a, b)] = Math.min(a, b);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
