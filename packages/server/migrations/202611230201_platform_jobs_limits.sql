-- Delivery of outbox events to each module's handler: one row per (event, module), so that a handler that already
-- succeeded is never run again when the queue redelivers a job, and a failing handler's attempts and last error
-- are kept next to the event (docs/operations.md: "failed deliveries").
CREATE TABLE outbox_deliveries (
  region_code  varchar(12) NOT NULL,
  event_id     bigint NOT NULL,
  module_id    text NOT NULL,
  attempts     integer NOT NULL DEFAULT 0,
  delivered_at timestamptz,
  last_error   text,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, event_id, module_id),
  FOREIGN KEY (region_code, event_id) REFERENCES outbox_events (region_code, id) ON DELETE CASCADE
);
CREATE INDEX outbox_deliveries_failed_idx ON outbox_deliveries (updated_at) WHERE delivered_at IS NULL;

-- Request counters shared by every server process (the sign-in rate limit and any other per-client limit):
-- one row per key and fixed window; rows are removed once their window can no longer count.
CREATE TABLE rate_limit_hits (
  key          text NOT NULL,
  window_start timestamptz NOT NULL,
  hits         integer NOT NULL,
  expires_at   timestamptz NOT NULL,
  PRIMARY KEY (key, window_start)
);
CREATE INDEX rate_limit_hits_expires_idx ON rate_limit_hits (expires_at);
