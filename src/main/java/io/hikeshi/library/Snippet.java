package io.hikeshi.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A short passage of an entry's text with the words that matched marked, as plain-text pieces: whoever shows it
 * escapes each piece first and then marks the highlighted ones, so text can never become markup.
 */
public record Snippet(List<Piece> pieces) {

    /** Some text, highlighted when it matched. */
    public record Piece(String text, boolean highlighted) {
    }

    static final Snippet EMPTY = new Snippet(List.of());

    public Snippet {
        pieces = List.copyOf(pieces);
    }

    /** The passage as plain text. */
    public String text() {
        return pieces.stream().map(Piece::text).collect(Collectors.joining());
    }

    /** The passage with matches between {@code before} and {@code after}, for plain-text formats. */
    public String marked(String before, String after) {
        return pieces.stream().map(p -> p.highlighted() ? before + p.text() + after : p.text())
                .collect(Collectors.joining());
    }

    /** Only so much text is read for a passage: entries may be long, a results page must not be slow. */
    private static final int READ_AT_MOST = 100_000;

    /**
     * The window of about {@code width} characters of {@code text} holding the most matches of {@code terms},
     * cut at spaces where it can; the start of the text when nothing matches.
     */
    static Snippet of(LibraryAnalyzer analyzer, String text, Set<String> terms, int width) {
        String read = text.length() > READ_AT_MOST ? text.substring(0, READ_AT_MOST) : text;
        List<int[]> hits = new ArrayList<>();
        for (LibraryAnalyzer.Term term : analyzer.terms(read)) {
            if (terms.contains(term.term())) {
                int[] last = hits.isEmpty() ? null : hits.get(hits.size() - 1);
                if (last != null && term.start() <= last[1]) {
                    last[1] = Math.max(last[1], term.end());
                } else {
                    hits.add(new int[] {term.start(), term.end()});
                }
            }
        }
        int start = bestStart(hits, width);
        int from = Math.max(0, start - width / 5);
        from = wordStart(read, from);
        int to = Math.min(read.length(), from + width);
        List<Piece> pieces = new ArrayList<>();
        int at = from;
        for (int[] hit : hits) {
            if (hit[1] <= from || hit[0] >= to) {
                continue;
            }
            int hitFrom = Math.max(hit[0], from);
            int hitTo = Math.min(hit[1], to);
            if (hitFrom > at) {
                pieces.add(new Piece(flat(read.substring(at, hitFrom)), false));
            }
            pieces.add(new Piece(flat(read.substring(hitFrom, hitTo)), true));
            at = hitTo;
        }
        if (at < to) {
            pieces.add(new Piece(flat(read.substring(at, to)), false));
        }
        if (from > 0) {
            pieces.add(0, new Piece("…", false));
        }
        if (to < text.length()) {
            pieces.add(new Piece("…", false));
        }
        return new Snippet(pieces);
    }

    private static int bestStart(List<int[]> hits, int width) {
        int best = 0;
        int bestCount = 0;
        for (int i = 0, j = 0; i < hits.size(); i++) {
            while (j < hits.size() && hits.get(j)[1] - hits.get(i)[0] <= width * 4 / 5) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = hits.get(i)[0];
            }
        }
        return best;
    }

    private static int wordStart(String text, int from) {
        for (int i = from; i > 0 && i > from - 20; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return from;
    }

    /** One line, without Markdown heading marks: a passage reads as prose. */
    private static String flat(String text) {
        return text.replaceAll("(^|\\s)#{1,6}(?=\\s)", "$1").replaceAll("\\s+", " ");
    }
}
