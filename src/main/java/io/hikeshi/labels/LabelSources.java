package io.hikeshi.labels;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What labels are suggested from: the incident's title and description, its timeline and its postmortem draft, each
 * piece with an id the model cites ({@code T3}) and a name people read ("the timeline at 10:02").
 *
 * @param known services the team configured or named on other incidents, for the rules to look for
 */
record LabelSources(List<Source> sources, List<String> known) {

    /** Longest piece of one source that is read; the rest is cut. */
    static final int MAX_SOURCE_CHARS = 1_000;

    /** One piece of text to read labels from. */
    record Source(String id, String name, String text, boolean headline) {
        Source {
            text = text == null ? "" : text.length() > MAX_SOURCE_CHARS ? text.substring(0, MAX_SOURCE_CHARS) : text;
        }
    }

    private static final Pattern REPEATED = Pattern.compile("(?i)postmortem:|timeline|people"
            + "|action items|タイムライン|対応項目");
    private static final Pattern PROMPT = Pattern.compile("^> _(To write:|AI draft)");

    LabelSources {
        sources = List.copyOf(sources);
        known = List.copyOf(known);
    }

    /**
     * The written sections of the postmortem draft (cut at Markdown headings), each a source {@code P1}, {@code P2},
     * … Sections that repeat facts read elsewhere (the header table, the timeline, people, action items) and the
     * prompts a draft leaves for people are left out, so they neither count twice nor count at all.
     */
    static List<Source> sections(String markdown) {
        List<Source> sections = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return sections;
        }
        String heading = "the postmortem";
        StringBuilder body = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("#")) {
                if (!REPEATED.matcher(heading).find()) {
                    add(sections, heading, body);
                }
                heading = "the postmortem section \u201c" + line.replaceFirst("^#+\\s*", "").strip() + "\u201d";
                body.setLength(0);
            } else if (!PROMPT.matcher(line).find()) {
                body.append(line).append('\n');
            }
        }
        if (!REPEATED.matcher(heading).find()) {
            add(sections, heading, body);
        }
        return sections;
    }

    private static void add(List<Source> sections, String heading, StringBuilder body) {
        if (!body.toString().isBlank()) {
            sections.add(new Source("P" + (sections.size() + 1), heading, body.toString().strip(), false));
        }
    }

    Source byId(String id) {
        return sources.stream().filter(s -> s.id().equalsIgnoreCase(id)).findFirst().orElse(null);
    }
}
