-- The division of the hall that took the case in, copied from intake at invitation and onto each evaluation, so
-- lists and figures of a division's supervisor read evaluation's own tables. Rows from before stay NULL until the
-- component copies theirs at its start; '' is a case without a division.
ALTER TABLE evaluation_invitation ADD COLUMN division_code VARCHAR(12);
ALTER TABLE evaluation ADD COLUMN division_code VARCHAR(12);
CREATE INDEX evaluation_division ON evaluation (division_code, evaluated_on);
