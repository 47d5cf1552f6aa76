-- The live measures find the things done in a quarter by the instants its London days begin and
-- end; these indexes let them read only the quarters asked for.
create index assessment_completed_at on assessment (completed_at) where status = 'COMPLETED';
create index pattern_alert_raised_at on pattern_alert (raised_at);
create index pattern_alert_acknowledged_at on pattern_alert (acknowledged_at) where acknowledged_at is not null;
create index chronology_event_concern on chronology_event (child_id, occurred_on) where type = 'CONCERN' and removed_at is null;
