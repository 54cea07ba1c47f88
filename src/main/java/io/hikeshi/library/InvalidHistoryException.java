package io.hikeshi.library;

/** A history file that cannot be used, with the line (0 when none) and the reason to report. */
class InvalidHistoryException extends Exception {

    private final int line;

    InvalidHistoryException(int line, String reason) {
        super(reason);
        this.line = line;
    }

    int line() {
        return line;
    }
}
