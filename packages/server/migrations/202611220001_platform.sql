-- Platform tables: regions, organisations, people, sessions, the audit chain, the outbox and notifications.
-- Directory tables (regions, orgs, users, role_assignments) are small and read on every request: on a sharded
-- PostgreSQL they are reference tables (docs/scaling.md). Business and event tables carry region_code, and every
-- unique key on them includes it, so they can be distributed by region without a schema change.

CREATE TABLE regions (
  code        varchar(12) PRIMARY KEY,
  name        text NOT NULL,
  level       text NOT NULL CHECK (level IN ('province', 'city', 'county', 'township')),
  parent_code varchar(12) REFERENCES regions (code),
  path        text NOT NULL UNIQUE,
  is_demo     boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orgs (
  id          uuid PRIMARY KEY,
  region_code varchar(12) NOT NULL REFERENCES regions (code),
  parent_id   uuid REFERENCES orgs (id),
  name        text NOT NULL,
  short_name  text,
  kind        text NOT NULL CHECK (kind IN ('government', 'department', 'township', 'justice_bureau', 'internal_office')),
  uscc        varchar(18),
  path        text NOT NULL UNIQUE,
  sort_order  integer NOT NULL DEFAULT 0,
  is_demo     boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_code, id),
  UNIQUE (region_code, parent_id, name)
);
CREATE INDEX orgs_path_idx ON orgs (path text_pattern_ops);
CREATE INDEX orgs_region_idx ON orgs (region_code);

CREATE TABLE users (
  id                   uuid PRIMARY KEY,
  username             text NOT NULL,
  display_name         text NOT NULL,
  password_hash        text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT true,
  failed_attempts      integer NOT NULL DEFAULT 0,
  locked_until         timestamptz,
  disabled_at          timestamptz,
  id_number_enc        text,
  mobile_enc           text,
  home_org_id          uuid REFERENCES orgs (id),
  home_region_code     varchar(12),
  is_demo              boolean NOT NULL DEFAULT false,
  password_changed_at  timestamptz,
  last_login_at        timestamptz,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_username_idx ON users (lower(username));

CREATE TABLE role_assignments (
  id          uuid PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role        text NOT NULL,
  scope       text NOT NULL CHECK (scope IN ('own_org', 'org_subtree', 'region_subtree', 'platform')),
  org_id      uuid REFERENCES orgs (id),
  region_code varchar(12),
  created_at  timestamptz NOT NULL DEFAULT now(),
  CHECK ((scope = 'platform') = (org_id IS NULL))
);
CREATE UNIQUE INDEX role_assignments_unique_idx ON role_assignments (user_id, coalesce(org_id, '00000000-0000-0000-0000-000000000000'::uuid), role);

-- Server-side sessions: the cookie holds a random token, the table holds only its SHA-256.
CREATE TABLE sessions (
  id            char(64) PRIMARY KEY,
  user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token    text NOT NULL,
  active_org_id uuid,
  ip            text,
  user_agent    text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE login_log (
  id         bigserial PRIMARY KEY,
  username   text NOT NULL,
  user_id    uuid,
  success    boolean NOT NULL,
  reason     text NOT NULL,
  ip         text,
  user_agent text,
  at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_log_at_idx ON login_log (at);

-- The audit trail: one hash chain per region (SM3). '000000' holds platform-level events.
CREATE TABLE audit_events (
  region_code    varchar(12) NOT NULL,
  seq            bigint NOT NULL,
  id             uuid NOT NULL,
  occurred_at    timestamptz NOT NULL,
  actor_user_id  uuid,
  actor_username text,
  actor_org_id   uuid,
  action         text NOT NULL,
  subject_type   text NOT NULL,
  subject_id     text,
  summary        text NOT NULL,
  changes        jsonb NOT NULL DEFAULT '{}'::jsonb,
  ip             text,
  prev_hash      char(64) NOT NULL,
  hash           char(64) NOT NULL,
  PRIMARY KEY (region_code, seq),
  UNIQUE (region_code, id)
);
CREATE INDEX audit_events_time_idx ON audit_events (region_code, occurred_at);
CREATE INDEX audit_events_subject_idx ON audit_events (region_code, subject_type, subject_id);
CREATE INDEX audit_events_actor_idx ON audit_events (region_code, actor_user_id);

CREATE TABLE audit_heads (
  region_code varchar(12) PRIMARY KEY,
  seq         bigint NOT NULL,
  hash        char(64) NOT NULL
);

-- Transactional outbox: written in the same transaction as the change; relayed to the job queue after commit.
CREATE TABLE outbox_events (
  region_code   varchar(12) NOT NULL,
  id            bigserial NOT NULL,
  type          text NOT NULL,
  payload       jsonb NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  dispatched_at timestamptz,
  attempts      integer NOT NULL DEFAULT 0,
  last_error    text,
  PRIMARY KEY (region_code, id)
);
CREATE INDEX outbox_pending_idx ON outbox_events (id) WHERE dispatched_at IS NULL;

CREATE TABLE notifications (
  region_code  varchar(12) NOT NULL,
  id           uuid NOT NULL,
  user_id      uuid NOT NULL,
  kind         text NOT NULL,
  title        text NOT NULL,
  body         text NOT NULL DEFAULT '',
  subject_type text,
  subject_id   text,
  dedupe_key   text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  read_at      timestamptz,
  PRIMARY KEY (region_code, id),
  UNIQUE (region_code, user_id, dedupe_key)
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC);

-- Per-jurisdiction settings (statute parameters a locality may set, e.g. the normative-document filing period).
CREATE TABLE region_settings (
  region_code varchar(12) NOT NULL REFERENCES regions (code),
  key         text NOT NULL,
  value       jsonb NOT NULL,
  source      text,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, key)
);
