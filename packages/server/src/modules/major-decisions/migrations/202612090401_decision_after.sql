-- After a 重大行政决策 is published (《重大行政决策程序暂行条例》第三十三条至第四十一条): the implementing units the
-- body names (第三十四条), their progress reports and the problems they raise (第三十五条; the next report's due day
-- is a deadline kept by platform/deadlines), post-decision evaluations (第三十六条), suspensions, adjustments and
-- stops decided through the procedure (第三十七条), accountability records (第三十八条至第四十一条) and the archived
-- case file (第三十三条), kept as generated so that its digests stay true.
CREATE TABLE decision_implementations (
  region_code        varchar(12) NOT NULL,
  id                 uuid NOT NULL,
  decision_id        uuid NOT NULL,
  org_id             uuid NOT NULL REFERENCES orgs (id),
  -- 第三十四条: several units may execute; one leads
  is_lead            boolean NOT NULL,
  assigned_on        date NOT NULL,
  -- the meeting, instruction or document that named the unit
  assignment_record  text NOT NULL,
  created_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (region_code, decision_id, org_id),
  FOREIGN KEY (region_code, decision_id) REFERENCES decision_records (region_code, id)
);

CREATE TABLE decision_progress_reports (
  region_code     varchar(12) NOT NULL,
  id              uuid NOT NULL,
  decision_id     uuid NOT NULL,
  org_id          uuid NOT NULL REFERENCES orgs (id),
  reported_on     date NOT NULL,
  progress        text NOT NULL,
  -- 第三十五条: a problem found, circumstances changed, force majeure — reported at once
  problem         text CHECK (problem IN ('problem_found', 'circumstances_changed', 'force_majeure')),
  problem_detail  text,
  reported_by     uuid REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  CHECK ((problem IS NULL) = (problem_detail IS NULL)),
  FOREIGN KEY (region_code, decision_id) REFERENCES decision_records (region_code, id)
);
CREATE INDEX decision_progress_reports_decision ON decision_progress_reports (region_code, decision_id, reported_on);

CREATE TABLE decision_evaluations (
  region_code     varchar(12) NOT NULL,
  id              uuid NOT NULL,
  decision_id     uuid NOT NULL,
  trigger         text NOT NULL CHECK (trigger IN ('effect_not_reached', 'many_objections', 'body_decided')),
  trigger_detail  text NOT NULL,
  evaluator_name  text NOT NULL,
  -- 第三十六条第三款: the public, deputies, CPPCC members and others who took part
  participants    text NOT NULL,
  report          text NOT NULL,
  conclusion      text NOT NULL CHECK (conclusion IN ('continue', 'adjust', 'stop')),
  evaluated_on    date NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, decision_id) REFERENCES decision_records (region_code, id)
);

CREATE TABLE decision_changes (
  region_code      varchar(12) NOT NULL,
  id               uuid NOT NULL,
  decision_id      uuid NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('suspend', 'adjust_minor', 'adjust_major', 'stop')),
  decided_on       date NOT NULL,
  reason           text NOT NULL,
  -- the meeting (常务会议/全体会议) or the head's instruction
  record           text NOT NULL,
  meeting_kind     text CHECK (meeting_kind IN ('executive', 'plenary')),
  -- 第三十五条's situation that made a suspension urgent
  situation        text CHECK (situation IN ('problem_found', 'circumstances_changed', 'force_majeure')),
  content          text,
  -- a major adjustment runs the procedure again as a new decision record
  new_decision_id  uuid,
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  CHECK (kind <> 'stop' OR meeting_kind IS NOT NULL),
  CHECK (kind <> 'suspend' OR situation IS NOT NULL),
  FOREIGN KEY (region_code, decision_id) REFERENCES decision_records (region_code, id)
);

CREATE TABLE decision_accountability (
  region_code    varchar(12) NOT NULL,
  id             uuid NOT NULL,
  decision_id    uuid NOT NULL,
  person         text NOT NULL,
  article        text NOT NULL CHECK (article IN ('art38', 'art38_lifelong', 'art39', 'art40', 'art41')),
  finding        text NOT NULL,
  handling_body  text NOT NULL,
  handling       text NOT NULL,
  decided_on     date NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, decision_id) REFERENCES decision_records (region_code, id)
);

-- 第三十三条: the case file as generated at archiving (PDF and manifest), with their SM3 digests; never regenerated
CREATE TABLE decision_archives (
  region_code    varchar(12) NOT NULL,
  decision_id    uuid NOT NULL,
  archived_on    date NOT NULL,
  archived_by    uuid REFERENCES users (id),
  case_file      bytea NOT NULL,
  case_file_sm3  char(64) NOT NULL,
  manifest       text NOT NULL,
  manifest_sm3   char(64) NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, decision_id),
  FOREIGN KEY (region_code, decision_id) REFERENCES decision_records (region_code, id)
);
