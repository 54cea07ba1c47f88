package io.hikeshi.alerts;

/** A routing file that cannot be used, with the line (1-based; 0 for the whole file) and the reason. */
class InvalidRoutesException extends Exception {

    private final int line;

    InvalidRoutesException(int line, String reason) {
        super(reason);
        this.line = line;
    }

    int line() {
        return line;
    }
}
