package io.hikeshi.catchup;

import java.util.List;

/**
 * The structured answer the model is asked for: five lists of points, each citing the numbers of the messages it
 * comes from.
 */
record CatchUpDraft(List<Point> status, List<Point> tried, List<Point> who, List<Point> questions, List<Point> next) {

    /** One statement and the message numbers it cites. */
    record Point(String text, List<Integer> sources) {
    }

    /** The JSON keys, in the order the lists are shown. */
    static final List<String> KEYS = List.of("status", "tried", "who", "questions", "next");

    static final List<String> HEADINGS = List.of("Status and impact", "What has been tried", "Who is doing what",
            "Open questions", "Next steps");

    List<List<Point>> lists() {
        return List.of(status, tried, who, questions, next);
    }

    static CatchUpDraft of(List<List<Point>> lists) {
        return new CatchUpDraft(lists.get(0), lists.get(1), lists.get(2), lists.get(3), lists.get(4));
    }

    /** A draft without points. */
    static CatchUpDraft empty() {
        return new CatchUpDraft(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    boolean isEmpty() {
        return lists().stream().allMatch(List::isEmpty);
    }
}
