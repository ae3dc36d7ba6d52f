-- Green-channel cases (绿色通道, key projects) go first in every queue.
ALTER TABLE intake_case ADD COLUMN priority SMALLINT DEFAULT 0 NOT NULL;
-- Queues read a status's cases in this order, straight from the index.
CREATE INDEX intake_case_queue ON intake_case (status, priority DESC, promised_date, created_ms);
