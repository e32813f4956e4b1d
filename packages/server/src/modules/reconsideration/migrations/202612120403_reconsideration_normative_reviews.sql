-- 规范性文件附带审查 (第十三条、第五十六条至第六十条): one review of the clauses of a normative document a case's act
-- relies on — asked by the applicant or found by the office —, handled by the body (the issuer notified and its reply)
-- or forwarded (the competent body's reply), and its outcome. Its periods are the deadline service's, on the case
-- (kinds normative-review-*); the case is suspended on 第三十九条第一款第九项 while it runs. A platform normative
-- document is named by its id, and the review request opened for it in that module by the request's id and tracking
-- number (never read from its tables here).
CREATE TABLE reconsideration_normative_reviews (
  region_code            varchar(12) NOT NULL,
  id                     uuid NOT NULL,
  case_id                uuid NOT NULL,
  source                 text NOT NULL CHECK (source IN ('applicant', 'office')),
  document_kind          text NOT NULL CHECK (document_kind IN ('state-council-department', 'local-government',
                           'township', 'authorised-organisation')),
  document_title         text NOT NULL,
  issuer_name            text NOT NULL,
  clauses                text NOT NULL,
  normative_document_id  uuid,
  normative_request_id   uuid,
  normative_request_tracking text,
  route                  text NOT NULL CHECK (route IN ('self', 'forward')),
  opened_on              date NOT NULL,
  issuer_notified_on     date,
  issuer_replied_on      date,
  issuer_reply           text,
  forwarded_on           date,
  forwardee_name         text,
  forwardee_replied_on   date,
  forwardee_reply        text,
  outcome                text CHECK (outcome IN ('lawful', 'unlawful', 'forwardee-opinion')),
  conclusion             text,
  concluded_on           date,
  opened_by              uuid REFERENCES users (id),
  created_at             timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, case_id) REFERENCES reconsideration_cases (region_code, id)
);
CREATE INDEX reconsideration_normative_reviews_case_idx ON reconsideration_normative_reviews (region_code, case_id, created_at);
-- one review open at a time on a case: its periods are the case's deadlines of one kind each
CREATE UNIQUE INDEX reconsideration_normative_reviews_open_idx ON reconsideration_normative_reviews (region_code, case_id)
  WHERE concluded_on IS NULL;
