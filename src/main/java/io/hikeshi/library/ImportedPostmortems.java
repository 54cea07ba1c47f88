package io.hikeshi.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads imported postmortems for the web UI: one by its file name. */
@ApplicationScoped
public class ImportedPostmortems {

    /** An imported postmortem as the web UI shows it; {@code markdown} is the file's text after its front matter. */
    public record View(String source, String title, LocalDate date, String severity, List<String> services,
                       List<String> labels, String markdown) {
    }

    @Transactional
    public Optional<View> bySource(String source) {
        return ImportedPostmortem.<ImportedPostmortem>find("source", source).firstResultOptional()
                .map(row -> new View(row.source, row.title, row.occurredOn, row.severity,
                        LibraryReader.split(row.services), LibraryReader.split(row.labels), row.body));
    }
}
