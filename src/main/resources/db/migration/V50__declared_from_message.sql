-- The Slack message an incident was declared from ("Declare incident" message shortcut): where it is, the thread it
-- belongs to and its link. One row per incident at most, and one incident per message; gone is set when the message
-- had been deleted by the time its thread was read.
create table declared_from_message (
    incident_id bigint        primary key references incident (id),
    channel_id  varchar(40)   not null,
    message_ts  varchar(40)   not null,
    thread_ts   varchar(40)   not null,
    permalink   varchar(500),
    gone        boolean       not null,
    constraint uk_declared_from_message unique (channel_id, message_ts)
);
