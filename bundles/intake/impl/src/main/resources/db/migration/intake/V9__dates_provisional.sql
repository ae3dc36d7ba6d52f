-- A case's promised date or tolerance deadline computed over a calendar year whose official file is not loaded yet
-- (a provisional year): shown as such, and recomputed when the file arrives. No index: the recomputation reads the
-- open cases by status, and is rare.
ALTER TABLE intake_case ADD COLUMN dates_provisional SMALLINT DEFAULT 0 NOT NULL;
