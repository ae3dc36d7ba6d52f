-- Who took the case in and at which hall window: evaluations (好差评) are counted and ranked per clerk and window.
ALTER TABLE intake_case ADD COLUMN accepted_by VARCHAR(100);
ALTER TABLE intake_case ADD COLUMN window_code VARCHAR(50);
