-- 第七十六条: 行政复议意见书 — issued to the respondent or another lower body found acting unlawfully or improperly
-- while a case is handled; the addressee reports its correction within sixty days of receiving it (the deadline
-- service, rule reconsideration.opinion-letter-report, kind opinion-report:<id> under the case).
CREATE TABLE reconsideration_opinions (
  region_code      varchar(12) NOT NULL,
  id               uuid NOT NULL,
  case_id          uuid NOT NULL,
  addressee_name   text NOT NULL,
  addressee_org_id uuid REFERENCES orgs (id),
  content          text NOT NULL,
  issued_on        date NOT NULL,
  received_on      date NOT NULL,
  reported_on      date,
  report_text      text,
  issued_by        uuid REFERENCES users (id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, case_id) REFERENCES reconsideration_cases (region_code, id)
);
CREATE INDEX reconsideration_opinions_case_idx ON reconsideration_opinions (region_code, case_id, issued_on);
