-- 法治学习培训与考试 (issue 21 items 1 and 3).

-- 培训学时: one register of courses and hours for every official — an enforcement officer of the registry or a
-- platform user — kept at the unit the hours count for. It takes over the enforcement module's own register
-- (enforcement_training_records): its rows are moved here with their ids, dates and demo labels.
CREATE TABLE training_records (
  id            uuid PRIMARY KEY,
  region_code   varchar(12) NOT NULL REFERENCES regions (code),
  org_id        uuid NOT NULL REFERENCES orgs (id),
  officer_id    uuid REFERENCES enforcement_officers (id),
  user_id       uuid REFERENCES users (id),
  person_name   text NOT NULL CHECK (length(person_name) BETWEEN 1 AND 50),
  course        text NOT NULL CHECK (length(course) BETWEEN 1 AND 200),
  -- in tenths, so 1.5 学时 adds exactly
  hours_tenths  integer NOT NULL CHECK (hours_tenths BETWEEN 1 AND 2000),
  trained_on    date NOT NULL,
  is_demo       boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  -- a record is one person's: an officer of the registry or a user of the platform
  CHECK ((officer_id IS NULL) <> (user_id IS NULL))
);

INSERT INTO training_records
  (id, region_code, org_id, officer_id, user_id, person_name, course, hours_tenths, trained_on, is_demo, created_at)
SELECT t.id, t.region_code, f.org_id, t.officer_id, NULL, f.name, t.course, t.hours_tenths, t.trained_on, t.is_demo,
       t.created_at
FROM enforcement_training_records t
JOIN enforcement_officers f ON f.id = t.officer_id;

DROP TABLE enforcement_training_records;

CREATE INDEX training_records_officer ON training_records (officer_id, trained_on) WHERE officer_id IS NOT NULL;
CREATE INDEX training_records_user ON training_records (user_id, trained_on) WHERE user_id IS NOT NULL;
CREATE INDEX training_records_org ON training_records (org_id, trained_on);

-- 题库: a region's questions, kept by a unit (the justice bureau for the region's, a department for its field);
-- tags name the law and the post a question belongs to.
CREATE TABLE training_questions (
  id            uuid PRIMARY KEY,
  region_code   varchar(12) NOT NULL REFERENCES regions (code),
  org_id        uuid NOT NULL REFERENCES orgs (id),
  kind          text NOT NULL CHECK (kind IN ('single', 'multiple', 'true_false')),
  stem          text NOT NULL CHECK (length(stem) BETWEEN 1 AND 2000),
  options       jsonb NOT NULL DEFAULT '[]',
  answer        jsonb NOT NULL,
  tags          text[] NOT NULL DEFAULT '{}',
  explanation   text NOT NULL DEFAULT '',
  is_demo       boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX training_questions_org ON training_questions (org_id, kind);
CREATE INDEX training_questions_tags ON training_questions USING gin (tags);

-- 考试: an exam with its blueprint (the paper is drawn per sitting from it), its time limit and attempts (the
-- region's settings when the exam was arranged), its pass mark and the days it is open.
CREATE TABLE training_exams (
  id              uuid PRIMARY KEY,
  region_code     varchar(12) NOT NULL REFERENCES regions (code),
  org_id          uuid NOT NULL REFERENCES orgs (id),
  title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  purpose         text NOT NULL CHECK (purpose IN ('study', 'pre_appointment', 'enforcement_qualification')),
  blueprint       jsonb NOT NULL,
  total_points    integer NOT NULL CHECK (total_points > 0),
  pass_mark       integer NOT NULL CHECK (pass_mark > 0 AND pass_mark <= total_points),
  minutes         integer NOT NULL CHECK (minutes BETWEEN 1 AND 600),
  attempts        integer NOT NULL CHECK (attempts BETWEEN 1 AND 20),
  opens_on        date NOT NULL,
  closes_on       date NOT NULL CHECK (closes_on >= opens_on),
  is_demo         boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX training_exams_org ON training_exams (org_id, opens_on);

-- 考生: who sits an exam; for the enforcement qualification exam, the officer of the registry the candidate is,
-- whose exam result the pass feeds.
CREATE TABLE training_exam_candidates (
  exam_id     uuid NOT NULL REFERENCES training_exams (id),
  user_id     uuid NOT NULL REFERENCES users (id),
  officer_id  uuid REFERENCES enforcement_officers (id),
  PRIMARY KEY (exam_id, user_id)
);
CREATE INDEX training_exam_candidates_user ON training_exam_candidates (user_id);

-- 作答: one sitting of a candidate, located at the candidate's unit; the paper drawn at its start with the seed
-- kept, so the draw can be repeated; one running at a time per candidate and exam.
CREATE TABLE training_sittings (
  id            uuid PRIMARY KEY,
  exam_id       uuid NOT NULL REFERENCES training_exams (id),
  user_id       uuid NOT NULL REFERENCES users (id),
  org_id        uuid NOT NULL REFERENCES orgs (id),
  attempt_no    integer NOT NULL CHECK (attempt_no >= 1),
  seed          bigint NOT NULL,
  started_at    timestamptz NOT NULL,
  ends_at       timestamptz NOT NULL,
  status        text NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'submitted')),
  submitted_at  timestamptz,
  score         integer,
  passed        boolean,
  is_demo       boolean NOT NULL DEFAULT false,
  UNIQUE (exam_id, user_id, attempt_no),
  CHECK ((status = 'submitted') = (submitted_at IS NOT NULL AND score IS NOT NULL AND passed IS NOT NULL))
);
CREATE UNIQUE INDEX training_sittings_running ON training_sittings (exam_id, user_id) WHERE status = 'in_progress';

-- the paper as it was drawn: each question copied at the start (a later edit of the bank does not change a paper)
-- and the answer given, saved as it is given.
CREATE TABLE training_sitting_questions (
  sitting_id   uuid NOT NULL REFERENCES training_sittings (id),
  position     integer NOT NULL CHECK (position >= 1),
  question_id  uuid NOT NULL REFERENCES training_questions (id),
  kind         text NOT NULL,
  stem         text NOT NULL,
  options      jsonb NOT NULL,
  correct      jsonb NOT NULL,
  points       integer NOT NULL CHECK (points > 0),
  given        jsonb,
  answered_at  timestamptz,
  PRIMARY KEY (sitting_id, position)
);
