-- 学法与法治讲座 (issue 21 item 2): a study session of a government or department — 常务会议会前学法, 理论中心组学法
-- or a 法治专题讲座 — with its day, the meeting it preceded, the laws studied, who explained them and how many attended.
CREATE TABLE training_study_sessions (
  id             uuid PRIMARY KEY,
  region_code    varchar(12) NOT NULL REFERENCES regions (code),
  org_id         uuid NOT NULL REFERENCES orgs (id),
  kind           text NOT NULL CHECK (kind IN ('executive_meeting', 'central_group', 'lecture')),
  held_on        date NOT NULL,
  meeting_name   text CHECK (length(meeting_name) BETWEEN 1 AND 200),
  topic          text NOT NULL CHECK (length(topic) BETWEEN 1 AND 200),
  laws           text[] NOT NULL DEFAULT '{}',
  explained_by   text NOT NULL CHECK (length(explained_by) BETWEEN 1 AND 100),
  attendee_count integer NOT NULL CHECK (attendee_count BETWEEN 1 AND 10000),
  is_demo        boolean NOT NULL DEFAULT false,
  created_at     timestamptz NOT NULL DEFAULT now(),
  -- a study before a meeting names the meeting
  CHECK (kind = 'lecture' OR meeting_name IS NOT NULL)
);
CREATE INDEX training_study_sessions_org ON training_study_sessions (org_id, held_on);
