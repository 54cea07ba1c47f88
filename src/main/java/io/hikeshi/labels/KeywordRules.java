package io.hikeshi.labels;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Labels suggested without a model: a cause whose keywords appear most often (the title and description count
 * twice), and the known services named anywhere. Deterministic: ties go to the cause listed first. A configured
 * cause without built-in keywords is found by its own name.
 */
final class KeywordRules {

    /** Built-in keywords of the default causes, English and Japanese; matched at the start of a word. */
    static final Map<String, List<String>> KEYWORDS = Map.of(
            "deploy", List.of("deploy", "rollout", "roll out", "rollback", "roll back", "rolled back", "release",
                    "canary", "revert", "デプロイ", "リリース", "ロールバック", "切り戻"),
            "config", List.of("config", "setting", "feature flag", "flag", "misconfig", "toggle", "設定", "フラグ"),
            "capacity", List.of("capacity", "cpu", "memory", "oom", "out of memory", "disk full", "quota",
                    "throttl", "saturat", "overload", "traffic spike", "autoscal", "容量", "負荷", "メモリ", "枯渇"),
            "dependency", List.of("upstream", "third-party", "third party", "vendor", "provider", "dependency",
                    "external", "saas", "外部", "依存"),
            "data", List.of("data loss", "corrupt", "migration", "schema", "backfill", "duplicate", "inconsistent",
                    "データ", "不整合", "マイグレーション"),
            "network", List.of("network", "dns", "packet", "latency", "connectivity", "load balancer", "tls",
                    "certificate", "firewall", "bgp", "ネットワーク", "証明書", "通信"),
            "security", List.of("security", "breach", "attack", "ddos", "vulnerab", "leak", "credential",
                    "unauthori", "intrusion", "セキュリティ", "攻撃", "漏洩", "不正"));

    static final String FALLBACK_CAUSE = "unknown";

    private KeywordRules() {
    }

    static Suggestion suggest(LabelSources input, List<String> causes) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, Set<String>> evidence = new LinkedHashMap<>();
        for (String cause : causes) {
            for (String keyword : KEYWORDS.getOrDefault(cause, List.of(cause))) {
                for (LabelSources.Source source : input.sources()) {
                    int hits = count(source.text(), keyword);
                    if (hits > 0) {
                        scores.merge(cause, hits * (source.headline() ? 2 : 1), Integer::sum);
                        evidence.computeIfAbsent(cause, c -> new LinkedHashSet<>())
                                .add("\u201c" + keyword + "\u201d in " + source.name());
                    }
                }
            }
        }
        String cause = scores.entrySet().stream()
                .reduce((best, next) -> next.getValue() > best.getValue() ? next : best)
                .map(Map.Entry::getKey).orElse(causes.contains(FALLBACK_CAUSE) ? FALLBACK_CAUSE : null);
        List<String> services = new ArrayList<>();
        Set<String> serviceEvidence = new LinkedHashSet<>();
        for (String service : input.known()) {
            for (LabelSources.Source source : input.sources()) {
                if (count(source.text(), service) > 0) {
                    if (!services.contains(service) && services.size() < LabelNames.MAX_NAMES) {
                        services.add(service);
                    }
                    serviceEvidence.add("\u201c" + service + "\u201d in " + source.name());
                }
            }
        }
        Map<LabelKind, List<String>> values = new EnumMap<>(LabelKind.class);
        values.put(LabelKind.SERVICE, services);
        values.put(LabelKind.CAUSE, cause == null ? List.of() : List.of(cause));
        return new Suggestion(values, Label.RULES, reason(cause, evidence.get(cause), serviceEvidence));
    }

    private static String reason(String cause, Set<String> causeEvidence, Set<String> serviceEvidence) {
        StringBuilder reason = new StringBuilder("Keyword rules");
        if (cause != null) {
            reason.append(causeEvidence == null ? "; no cause keyword was found, so the cause is " + cause
                    : "; cause " + cause + " from " + first(causeEvidence));
        }
        if (!serviceEvidence.isEmpty()) {
            reason.append("; services from ").append(first(serviceEvidence));
        }
        return reason.append('.').toString();
    }

    private static String first(Set<String> evidence) {
        List<String> list = new ArrayList<>(evidence);
        String shown = String.join(", ", list.subList(0, Math.min(4, list.size())));
        return list.size() > 4 ? shown + " and " + (list.size() - 4) + " more" : shown;
    }

    /**
     * How often {@code keyword} occurs in {@code text} at the start of a word (ASCII keywords; "deploy" finds
     * "deployment" but not "redeploy"), or anywhere (keywords in scripts without spaces, e.g. Japanese).
     */
    static int count(String text, String keyword) {
        String lower = text.toLowerCase(Locale.ROOT);
        String key = keyword.toLowerCase(Locale.ROOT);
        boolean ascii = key.chars().allMatch(c -> c < 128);
        Pattern pattern = Pattern.compile(ascii ? "(?<![\\p{L}\\p{N}])" + Pattern.quote(key) : Pattern.quote(key));
        int hits = 0;
        var matcher = pattern.matcher(lower);
        while (matcher.find()) {
            hits++;
        }
        return hits;
    }
}
