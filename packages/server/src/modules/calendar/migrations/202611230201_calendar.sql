-- The working-day calendar as data (module calendar). National years are reference data of the whole deployment,
-- like the region tree: one row per year, the notice it comes from and its holidays, replicated to every shard.
-- Local holidays, change records and their moves are regional and carry region_code in every key.

CREATE TABLE calendar_years (
  year        integer PRIMARY KEY CHECK (year BETWEEN 1949 AND 2200),
  -- { title, docNumber?, issuedOn?, note? }: the 国务院办公厅 notice
  source      jsonb NOT NULL,
  -- [{ name, from, to, makeUpWorkdays: [], note? }]
  holidays    jsonb NOT NULL,
  -- 'shipped': loaded from the platform's own data at start; 'notice': loaded or corrected by an administrator
  origin      text NOT NULL CHECK (origin IN ('shipped', 'notice')),
  updated_at  timestamptz,
  updated_by  uuid REFERENCES users (id)
);

-- Days off set by a region (《全国年节及纪念日放假办法》第四条); they apply to the region and all its sub-regions.
CREATE TABLE calendar_local_holidays (
  region_code       varchar(12) NOT NULL REFERENCES regions (code),
  id                uuid NOT NULL,
  name              text NOT NULL,
  from_on           date NOT NULL,
  to_on             date NOT NULL,
  make_up_workdays  jsonb NOT NULL DEFAULT '[]',
  source            text NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  created_by        uuid REFERENCES users (id),
  PRIMARY KEY (region_code, id),
  CHECK (to_on >= from_on)
);

-- One row per change of the calendar; '000000' is the region of national changes.
CREATE TABLE calendar_changes (
  region_code       varchar(12) NOT NULL,
  id                uuid NOT NULL,
  at                timestamptz NOT NULL DEFAULT now(),
  actor_user_id     uuid,
  actor_name        text,
  kind              text NOT NULL CHECK (kind IN ('year_loaded', 'year_corrected', 'local_holiday_added', 'local_holiday_removed')),
  year              integer,
  local_holiday_id  uuid,
  summary           text NOT NULL,
  moved_count       integer NOT NULL DEFAULT 0,
  PRIMARY KEY (region_code, id)
);
CREATE INDEX calendar_changes_at_idx ON calendar_changes (at DESC);

-- The deadlines a change moved: previous and new due date, and why. region_code is the deadline's region.
CREATE TABLE calendar_change_moves (
  region_code         varchar(12) NOT NULL,
  change_id           uuid NOT NULL,
  deadline_id         uuid NOT NULL,
  subject_type        text NOT NULL,
  subject_id          text NOT NULL,
  subject_title       text NOT NULL,
  link                text,
  label               text NOT NULL,
  rule_id             text NOT NULL,
  basis               text NOT NULL,
  responsible_org_id  uuid NOT NULL,
  previous_due        text NOT NULL,
  new_due             text NOT NULL,
  why                 text NOT NULL,
  PRIMARY KEY (region_code, change_id, deadline_id)
);
CREATE INDEX calendar_change_moves_change_idx ON calendar_change_moves (change_id);

-- A token that changes with every calendar change (in the same transaction), so that every server process knows
-- when its cached calendars are stale. A fresh random token (not a counter) is never reused after a rollback. The
-- row is written by the first change (the start-up load of the shipped years), so that a freshly migrated database
-- stays empty for `fazhi restore`.
CREATE TABLE calendar_version (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  token      uuid NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
