package io.hikeshi.postmortem;

import java.util.ArrayList;
import java.util.List;

/** Line-by-line differences between two texts (longest common subsequence), for the version history. */
public final class LineDiff {

    /** Longer texts are compared as one removed and one added block rather than line by line. */
    static final int MAX_LINES = 5_000;

    /** What happened to a line. */
    public enum Change { SAME, ADDED, REMOVED }

    /** One line of the comparison. */
    public record Line(Change change, String text) {
    }

    private LineDiff() {
    }

    public static List<Line> between(String before, String after) {
        String[] a = lines(before);
        String[] b = lines(after);
        if ((long) a.length * b.length > (long) MAX_LINES * MAX_LINES / 4) {
            List<Line> out = new ArrayList<>();
            for (String line : a) {
                out.add(new Line(Change.REMOVED, line));
            }
            for (String line : b) {
                out.add(new Line(Change.ADDED, line));
            }
            return out;
        }
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                out.add(new Line(Change.SAME, a[i++]));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                out.add(new Line(Change.REMOVED, a[i++]));
            } else {
                out.add(new Line(Change.ADDED, b[j++]));
            }
        }
        while (i < a.length) {
            out.add(new Line(Change.REMOVED, a[i++]));
        }
        while (j < b.length) {
            out.add(new Line(Change.ADDED, b[j++]));
        }
        return out;
    }

    private static String[] lines(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.split("\n", -1);
    }
}
