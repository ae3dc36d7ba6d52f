-- The order records arrived in, across batches and within one (a batch's records share received_ms): what a test of
-- per-case order reads. Numbered in Java from the highest so far (portable; batches are stored one at a time per
-- sender, and order only matters within a sender's stream).
ALTER TABLE hubsim_record ADD COLUMN arrival BIGINT;
CREATE INDEX hubsim_record_arrival ON hubsim_record (arrival);
