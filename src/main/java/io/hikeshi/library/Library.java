package io.hikeshi.library;

import jakarta.enterprise.context.ApplicationScoped;

/** This replica's index of the library, shared by similar incidents, search and the sync that fills it. */
@ApplicationScoped
class Library {

    private final LibraryIndex index = new LibraryIndex();

    LibraryIndex index() {
        return index;
    }
}
