-- 行政应诉 (《中华人民共和国行政诉讼法》; 法释〔2020〕3号): the suits the region's agencies defend, each hearing with who
-- appeared for the agency, and the 司法建议 / 检察建议 the agencies receive and answer. A suit's parties and service
-- records are the shared case record's (case_parties, case_service_records with case_type 'litigation_suit'); its
-- deadlines (defence, appeal, the head's identity certificate) and a recommendation's reply are the deadline service's.
CREATE TABLE litigation_suits (
  region_code          varchar(12) NOT NULL REFERENCES regions (code),
  id                   uuid NOT NULL,
  -- the agency defending (被告), an organisation of the org tree
  body_org_id          uuid NOT NULL REFERENCES orgs (id),
  handler_name         text NOT NULL,
  court_name           text NOT NULL,
  -- 案号 in its full-width form, e.g. （2026）内0105行初12号
  suit_number          text NOT NULL,
  instance             text NOT NULL CHECK (instance IN ('first', 'second', 'retrial')),
  suit_cause           text NOT NULL,
  contested_act        text NOT NULL,
  -- the contested act when it is a platform record (a reconsideration case today)
  contested_type       text CHECK (contested_type IN ('reconsideration_case')),
  contested_id         uuid,
  previous_suit_id     uuid,
  filed_on             date NOT NULL,
  major                boolean NOT NULL DEFAULT false,
  group_suit           boolean NOT NULL DEFAULT false,
  compensation         boolean NOT NULL DEFAULT false,
  -- the grounds on which the court called the head (法释〔2020〕3号 第四条)
  court_called         text[] NOT NULL DEFAULT '{}',
  status               text NOT NULL CHECK (status IN
                         ('registered', 'answering', 'answered', 'decided', 'appealed', 'effective', 'performed')),
  complaint_served_on  date,
  defence_submitted_on date,
  defence_late         boolean NOT NULL DEFAULT false,
  evidence_note        text,
  outcome              text,
  outcome_on           date,
  outcome_served_on    date,
  outcome_note         text,
  appealed             boolean,
  appealed_by          text,
  concluded_on         date,
  performed_on         date,
  performance_note     text,
  recorded_by          uuid REFERENCES users (id),
  is_demo              boolean NOT NULL DEFAULT false,
  created_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (region_code, suit_number),
  CHECK ((contested_type IS NULL) = (contested_id IS NULL)),
  CHECK (defence_submitted_on IS NULL OR defence_submitted_on >= complaint_served_on),
  CHECK ((outcome IS NULL) = (outcome_on IS NULL))
);
CREATE INDEX litigation_suits_body ON litigation_suits (body_org_id, filed_on);
CREATE INDEX litigation_suits_filed ON litigation_suits (region_code, filed_on);
CREATE INDEX litigation_suits_outcome ON litigation_suits (region_code, outcome_on) WHERE outcome_on IS NOT NULL;

CREATE TABLE litigation_hearings (
  region_code       varchar(12) NOT NULL,
  id                uuid NOT NULL,
  suit_id           uuid NOT NULL,
  hearing_on        date NOT NULL,
  court_room        text NOT NULL,
  -- the court's 出庭通知书 (法释〔2020〕3号 第五条: 开庭三日前送达)
  notice_served_on  date,
  notice_late       boolean NOT NULL DEFAULT false,
  appearance        text CHECK (appearance IN ('head', 'stand_in', 'none')),
  head_name         text,
  head_post         text CHECK (head_post IN ('principal', 'deputy', 'deputy_level_in_charge', 'other_in_charge')),
  certificate_on    date,
  absence_reason    text CHECK (absence_reason IN ('force_majeure', 'accident', 'irreplaceable_duty', 'other_good_cause')),
  absence_proof     text,
  stand_in_name     text,
  stand_in_post     text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, suit_id) REFERENCES litigation_suits (region_code, id),
  CHECK (appearance IS DISTINCT FROM 'head' OR (head_name IS NOT NULL AND head_post IS NOT NULL AND certificate_on IS NOT NULL)),
  CHECK (appearance IS NULL OR appearance = 'head' OR (absence_reason IS NOT NULL AND absence_proof IS NOT NULL))
);
CREATE INDEX litigation_hearings_suit ON litigation_hearings (region_code, suit_id, hearing_on);
CREATE INDEX litigation_hearings_day ON litigation_hearings (region_code, hearing_on);

CREATE TABLE litigation_recommendations (
  region_code            varchar(12) NOT NULL REFERENCES regions (code),
  id                     uuid NOT NULL,
  body_org_id            uuid NOT NULL REFERENCES orgs (id),
  suit_id                uuid,
  source                 text NOT NULL CHECK (source IN ('court', 'procuratorate')),
  issuer                 text NOT NULL,
  recommendation_number  text NOT NULL,
  received_on            date NOT NULL,
  content                text NOT NULL,
  replied_on             date,
  reply_text             text,
  reply_late             boolean NOT NULL DEFAULT false,
  recorded_by            uuid REFERENCES users (id),
  is_demo                boolean NOT NULL DEFAULT false,
  created_at             timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, suit_id) REFERENCES litigation_suits (region_code, id),
  CHECK ((replied_on IS NULL) = (reply_text IS NULL)),
  CHECK (replied_on IS NULL OR replied_on >= received_on)
);
CREATE INDEX litigation_recommendations_body ON litigation_recommendations (body_org_id, received_on);
CREATE INDEX litigation_recommendations_received ON litigation_recommendations (region_code, received_on);
