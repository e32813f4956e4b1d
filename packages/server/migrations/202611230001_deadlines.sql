-- Statutory deadlines stored on the records they govern (one row per record and kind of deadline). The due date and
-- its explanation come only from the calendar engine in core; sweeps set the warning level.
CREATE TABLE deadlines (
  region_code         varchar(12) NOT NULL,
  id                  uuid NOT NULL,
  subject_type        text NOT NULL,
  subject_id          text NOT NULL,
  -- what the deadline is for on that record, e.g. 'filing' or 'legality-review'
  kind                text NOT NULL,
  label               text NOT NULL,
  -- the record as a clerk names it (《示范区……办法》) and the console path that opens it, for to-do lists
  subject_title       text NOT NULL,
  link                text,
  rule_id             text NOT NULL,
  basis               text NOT NULL,
  start_on            text NOT NULL,
  restart_from        text,
  pauses              jsonb NOT NULL DEFAULT '[]',
  extended            boolean NOT NULL DEFAULT false,
  due_on              text NOT NULL,
  provisional         boolean NOT NULL DEFAULT false,
  explanation         jsonb NOT NULL DEFAULT '[]',
  responsible_org_id  uuid NOT NULL REFERENCES orgs (id),
  responsible_user_id uuid REFERENCES users (id),
  status              text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'met', 'missed', 'cancelled')),
  closed_on           text,
  warning_level       text NOT NULL DEFAULT 'none' CHECK (warning_level IN ('none', 'yellow', 'orange', 'red')),
  warned_at           timestamptz,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (region_code, subject_type, subject_id, kind)
);
CREATE INDEX deadlines_open_due_idx ON deadlines (due_on) WHERE status = 'open';
CREATE INDEX deadlines_org_idx ON deadlines (responsible_org_id) WHERE status = 'open';
