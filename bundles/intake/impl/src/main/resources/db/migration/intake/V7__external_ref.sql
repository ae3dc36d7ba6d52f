-- An application forwarded from another node (a village agent's on-behalf case) carries the reference it has there:
-- unique, so however often it arrives it becomes one case. Cases taken in here have none: a UNIQUE constraint (not a
-- unique index, which in Derby treats NULLs as equal) lets any number of them be NULL.
ALTER TABLE intake_case ADD COLUMN external_ref VARCHAR(120);
ALTER TABLE intake_case ADD CONSTRAINT intake_case_external_ref UNIQUE (external_ref);
