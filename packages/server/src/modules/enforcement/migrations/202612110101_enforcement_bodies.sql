-- 执法主体: what makes an organisation unit of the org tree an enforcement body, keyed by the organisation's id
-- (other modules name a body by that id and read its name from the org tree). 行政处罚法第十七条、第十九条、第二十条.
CREATE TABLE enforcement_bodies (
  org_id              uuid PRIMARY KEY REFERENCES orgs (id),
  region_code         varchar(12) NOT NULL REFERENCES regions (code),
  legal_status        text NOT NULL CHECK (legal_status IN ('statutory', 'authorised', 'entrusted')),
  entrusting_org_id   uuid REFERENCES orgs (id),
  entrustment_scope   text,
  entrustment_from    date,
  entrustment_to      date,
  fields              jsonb NOT NULL DEFAULT '[]',
  address             text NOT NULL DEFAULT '',
  phones              text NOT NULL DEFAULT '',
  status              text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
  is_demo             boolean NOT NULL DEFAULT false,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  -- 第二十条: an entrustment names its entrusting body, its matters and its term; other statuses none
  CHECK ((legal_status = 'entrusted') = (entrusting_org_id IS NOT NULL)),
  CHECK (legal_status <> 'entrusted' OR (entrustment_scope IS NOT NULL AND entrustment_from IS NOT NULL
         AND entrustment_to IS NOT NULL AND entrustment_to >= entrustment_from))
);
CREATE INDEX enforcement_bodies_region ON enforcement_bodies (region_code);

-- 执法主体公告: each publication of a region's confirmed list is a version, its bodies as they stood then, so the
-- portal keeps the history (seed 000 (十一): the list re-confirmed after an institutional reform).
CREATE TABLE enforcement_body_announcements (
  id            uuid PRIMARY KEY,
  region_code   varchar(12) NOT NULL REFERENCES regions (code),
  version_no    integer NOT NULL CHECK (version_no >= 1),
  published_on  date NOT NULL,
  published_by  uuid REFERENCES users (id),
  bodies        jsonb NOT NULL,
  is_demo       boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_code, version_no)
);

-- 执法人员、监督人员、执法辅助人员 with their certificate. "expired" is never stored: it is derived from the issue day
-- and the region's validity setting (statutes §10). The ID number is kept encrypted (platform field encryption);
-- a certificate number is unique across the platform, so one holder is one row.
CREATE TABLE enforcement_officers (
  id                     uuid PRIMARY KEY,
  region_code            varchar(12) NOT NULL REFERENCES regions (code),
  org_id                 uuid NOT NULL REFERENCES orgs (id),
  name                   text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  id_number_enc          text NOT NULL,
  kind                   text NOT NULL CHECK (kind IN ('enforcement', 'supervision', 'auxiliary')),
  certificate_number     text,
  category               text NOT NULL DEFAULT '',
  area                   text NOT NULL DEFAULT '',
  issued_on              date,
  certificate_status     text CHECK (certificate_status IN ('valid', 'suspended', 'revoked')),
  registered_year        integer,
  exam_result            text CHECK (exam_result IN ('passed', 'exempt')),
  legal_profession_qualified boolean NOT NULL DEFAULT false,
  is_legal_reviewer      boolean NOT NULL DEFAULT false,
  is_demo                boolean NOT NULL DEFAULT false,
  created_at             timestamptz NOT NULL DEFAULT now(),
  -- an auxiliary holds no certificate (and so can never be a case handler); the others hold exactly one
  CHECK ((kind = 'auxiliary') = (certificate_number IS NULL)),
  CHECK ((certificate_number IS NULL) = (issued_on IS NULL) AND (certificate_number IS NULL) = (certificate_status IS NULL)),
  -- a legal reviewer reviews enforcement decisions: not an auxiliary
  CHECK (NOT (is_legal_reviewer AND kind = 'auxiliary'))
);
CREATE UNIQUE INDEX enforcement_officers_certificate ON enforcement_officers (certificate_number);
CREATE INDEX enforcement_officers_org ON enforcement_officers (org_id, kind);

-- 培训: a course attended and its hours (in tenths, so 1.5 学时 adds exactly), per officer per day.
CREATE TABLE enforcement_training_records (
  id            uuid PRIMARY KEY,
  region_code   varchar(12) NOT NULL REFERENCES regions (code),
  officer_id    uuid NOT NULL REFERENCES enforcement_officers (id),
  course        text NOT NULL CHECK (length(course) BETWEEN 1 AND 200),
  hours_tenths  integer NOT NULL CHECK (hours_tenths BETWEEN 1 AND 2000),
  trained_on    date NOT NULL,
  is_demo       boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX enforcement_training_officer ON enforcement_training_records (officer_id, trained_on);
