-- 行政复议 cases (《中华人民共和国行政复议法》). The parties, the clock's pauses and the service records are the
-- platform's shared case record (case_parties, case_pauses, case_service_records under case_type
-- 'reconsideration_case'); the deadlines are the platform's (deadlines). This table keeps what is the case's own.
CREATE TABLE reconsideration_cases (
  region_code             varchar(12) NOT NULL REFERENCES regions (code),
  id                      uuid NOT NULL,
  -- the applicant's 查询编号 (core identifiers/tracking-number.ts, FY…)
  tracking_number         text NOT NULL,
  -- 行政复议机关 (the government) and its 行政复议机构 (the justice bureau), which handles the case
  body_org_id             uuid NOT NULL REFERENCES orgs (id),
  office_org_id           uuid NOT NULL REFERENCES orgs (id),
  channel                 text NOT NULL CHECK (channel IN ('online', 'post', 'in_person', 'oral')),
  status                  text NOT NULL CHECK (status IN ('received', 'correction_requested', 'accepted', 'suspended',
                            'not_accepted', 'withdrawn', 'terminated', 'decided')),
  respondent_name         text NOT NULL,
  respondent_org_id       uuid REFERENCES orgs (id),
  contested_act           text NOT NULL,
  act_on                  date,
  known_on                date NOT NULL,
  real_property           boolean NOT NULL DEFAULT false,
  not_informed            boolean NOT NULL DEFAULT false,
  informed_on             date,
  requests                text NOT NULL,
  reasons                 text NOT NULL,
  received_on             date NOT NULL,
  -- 第三十一条: the items listed at once, and the applicant's answer
  correction_items        jsonb,
  correction_requested_on date,
  correction_submitted_on date,
  correction_text         text,
  -- 第三十条
  conditions_met          jsonb,
  accepted_on             date,
  deemed_accepted         boolean NOT NULL DEFAULT false,
  refused_on              date,
  refusal_reason          text,
  competent_body          text,
  -- 第三十六条、第五十三条
  procedure               text CHECK (procedure IN ('ordinary', 'simplified')),
  simplified_ground       text,
  amount_yuan             numeric(14, 2),
  major                   boolean NOT NULL DEFAULT false,
  handler_ids             jsonb NOT NULL DEFAULT '[]',
  copy_sent_on            date,
  answered_on             date,
  suspension_ground       text,
  termination_ground      text,
  ended_on                date,
  decision_type           text,
  decided_on              date,
  decision_text           text,
  published_on            date,
  -- SHA-256 of an online applicant's client address, for the per-address hourly limit (the address is not kept)
  ip_hash                 text,
  is_demo                 boolean NOT NULL DEFAULT false,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (region_code, tracking_number)
);
CREATE INDEX reconsideration_cases_office_idx ON reconsideration_cases (office_org_id, received_on DESC);
CREATE INDEX reconsideration_cases_ip_idx ON reconsideration_cases (ip_hash, created_at) WHERE ip_hash IS NOT NULL;
CREATE INDEX reconsideration_cases_published_idx ON reconsideration_cases (region_code, published_on DESC)
  WHERE published_on IS NOT NULL;

-- The case's acts in order: the timeline the office reads and, by their labels and days only, the applicant's
-- tracking page.
CREATE TABLE reconsideration_case_acts (
  region_code varchar(12) NOT NULL,
  id          uuid NOT NULL,
  case_id     uuid NOT NULL,
  act         text NOT NULL,
  acted_on    date NOT NULL,
  status      text NOT NULL,
  summary     text NOT NULL,
  actor_id    uuid REFERENCES users (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, case_id) REFERENCES reconsideration_cases (region_code, id)
);
CREATE INDEX reconsideration_case_acts_case_idx ON reconsideration_case_acts (region_code, case_id, created_at);
