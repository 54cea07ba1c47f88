-- The answer given to a Slack request, kept with its key so that a replay or retry of the same request, on any
-- replica, gets the first answer again instead of acting a second time.
alter table processed_slack_request add column answer_status integer;
alter table processed_slack_request add column answer_type varchar(100);
alter table processed_slack_request add column answer_body varchar(1000000);
create index ix_processed_slack_request_received on processed_slack_request (received_at);
