package io.hikeshi.bench;

import io.hikeshi.support.EventLoad;
import io.hikeshi.support.TestDatabase;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What came back, and what the database holds for it. */
record IngestFigures(long accepted, long turnedAway, String latency, long lost, long duplicated) {
    static IngestFigures of(List<EventLoad.Answer> answers, TestDatabase db) {
        List<EventLoad.Answer> ok = answers.stream().filter(a -> a.status() == 200).toList();
        Set<String> acknowledged = ok.stream().map(EventLoad.Answer::ts).collect(Collectors.toSet());
        Set<String> stored = BenchSetUp.storedTs(db);
        long lost = acknowledged.stream().filter(ts -> !stored.contains(ts)).count();
        long duplicated = db.count("transcript_message") - ((Number) db.value(
                "select count(distinct channel_id || ts) from transcript_message")).longValue();
        String latency = ok.isEmpty() ? "none accepted"
                : new LatencyStats(ok.stream().mapToLong(EventLoad.Answer::nanos).toArray()).summary();
        return new IngestFigures(ok.size(), answers.size() - ok.size(), latency, lost, duplicated);
    }
}
