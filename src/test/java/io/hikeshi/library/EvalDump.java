package io.hikeshi.library;
class EvalDump {
    public static void main(String[] a) {}
    @org.junit.jupiter.api.Test
    void dump() {
        SimilarityRanker r = new SimilarityRanker(EvalSet.index(), 0.0);
        for (EvalSet.Case c : EvalSet.cases()) {
            StringBuilder sb = new StringBuilder(c.id() + " " + c.relevant() + ": ");
            for (var m : r.rank(new SimilarityRanker.Probe(c.title(), c.description(), c.severity(), c.services(), null, false), 5)) {
                sb.append(m.document().source()).append(String.format("(%.2f/%.2f/%s) ", m.coverage(), m.score(), m.terms()));
            }
            System.out.println(sb);
        }
    }
}
