-- Accreditation for licensed assessment tools is recorded per tool in assessment_accreditation
-- (V21), which is what decides who may open a tool. The free-text list of tool codes on the
-- practitioner never opened a tool, so keeping it would only mislead administrators.
alter table practitioner drop column accredited_tools;
