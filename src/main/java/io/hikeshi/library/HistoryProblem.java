package io.hikeshi.library;

/**
 * A history file that was left out, or the folder itself, and why.
 *
 * @param line 0 when the reason is not about one line
 */
public record HistoryProblem(String file, int line, String reason) {

    public String describe() {
        return file + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
