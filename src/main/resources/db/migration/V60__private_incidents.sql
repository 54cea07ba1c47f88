-- Private incidents (security work): a private channel, and only its members (and the configured incident admins)
-- see the incident anywhere. incident_member mirrors who is in the private channel: the declarer from the start,
-- then whoever Slack says joined or left (member_joined_channel / member_left_channel).
alter table incident add column private_incident boolean default false not null;

create table incident_member (
    incident_id bigint                   not null references incident (id),
    user_id     varchar(40)              not null,
    joined_at   timestamp with time zone not null,
    primary key (incident_id, user_id)
);
create index ix_incident_member_user on incident_member (user_id);

-- A private incident's channel the bot was removed from: one row while it is out, so the commander is told once;
-- deleted when the bot is invited back.
create table private_channel_lost (
    incident_id bigint                   primary key references incident (id),
    lost_at     timestamp with time zone not null
);
