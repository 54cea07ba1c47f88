package io.hikeshi.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Slack's request signature: HMAC-SHA256 of {@code v0:timestamp:body} with the signing secret, compared in
 * constant time, and a timestamp within the allowed skew in either direction (Bolt's own check accepts any future
 * timestamp and compares with String.equals).
 */
final class SlackRequestVerifier {

    private final byte[] secret;
    private final long maxSkewSeconds;
    private final Clock clock;

    SlackRequestVerifier(String signingSecret, long maxSkewSeconds, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.maxSkewSeconds = maxSkewSeconds;
        this.clock = clock;
    }

    boolean isValid(String timestamp, String signature, String body) {
        if (timestamp == null || signature == null || body == null) {
            return false;
        }
        long sentAt;
        try {
            sentAt = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(clock.instant().getEpochSecond() - sentAt) > maxSkewSeconds) {
            return false;
        }
        byte[] expected = sign(timestamp.trim(), body).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.UTF_8));
    }

    String sign(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
