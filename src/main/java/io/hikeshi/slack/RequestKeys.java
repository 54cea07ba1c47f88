package io.hikeshi.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.GlobalShortcutRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The key that names one Slack request, whichever replica receives it and however often. Commands, clicks, forms
 * and shortcuts carry a trigger id Slack makes anew for every one of them; events carry an event id that Slack keeps
 * on its retries. A byte-for-byte replay of a signed body has the same one. Without either, the body itself is the
 * name.
 */
final class RequestKeys {

    static final String PREFIX = "slack:";
    private static final int MAX_ID = 150;
    // Message events only feed the transcript, which stores a message once by channel and timestamp; they come by
    // the thousand, so they do not pay for a key of their own.
    private static final Set<String> IDEMPOTENT_EVENTS = Set.of("message");

    private RequestKeys() {
    }

    /** The key of {@code request}; empty for requests that change nothing or are idempotent by themselves. */
    static Optional<String> of(Request<?> request) {
        if (declares(request)) {
            // A declaration is recorded with its own key from the trigger id, in the transaction that writes it, and
            // a copy is answered from what was recorded. An edge key would add a second commit that could fail after
            // the first succeeded, and the person would be told to try again for an incident that exists.
            return Optional.empty();
        }
        if (request instanceof EventRequest event) {
            if (IDEMPOTENT_EVENTS.contains(event.getEventType())) {
                return Optional.empty();
            }
            return Optional.of(eventId(event.getRequestBodyAsString()).map(id -> key("event:", id))
                    .orElseGet(() -> bodyKey(event.getRequestBodyAsString())));
        }
        Optional<String> triggerId;
        if (request instanceof SlashCommandRequest command) {
            triggerId = Optional.ofNullable(command.getPayload().getTriggerId());
        } else if (request instanceof BlockActionRequest click) {
            triggerId = Optional.ofNullable(click.getPayload().getTriggerId());
        } else if (request instanceof ViewSubmissionRequest form) {
            triggerId = Optional.ofNullable(form.getPayload().getTriggerId());
        } else if (request instanceof MessageShortcutRequest shortcut) {
            triggerId = Optional.ofNullable(shortcut.getPayload().getTriggerId());
        } else if (request instanceof GlobalShortcutRequest shortcut) {
            triggerId = Optional.ofNullable(shortcut.getPayload().getTriggerId());
        } else {
            // Verification, options to choose from, closed forms: nothing there changes state.
            return Optional.empty();
        }
        return Optional.of(triggerId.filter(id -> !id.isBlank()).map(id -> key("trigger:", id))
                .orElseGet(() -> bodyKey(request.getRequestBodyAsString())));
    }

    private static boolean declares(Request<?> request) {
        if (request instanceof ViewSubmissionRequest form) {
            return DeclareModal.CALLBACK_ID.equals(form.getPayload().getView().getCallbackId());
        }
        if (request instanceof SlashCommandRequest command) {
            String text = command.getPayload().getText();
            return text != null && text.strip().toLowerCase(Locale.ROOT).matches("(?s)declare\\s+\\S.*");
        }
        return false;
    }

    private static Optional<String> eventId(String body) {
        try {
            JsonElement id = JsonParser.parseString(body).getAsJsonObject().get("event_id");
            return id == null || !id.isJsonPrimitive() ? Optional.empty() : Optional.of(id.getAsString());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String key(String kind, String id) {
        return PREFIX + kind + (id.length() <= MAX_ID ? id : sha256(id));
    }

    private static String bodyKey(String body) {
        return PREFIX + "body:" + sha256(body == null ? "" : body);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
