package io.hikeshi.outbox;

/**
 * Every kind of outbox entry, as stored in {@code outbox_entry.kind}: the one list of them. A stored name never
 * changes, or entries already queued under it would find no task. Each feature binds its kinds to their payload
 * records with {@link OutboxKind}; at start-up {@link OutboxKindsCheck} refuses to run when this list, the tasks and
 * the queued entries disagree.
 */
public enum OutboxKinds {

    /** incident: creates the incident channel. */
    OPEN_CHANNEL("open_channel"),
    /** incident: invites people into the incident channel. */
    INVITE("invite"),
    /** incident: sets the channel topic to the incident's headline facts. */
    SET_TOPIC("set_topic"),
    /** incident: posts the incident card. */
    POST_CARD("post_card"),
    /** incident: pins the posted card. */
    PIN_CARD("pin_card"),
    /** incident: announces the declaration in the announcement channel. */
    ANNOUNCE("announce"),
    /** incident: publishes someone's home tab with the open incidents. */
    PUBLISH_HOME("publish_home"),
    /** incident: shows one person a message only they see. */
    EPHEMERAL("ephemeral"),
    /** incident: re-renders the pinned card in place. */
    UPDATE_CARD("update_card"),
    /** incident: posts text in the incident channel or another channel. */
    POST_TEXT("post_text"),
    /** incident: replies under the announcement. */
    POST_THREAD("post_thread"),
    /** incident: sends one person a direct message. */
    DIRECT("direct"),
    /** incident: tells the stakeholders of a severity level. */
    NOTIFY_STAKEHOLDERS("notify_stakeholders"),
    /** incident: reads a message added to the timeline by reaction. */
    FETCH_MESSAGE("fetch_message"),
    /** actions: replaces someone's private action item list after a click. */
    ACTION_ITEM_LIST("action_item_list"),
    /** runbook: chooses the runbooks of a new incident. */
    RUNBOOKS_ON_DECLARE("runbooks_on_declare"),
    /** runbook: posts one runbook in the incident channel. */
    POST_RUNBOOK("post_runbook"),
    /** runbook: shows a ticked or unticked checklist item. */
    UPDATE_RUNBOOK("update_runbook"),
    /** postmortem: drafts the next version of a postmortem. */
    POSTMORTEM_DRAFT("postmortem_draft"),
    /** postmortem: tells the channel or the announcement thread about a postmortem. */
    POSTMORTEM_NOTICE("postmortem_notice"),
    /** postmortem: shares a version's Markdown as a file. */
    POSTMORTEM_FILE("postmortem_file"),
    /** catchup: makes a catch-up with the model, in a lane of its own. */
    MAKE_CATCH_UP("make_catch_up"),
    /** catchup: delivers a made catch-up to whoever asked for it. */
    DELIVER_CATCH_UP("deliver_catch_up"),
    /** catchup: sends a new commander their brief. */
    HANDOVER_BRIEF("handover_brief"),
    /** library: looks for similar past incidents and posts those not posted yet in the incident channel. */
    SIMILAR_INCIDENTS("similar_incidents"),
    /** labels: suggests an incident's labels from its postmortem draft, in a lane of its own. */
    SUGGEST_LABELS("suggest_labels"),
    /** transcript: reads one page of an incident channel's or thread's history into the transcript. */
    BACKFILL_TRANSCRIPT("backfill_transcript"),
    /** transcript: copies the thread an incident was declared from into its transcript and timeline. */
    IMPORT_THREAD("import_thread"),
    /** transcript: replies in the thread an incident was declared from with where the incident is. */
    REPLY_IN_SOURCE_THREAD("reply_in_source_thread"),
    /** transcript: tells someone declaring from a message when hikeshi cannot read its channel. */
    CHECK_THREAD_ACCESS("check_thread_access"),
    /** catchup: makes and sends a catch-up of any thread ("Summarize thread"). */
    MAKE_THREAD_CATCH_UP("make_thread_catch_up"),
    /** alerts: declares the incident an alert route asked for. */
    ALERT_DECLARE("alert_declare"),
    /** alerts: posts or updates a triage message, or refreshes the card of an alert's incident. */
    ALERT_REFRESH("alert_refresh"),
    /** alerts: tells the commander that every alert of the incident resolved, or resolves it if the route says so. */
    ALERTS_RESOLVED("alerts_resolved");

    private final String stored;

    OutboxKinds(String stored) {
        this.stored = stored;
    }

    /** The name stored in the database. */
    public String stored() {
        return stored;
    }
}
