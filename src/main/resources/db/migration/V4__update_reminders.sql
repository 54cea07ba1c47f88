-- One row per incident and overdue period: the unique key makes a reminder fire once, however many replicas run.
create table update_reminder (
    incident_id bigint not null references incident (id),
    due_at      timestamp with time zone not null,
    reminded_at timestamp with time zone not null,
    primary key (incident_id, due_at)
);
