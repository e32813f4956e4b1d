-- The audit chain is sealed with HMAC-SM3 under a key kept outside the database. key_id names the key that sealed
-- an event (a digest of the key, never the key); NULL marks an event of an earlier release, hashed with plain SM3,
-- which the start-up re-seals once after checking it (platform/audit/rekey.ts).
ALTER TABLE audit_events ADD COLUMN key_id varchar(16);
CREATE INDEX audit_events_unsealed_idx ON audit_events (region_code, seq) WHERE key_id IS NULL;
