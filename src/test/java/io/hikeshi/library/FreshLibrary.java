package io.hikeshi.library;

import jakarta.enterprise.context.ApplicationScoped;

/** Lets tests of other packages drop what the library index still holds of incidents an earlier test deleted. */
@ApplicationScoped
public class FreshLibrary {

    private final IndexSync sync;

    FreshLibrary(IndexSync sync) {
        this.sync = sync;
    }

    /** Reads the index again from the (cleaned) database and history folder. */
    public void rebuild() {
        sync.rebuild();
    }
}
