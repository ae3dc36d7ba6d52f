-- The working days a rectification task was given, so its due date can be recomputed when a calendar year's data
-- changes, and whether that due date was counted over a provisional year (no official file yet). Tasks opened before
-- keep NULL: their due dates were counted on official years only.
ALTER TABLE evaluation_rectification ADD COLUMN limit_days INT;
ALTER TABLE evaluation_rectification ADD COLUMN due_provisional SMALLINT DEFAULT 0 NOT NULL;
