package io.hikeshi.postmortem;

/** Someone saved a newer version since the editor loaded the one it started from; nothing was overwritten. */
public class StaleVersionException extends Exception {

    private final PostmortemView.Version current;

    public StaleVersionException(int baseVersion, PostmortemView.Version current) {
        super("Version " + current.number() + " was saved by " + current.author() + " after you opened version "
                + baseVersion + ".");
        this.current = current;
    }

    /** The newest version, which the edit would have overwritten. */
    public PostmortemView.Version current() {
        return current;
    }
}
