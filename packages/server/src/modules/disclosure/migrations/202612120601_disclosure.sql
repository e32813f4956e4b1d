-- 政府信息公开 requests (《中华人民共和国政府信息公开条例》第二十七条至第四十二条). The applicant, the clock's pauses
-- and the service records are the platform's shared case record (case_parties, case_pauses, case_service_records
-- under case_type 'disclosure_request'); the deadlines are the platform's (deadlines). This table keeps what is the
-- request's own, with what the annual report's table 三 counts: the applicant kind (its column) and the outcome (its
-- row, core disclosure/replies.ts).
CREATE TABLE disclosure_requests (
  region_code             varchar(12) NOT NULL REFERENCES regions (code),
  id                      uuid NOT NULL,
  -- the applicant's 查询编号 (core identifiers/tracking-number.ts, GK…)
  tracking_number         text NOT NULL,
  -- the body asked (an organisation of the org tree), which handles its own requests
  body_org_id             uuid NOT NULL REFERENCES orgs (id),
  channel                 text NOT NULL CHECK (channel IN ('online', 'in_person', 'oral', 'registered_mail',
                            'ordinary_mail', 'fax')),
  status                  text NOT NULL CHECK (status IN ('submitted', 'received', 'correction_requested',
                            'consulting', 'replied', 'withdrawn')),
  applicant_kind          text NOT NULL CHECK (applicant_kind IN ('natural_person', 'business', 'research_institution',
                            'public_interest_organisation', 'legal_service_organisation', 'other_organisation')),
  information_description text NOT NULL,
  delivery_form           text NOT NULL,
  submitted_on            date NOT NULL,
  -- 第三十一条: the day of receipt by channel, and the rule that fixed it; null until an online request is confirmed
  received_on             date,
  receipt_basis           text,
  -- 第三十条: the items told once, the applicant's answer
  correction_items        jsonb,
  correction_requested_on date,
  correction_answered_on  date,
  correction_text         text,
  -- 第三十三条第二款: the extension and who approved it
  extension_approver      text,
  extension_approved_on   date,
  extension_reason        text,
  -- 第三十六条: the answer (core replyOutcomes), its day and text; late when past the reply period
  outcome                 text,
  replied_on              date,
  reply_text              text,
  holder_name             text,
  replied_late            boolean,
  is_demo                 boolean NOT NULL DEFAULT false,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (region_code, tracking_number)
);
CREATE INDEX disclosure_requests_body_idx ON disclosure_requests (body_org_id, submitted_on DESC);
-- the annual report counts a body's requests by the year of receipt and of reply
CREATE INDEX disclosure_requests_received_idx ON disclosure_requests (region_code, received_on);

-- 第三十二条、第三十四条: the third parties and co-makers consulted; the time until their opinion is not counted
CREATE TABLE disclosure_consultations (
  region_code varchar(12) NOT NULL,
  id          uuid NOT NULL,
  request_id  uuid NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('third_party', 'co_maker')),
  consultee   text NOT NULL,
  started_on  date NOT NULL,
  ended_on    date,
  opinion     text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, request_id) REFERENCES disclosure_requests (region_code, id)
);
CREATE INDEX disclosure_consultations_request_idx ON disclosure_consultations (region_code, request_id);

-- The request's acts in order: the timeline the body reads and, by their labels and days only, the applicant's
-- tracking page.
CREATE TABLE disclosure_request_acts (
  region_code varchar(12) NOT NULL,
  id          uuid NOT NULL,
  request_id  uuid NOT NULL,
  act         text NOT NULL,
  acted_on    date NOT NULL,
  status      text NOT NULL,
  summary     text NOT NULL,
  actor_id    uuid REFERENCES users (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, request_id) REFERENCES disclosure_requests (region_code, id)
);
CREATE INDEX disclosure_request_acts_request_idx ON disclosure_request_acts (region_code, request_id, created_at);
