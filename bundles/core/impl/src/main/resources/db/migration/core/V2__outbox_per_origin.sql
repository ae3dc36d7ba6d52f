-- Sync relays events of child nodes through this node's outbox with their own origin and numbering. Case numbers are
-- unique per node only, so a subject's sequence is unique per origin node, not across the network.
ALTER TABLE core_outbox DROP CONSTRAINT core_outbox_subject_seq;
ALTER TABLE core_outbox ADD CONSTRAINT core_outbox_origin_subject_seq UNIQUE (origin_node, subject, subject_seq);
