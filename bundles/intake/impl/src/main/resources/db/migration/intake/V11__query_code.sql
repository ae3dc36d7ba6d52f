-- The query code printed on the receipt (查询码): with the case number it is what the public progress query and the
-- evaluation lookup ask for, a secret the applicant holds, instead of an ID number others can find or guess.
-- Cases taken in before get theirs when intake starts (a receipt reprinted at the window carries it).
ALTER TABLE intake_case ADD COLUMN query_code VARCHAR(12);
