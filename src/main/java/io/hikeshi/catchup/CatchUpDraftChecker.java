package io.hikeshi.catchup;

import io.hikeshi.chat.HiddenCharacters;
import io.hikeshi.chat.ReceivedText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks what the model wrote against its input, because the input may have tried to steer it: only citations of
 * messages it was given count, a point citing none of them is dropped, URLs that were not in the input are
 * removed, mention markup is removed and {@code @here}, {@code @channel} and {@code @everyone} can no longer notify.
 */
final class CatchUpDraftChecker {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|ftp)://[^\\s<>|\"'`)\\]]+");
    /** The longest mention, channel or broadcast markup removed: {@code <@}, 200 characters and {@code >}. */
    private static final int MAX_MARKUP = 203;
    private static final Pattern BROADCAST = Pattern.compile("(?i)@(here|channel|everyone)\\b");
    static final int MAX_TEXT = 400;

    private CatchUpDraftChecker() {
    }

    /** URLs in the text, trailing punctuation excluded. */
    static Set<String> urls(String text) {
        Set<String> urls = new LinkedHashSet<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            urls.add(trimUrl(m.group()));
        }
        return urls;
    }

    static CatchUpDraft check(CatchUpDraft draft, Set<Integer> knownNumbers, Set<String> inputUrls) {
        List<List<CatchUpDraft.Point>> lists = new ArrayList<>();
        for (List<CatchUpDraft.Point> list : draft.lists()) {
            List<CatchUpDraft.Point> kept = new ArrayList<>();
            for (CatchUpDraft.Point point : list) {
                List<Integer> cited = point.sources().stream().filter(knownNumbers::contains).distinct().toList();
                String text = clean(point.text(), inputUrls);
                if (!cited.isEmpty() && !text.isBlank()) {
                    kept.add(new CatchUpDraft.Point(text, cited));
                }
            }
            lists.add(kept);
        }
        return CatchUpDraft.of(lists);
    }

    static String clean(String text, Set<String> inputUrls) {
        return clean(text, inputUrls, MAX_TEXT);
    }

    /** {@link #clean(String, Set)} for longer text, such as a postmortem paragraph, cut at {@code maxLength}. */
    static String clean(String text, Set<String> inputUrls, int maxLength) {
        String visible = HiddenCharacters.strip(text).replaceAll("\\s+", " ").strip();
        String noMarkup = withoutMarkup(visible);
        Matcher m = URL.matcher(noMarkup);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String url = trimUrl(m.group());
            String rest = m.group().substring(url.length());
            m.appendReplacement(out, Matcher.quoteReplacement((inputUrls.contains(url) ? url : "[link removed]") + rest));
        }
        m.appendTail(out);
        // A full-width at sign reads the same and notifies nobody.
        String quiet = BROADCAST.matcher(out).replaceAll("\uFF20$1").replaceAll("\\s+", " ").strip();
        return quiet.length() > maxLength ? quiet.substring(0, maxLength - 1) + "…" : quiet;
    }

    /** The text without the markup of mentions, channels and broadcasts; links stay, for the URL check. */
    private static String withoutMarkup(String text) {
        StringBuilder out = new StringBuilder();
        for (ReceivedText.Piece piece : ReceivedText.pieces(text)) {
            boolean mention = piece instanceof ReceivedText.User || piece instanceof ReceivedText.Channel
                    || piece instanceof ReceivedText.Special;
            if (!mention || piece.raw().length() > MAX_MARKUP) {
                out.append(piece.raw());
            }
        }
        return out.toString();
    }

    private static String trimUrl(String url) {
        return url.replaceAll("[.,;:!?]+$", "");
    }
}
