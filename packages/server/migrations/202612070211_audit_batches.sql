-- Bulk writes (the catalogue import) chain their audit events on their own, as a sub-chain, before taking the
-- region's audit lock, and then append one seal event (action audit.batch_sealed, subject audit_batch, subject_id the
-- batch id) to the region's chain whose content carries the sub-chain's length and head hash. The lock is therefore
-- held for one event whatever the import's size (platform/audit/batch.ts). seq is the event's place in its
-- sub-chain, from 1; region_code the region whose chain seals it.
-- The same columns as audit_events (LIKE), so the view below lists both alike, plus the batch.
CREATE TABLE audit_batch_events (LIKE audit_events INCLUDING DEFAULTS);
ALTER TABLE audit_batch_events ADD COLUMN batch_id uuid NOT NULL, ADD PRIMARY KEY (batch_id, seq);
CREATE INDEX audit_batch_events_region_idx ON audit_batch_events (region_code, batch_id);
CREATE INDEX audit_batch_events_time_idx ON audit_batch_events (region_code, occurred_at);
CREATE INDEX audit_batch_events_subject_idx ON audit_batch_events (region_code, subject_type, subject_id);

-- Every audit event as the audit log shows it: the region chains' events, and each sealed sub-chain's events at
-- their seal's number (seq) with their place in the sub-chain (batch_seq; NULL for an event of the region chain).
-- In chain order a sub-chain's events come just before their seal. A sub-chain without a seal is not shown (only a
-- tampered table has one: an import that rolls back leaves neither), and `fazhi audit verify` reports it.
CREATE VIEW audit_log AS
  SELECT region_code, seq, NULL::integer AS batch_seq, id, occurred_at, actor_user_id, actor_username,
         actor_org_id, action, subject_type, subject_id, summary, changes, ip, prev_hash, hash
    FROM audit_events
  UNION ALL
  SELECT b.region_code, s.seq, b.seq::integer, b.id, b.occurred_at, b.actor_user_id, b.actor_username,
         b.actor_org_id, b.action, b.subject_type, b.subject_id, b.summary, b.changes, b.ip, b.prev_hash, b.hash
    FROM audit_batch_events b
    JOIN audit_events s ON s.region_code = b.region_code AND s.subject_type = 'audit_batch'
      AND s.subject_id = b.batch_id::text AND s.action = 'audit.batch_sealed';
