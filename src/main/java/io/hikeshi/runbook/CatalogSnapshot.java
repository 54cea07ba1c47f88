package io.hikeshi.runbook;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The runbooks read in one scan of the directory, and what was wrong with the files that were left out.
 *
 * @param runbooks sorted by name
 * @param problems errors (file left out) and warnings (file used), by file
 */
public record CatalogSnapshot(String directory, List<Runbook> runbooks, List<RunbookProblem> problems) {

    /**
     * The runbook with this name or title, ignoring case and extra spaces. A name wins over a title: one runbook's
     * title may be another's name, and whoever types a name means that runbook.
     */
    public Optional<Runbook> find(String nameOrTitle) {
        String wanted = normalise(nameOrTitle);
        return runbooks.stream().filter(r -> normalise(r.name()).equals(wanted)).findFirst()
                .or(() -> runbooks.stream().filter(r -> normalise(r.title()).equals(wanted)).findFirst());
    }

    public long errors() {
        return problems.stream().filter(RunbookProblem::error).count();
    }

    static String normalise(String text) {
        String stripped = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return stripped.endsWith(".md") ? stripped.substring(0, stripped.length() - 3) : stripped;
    }
}
