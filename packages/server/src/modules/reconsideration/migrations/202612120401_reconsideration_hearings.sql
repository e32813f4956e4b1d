-- 听证 (第五十条、第五十一条): a hearing of an ordinary case — why it is held, when and where, the issues, the panel
-- (one presiding officer and two or more hearing officers, 行政复议人员 of the office, and a recorder), the written
-- notice to the parties at least five working days before (its latest day counted by the deadline service, rule
-- reconsideration.hearing-notice, whose stored deadline keeps the explanation; the day is kept here for the paper),
-- then what happened:
-- held, with the respondent's head or the staff it entrusted and the signed 听证笔录, or waived by the applicant.
CREATE TABLE reconsideration_hearings (
  region_code           varchar(12) NOT NULL,
  id                    uuid NOT NULL,
  case_id               uuid NOT NULL,
  ground                text NOT NULL CHECK (ground IN ('major', 'office-necessary', 'applicant-request')),
  status                text NOT NULL CHECK (status IN ('scheduled', 'held', 'waived')),
  hearing_on            date NOT NULL,
  place                 text NOT NULL,
  issues                text NOT NULL,
  presiding_id          uuid NOT NULL REFERENCES users (id),
  officer_ids           jsonb NOT NULL,
  recorder_name         text NOT NULL,
  notice_on             date NOT NULL,
  notice_due            date NOT NULL,
  held_on               date,
  respondent_attendance text CHECK (respondent_attendance IN ('head', 'entrusted')),
  respondent_attendee   text,
  head_absence_reason   text,
  record_text           text,
  scheduled_by          uuid REFERENCES users (id),
  created_at            timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, case_id) REFERENCES reconsideration_cases (region_code, id)
);
CREATE INDEX reconsideration_hearings_case_idx ON reconsideration_hearings (region_code, case_id, created_at);
-- one hearing at a time: a second only after the first was held or waived
CREATE UNIQUE INDEX reconsideration_hearings_open_idx ON reconsideration_hearings (region_code, case_id)
  WHERE status = 'scheduled';
