-- The platform's shared case record (platform/cases): what every kind of case — reconsideration, litigation,
-- enforcement, disclosure requests, mediation, complaints — keeps the same way, on the lending module's case
-- (case_type + case_id, the module's own table holding the case's status and its own facts).

-- 当事人: a person (身份证号 and 手机号 encrypted with the platform's field encryption, kept masked beside for lists)
-- or an organisation (统一社会信用代码, public, kept as it is).
CREATE TABLE case_parties (
  region_code      varchar(12) NOT NULL REFERENCES regions (code),
  id               uuid NOT NULL,
  case_type        text NOT NULL,
  case_id          uuid NOT NULL,
  role             text NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('person', 'organisation')),
  name             text NOT NULL,
  id_number_enc    text,
  id_number_masked text,
  credit_code      text,
  phone_enc        text,
  phone_masked     text,
  address          text,
  seq              integer NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (region_code, case_type, case_id, seq),
  CHECK (kind = 'person' OR id_number_enc IS NULL),
  CHECK (kind = 'organisation' OR credit_code IS NULL)
);

-- A time the case's clock does not count (补正, 中止, a third party's time): the deadlines it held (paused) and how
-- they run again when it ends — around the pause (continue) or anew from its end (restart).
CREATE TABLE case_pauses (
  region_code varchar(12) NOT NULL REFERENCES regions (code),
  id          uuid NOT NULL,
  case_type   text NOT NULL,
  case_id     uuid NOT NULL,
  cause       text NOT NULL,
  reason      text NOT NULL,
  from_on     date NOT NULL,
  to_on       date,
  held_kinds  jsonb NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  CHECK (to_on IS NULL OR to_on >= from_on)
);
CREATE UNIQUE INDEX case_pauses_one_open_idx ON case_pauses (region_code, case_type, case_id) WHERE to_on IS NULL;
CREATE INDEX case_pauses_case_idx ON case_pauses (region_code, case_type, case_id);

-- 送达: a paper of the case served on a party, how and when.
CREATE TABLE case_service_records (
  region_code varchar(12) NOT NULL REFERENCES regions (code),
  id          uuid NOT NULL,
  case_type   text NOT NULL,
  case_id     uuid NOT NULL,
  paper       text NOT NULL,
  party_id    uuid,
  recipient   text NOT NULL,
  method      text NOT NULL CHECK (method IN ('direct', 'left_at_residence', 'electronic', 'entrusted', 'post', 'announcement')),
  served_on   date NOT NULL,
  note        text,
  recorded_by uuid REFERENCES users (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, party_id) REFERENCES case_parties (region_code, id)
);
CREATE INDEX case_service_records_case_idx ON case_service_records (region_code, case_type, case_id);
