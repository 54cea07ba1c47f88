package io.hikeshi.runbook;

/** A runbook file that cannot be used; the message says where and why. */
class InvalidRunbookException extends Exception {

    private final int line;

    InvalidRunbookException(int line, String reason) {
        super(reason);
        this.line = line;
    }

    int line() {
        return line;
    }
}
