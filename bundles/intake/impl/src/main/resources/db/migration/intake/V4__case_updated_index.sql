-- Supervision re-checks its open cards against the cases changed since its last scan, not against every case.
CREATE INDEX intake_case_updated ON intake_case (updated_ms);
