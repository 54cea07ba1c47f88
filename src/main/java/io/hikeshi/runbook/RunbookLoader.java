package io.hikeshi.runbook;

import io.hikeshi.templates.MarkdownFolder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads every {@code *.md} file under the runbooks directory (subfolders too) into a {@link CatalogSnapshot}. One bad
 * file is a problem in the snapshot, never an exception: the other runbooks stay usable. Hidden entries are skipped,
 * which also skips the {@code ..data} links Kubernetes puts in a mounted ConfigMap.
 */
final class RunbookLoader {

    private static final int MAX_DEPTH = 4;

    private final int maxFileBytes;
    private final Set<String> severities;
    private final String firstResponse;

    /**
     * @param severities the configured severity names, upper case, to warn about a runbook matching one that
     *                   does not exist
     */
    RunbookLoader(int maxFileBytes, Set<String> severities, String firstResponse) {
        this.maxFileBytes = maxFileBytes;
        this.severities = severities;
        this.firstResponse = firstResponse;
    }

    CatalogSnapshot load(Path directory) {
        List<RunbookProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            problems.add(RunbookProblem.error(directory.toString(), 0, "the runbooks directory does not exist"
                    + " (set HIKESHI_TEMPLATES_DIR to the folder that holds runbooks/)"));
            return new CatalogSnapshot(directory.toString(), List.of(), problems);
        }
        List<Runbook> runbooks = new ArrayList<>();
        Map<String, Runbook> byName = new HashMap<>();
        Map<String, Runbook> byTitle = new HashMap<>();
        for (Path path : files(directory, problems)) {
            String file = directory.relativize(path).toString().replace('\\', '/');
            try {
                RunbookParser.Parsed parsed = RunbookParser.parse(file, read(path));
                Runbook runbook = parsed.runbook();
                String nameKey = CatalogSnapshot.normalise(runbook.name());
                String titleKey = CatalogSnapshot.normalise(runbook.title());
                unique(byName.get(nameKey), "the name `" + runbook.name() + "`");
                unique(byTitle.get(titleKey), "the title \"" + runbook.title() + "\"");
                byName.put(nameKey, runbook);
                byTitle.put(titleKey, runbook);
                runbooks.add(runbook);
                problems.addAll(parsed.warnings());
                problems.addAll(matchWarnings(runbook));
            } catch (InvalidRunbookException e) {
                problems.add(RunbookProblem.error(file, e.line(), e.getMessage()));
            }
        }
        if (byName.get(CatalogSnapshot.normalise(firstResponse)) == null) {
            problems.add(RunbookProblem.warning(firstResponse + ".md", 0, "there is no first-response runbook, so"
                    + " declaring an incident posts only the runbooks that match it"));
        }
        runbooks.sort(Comparator.comparing(Runbook::name));
        problems.sort(Comparator.comparing(RunbookProblem::file).thenComparingInt(RunbookProblem::line));
        return new CatalogSnapshot(directory.toString(), List.copyOf(runbooks), List.copyOf(problems));
    }

    private static void unique(Runbook earlier, String what) throws InvalidRunbookException {
        if (earlier != null) {
            throw new InvalidRunbookException(0, what + " is already used by " + earlier.file()
                    + "; each runbook needs its own, so `/incident runbook` can find it");
        }
    }

    private List<RunbookProblem> matchWarnings(Runbook runbook) {
        List<RunbookProblem> warnings = new ArrayList<>();
        if (runbook.name().equalsIgnoreCase(firstResponse)) {
            return warnings;
        }
        if (runbook.match().services().isEmpty() && runbook.match().keywords().isEmpty()) {
            warnings.add(RunbookProblem.warning(runbook.file(), 2, "`match` names no services or keywords, so this"
                    + " runbook is never posted on its own; post it with `/incident runbook " + runbook.name() + "`"));
        }
        for (String severity : runbook.match().severities()) {
            if (!severities.contains(severity.toUpperCase(Locale.ROOT))) {
                warnings.add(RunbookProblem.warning(runbook.file(), 2, "`match.severities` names " + severity
                        + ", which is not a configured severity (" + String.join(", ", severities.stream().sorted()
                        .toList()) + "), so it never matches"));
            }
        }
        return warnings;
    }

    private String read(Path path) throws InvalidRunbookException {
        try {
            long size = Files.size(path);
            if (size > maxFileBytes) {
                throw new InvalidRunbookException(0, "the file is " + MarkdownFolder.size(size) + "; runbooks are limited to "
                        + MarkdownFolder.size(maxFileBytes) + " so they stay readable in Slack");
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRunbookException(0, "the file is not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidRunbookException(0, "the file cannot be read: " + e.getClass().getSimpleName());
        }
    }

    private static List<Path> files(Path directory, List<RunbookProblem> problems) {
        MarkdownFolder.Listing listing = MarkdownFolder.list(directory, MAX_DEPTH,
                (name, reason) -> problems.add(RunbookProblem.error(name, 0, reason)));
        listing.folderFailure().ifPresent(failure -> problems.add(RunbookProblem.error(directory.toString(), 0,
                "the directory cannot be read: " + failure)));
        return listing.files();
    }
}
