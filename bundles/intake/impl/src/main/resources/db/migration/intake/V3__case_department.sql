-- The lead department of a case, fixed at intake from the pinned item version: supervision counts and cards cases
-- per department without reading the catalogue. Cases taken in before this version keep NULL (none in the field).
ALTER TABLE intake_case ADD COLUMN department_code VARCHAR(18);
ALTER TABLE intake_case ADD COLUMN department_name VARCHAR(200);
CREATE INDEX intake_case_department ON intake_case (department_code, created_ms);
