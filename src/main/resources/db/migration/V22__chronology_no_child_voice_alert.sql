-- Patterns watched by other modules join the chronology's alerts: the assessment module's
-- "no child's voice recorded".
alter table pattern_alert drop constraint pattern_alert_code_check;
alter table pattern_alert add constraint pattern_alert_code_check check (code in ('WAS_NOT_BROUGHT_REPEATED',
	'INJURIES_REPEATED', 'SCHOOL_ABSENCE', 'NOT_SEEN', 'MANY_WORKERS', 'CONCERNS_ACCUMULATING', 'NO_CHILD_VOICE'));
