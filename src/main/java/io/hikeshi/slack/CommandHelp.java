package io.hikeshi.slack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The help text's order, in one place. A subcommand missing from it, or a name here that no subcommand has, stops
 * the app from starting, so the help can neither forget a command nor list one that is gone.
 */
final class CommandHelp {

    /** Subcommands by their first name, in the order the help lists them. */
    static final List<String> ORDER = List.of("declare", "list", "commander", "scribe", "role", "roles", "severity",
            "status", "update", "resolve", "reopen", "started", "note", "timeline", "runbook", "summary", "action",
            "actions", "postmortem", "similar", "label", "private");

    private final List<Subcommand> ordered;

    CommandHelp(Collection<Subcommand> subcommands) {
        Map<String, Subcommand> byName = subcommands.stream()
                .collect(Collectors.toMap(sub -> sub.names().get(0), Function.identity()));
        Set<String> unlisted = new LinkedHashSet<>(byName.keySet());
        unlisted.removeAll(ORDER);
        List<String> unknown = ORDER.stream().filter(name -> !byName.containsKey(name)).toList();
        if (!unlisted.isEmpty() || !unknown.isEmpty()) {
            throw new IllegalStateException("CommandHelp.ORDER must list every subcommand once: not listed "
                    + unlisted + ", listed but missing " + unknown);
        }
        this.ordered = ORDER.stream().map(byName::get).toList();
    }

    /** Every usage line in order (subcommands that share a line show it once), then the line for help itself. */
    List<String> lines(String command) {
        List<String> lines = new ArrayList<>(new LinkedHashSet<>(ordered.stream()
                .flatMap(sub -> sub.usage(command).stream()).toList()));
        lines.add("`" + command + " help` — this help");
        return lines;
    }
}
