package io.hikeshi.library;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words the library ignores and the short forms it reads as the long ones. Incident reports are full of
 * filler ("after", "since", "seems") that would make unrelated incidents look alike, and on-call engineers write
 * "db", "cert" or "k8s" where postmortems spell it out.
 */
final class LibraryTerms {

    static final CharArraySet STOP_WORDS;

    static {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        words.addAll(List.of("about", "above", "across", "after", "again", "all", "also", "am", "another", "any",
                "around", "because", "been", "before", "being", "below", "between", "both", "can", "cannot", "can't",
                "could", "did", "do", "does", "done", "during", "each", "every", "few", "from", "get", "gets", "got",
                "had", "has", "have", "having", "he", "her", "here", "him", "his", "how", "i", "its", "just", "lot",
                "lots", "may", "me", "might", "more", "most", "much", "my", "now", "off", "once", "one", "only",
                "other", "our", "out", "over", "own", "right", "same", "seem", "seems", "several", "she", "should",
                "since", "so", "some", "still", "than", "them", "then", "those", "through", "today", "two", "under",
                "until", "up", "us", "very", "via", "we", "were", "what", "when", "where", "which", "while", "who",
                "whom", "why", "would", "yet", "you", "your", "looks", "look", "like", "something", "anything",
                "nothing", "everything", "everyone", "someone", "people", "things", "thing", "many"));
        STOP_WORDS = CharArraySet.unmodifiableSet(words);
    }

    /** Short forms, before stemming. */
    static final Map<String, String> SHORT_FORMS = Map.ofEntries(
            Map.entry("db", "database"), Map.entry("dbs", "database"), Map.entry("postgres", "postgresql"),
            Map.entry("pg", "postgresql"), Map.entry("cert", "certificate"), Map.entry("certs", "certificate"),
            Map.entry("tls", "ssl"), Map.entry("k8s", "kubernetes"), Map.entry("psp", "payment"),
            Map.entry("jwt", "token"), Map.entry("jwts", "token"), Map.entry("oom", "memory"),
            Map.entry("oomkilled", "memory"), Map.entry("5xx", "500"), Map.entry("ntp", "clock"),
            Map.entry("auth", "authentication"), Map.entry("authn", "authentication"), Map.entry("login", "log"),
            Map.entry("logins", "log"), Map.entry("signin", "log"), Map.entry("prod", "production"),
            Map.entry("msk", "kafka"), Map.entry("lb", "balancer"), Map.entry("elb", "balancer"),
            Map.entry("alb", "balancer"), Map.entry("es", "elasticsearch"), Map.entry("infra", "infrastructure"));

    private LibraryTerms() {
    }

    /** Replaces a short form with the word it stands for. */
    static final class ShortForms extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        ShortForms(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws java.io.IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String long_ = SHORT_FORMS.get(term.toString());
            if (long_ != null) {
                term.setEmpty().append(long_);
            }
            return true;
        }
    }

    /**
     * Drops Japanese bigrams that hold hiragana: particles and endings (が, して, ない) that every text has; the
     * kanji and katakana bigrams carry the meaning.
     */
    static final class NoHiragana extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        NoHiragana(TokenStream input) {
            super(input);
        }

        @Override
        protected boolean accept() {
            for (int i = 0; i < term.length(); i++) {
                char c = term.charAt(i);
                if (c >= '\u3041' && c <= '\u309F') {
                    return false;
                }
            }
            return true;
        }
    }
}
