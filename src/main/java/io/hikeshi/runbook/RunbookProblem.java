package io.hikeshi.runbook;

/**
 * Something wrong with a runbook file. An error keeps the file out of the catalog; a warning only says what will
 * not work as its author probably meant.
 *
 * @param file the file relative to the runbooks directory
 * @param line the line in the file, or 0 when the problem is with the whole file
 */
public record RunbookProblem(String file, int line, String reason, boolean error) {

    static RunbookProblem error(String file, int line, String reason) {
        return new RunbookProblem(file, line, reason, true);
    }

    static RunbookProblem warning(String file, int line, String reason) {
        return new RunbookProblem(file, line, reason, false);
    }

    /** "db-failover.md line 4: …", as people read it in Slack and in /q/health. */
    public String describe() {
        return file + (line > 0 ? " line " + line : "") + ": " + reason;
    }
}
