package io.hikeshi.incident;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Looks up configured severity levels by what people type: "2", "sev2", "SEV2". */
@ApplicationScoped
public class Severities {

    private final SeverityConfig config;

    Severities(SeverityConfig config) {
        this.config = config;
    }

    public List<SeverityConfig.Level> all() {
        return config.levels();
    }

    public SeverityConfig.Level defaultLevel() {
        return find(config.defaultLevel()).orElse(all().get(all().size() - 1));
    }

    public Optional<SeverityConfig.Level> find(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String wanted = typed.trim().toUpperCase(Locale.ROOT);
        return all().stream()
                .filter(level -> {
                    String name = level.name().toUpperCase(Locale.ROOT);
                    return name.equals(wanted) || name.equals("SEV" + wanted);
                })
                .findFirst();
    }

    /** "SEV1, SEV2, SEV3 or SEV4" for error messages. */
    public String names() {
        List<String> names = all().stream().map(SeverityConfig.Level::name).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** Position from the most severe level, 0 first; unknown names sort last. */
    public int rank(String name) {
        List<SeverityConfig.Level> levels = all();
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return levels.size();
    }

    public String impactOf(String name) {
        return find(name).map(SeverityConfig.Level::impact).orElse("");
    }
}
