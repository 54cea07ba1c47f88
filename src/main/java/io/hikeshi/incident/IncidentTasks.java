package io.hikeshi.incident;

/** Kinds of outbox entries that set up and announce an incident. */
final class IncidentTasks {

    static final String OPEN_CHANNEL = "open_channel";
    static final String INVITE = "invite";
    static final String SET_TOPIC = "set_topic";
    static final String POST_CARD = "post_card";
    static final String PIN_CARD = "pin_card";
    static final String ANNOUNCE = "announce";
    static final String PUBLISH_HOME = "publish_home";
    static final String EPHEMERAL = "ephemeral";
    static final String UPDATE_CARD = "update_card";
    static final String POST_TEXT = "post_text";
    static final String POST_THREAD = "post_thread";
    static final String DIRECT = "direct";
    static final String NOTIFY = "notify_stakeholders";
    static final String FETCH_MESSAGE = "fetch_message";

    private IncidentTasks() {
    }
}
