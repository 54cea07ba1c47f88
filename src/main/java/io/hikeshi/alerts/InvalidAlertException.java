package io.hikeshi.alerts;

/** A notification that cannot be taken; the message tells the sender what was wrong, the status how to answer. */
class InvalidAlertException extends Exception {

    private final int status;

    InvalidAlertException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
