-- Outbox lanes: the entries of one lane (an incident's chat side effects, or one kind of long work of an incident)
-- run one at a time and in order; different lanes run side by side. A claim is held by one process (claimed_by)
-- until claimed_until, which a live worker keeps pushing forward, so a dead worker's entry is taken over quickly.
alter table outbox_entry add column lane varchar(80);
alter table outbox_entry add column claimed_until timestamp with time zone;
alter table outbox_entry add column claimed_by varchar(64);
update outbox_entry set lane = 'incident-' || cast(incident_id as varchar(20)) where incident_id is not null;
create index ix_outbox_entry_lane on outbox_entry (lane, state);
