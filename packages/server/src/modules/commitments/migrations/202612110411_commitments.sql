-- 告知承诺制 (国办发〔2020〕42号): the items a body handles by commitment, named by their code (事项编码) in the region's
-- 证明事项清单 / 涉企经营许可事项清单 / 行政许可事项清单 with the name and basis as the body published them (the lists
-- themselves belong to the powers-list module), and each matter handled that way with its later check.
CREATE TABLE commitment_items (
  region_code         varchar(12) NOT NULL REFERENCES regions (code),
  id                  uuid NOT NULL,
  body_org_id         uuid NOT NULL REFERENCES orgs (id),
  list                text NOT NULL CHECK (list IN ('certificate', 'business_permit', 'permit')),
  item_code           text NOT NULL CHECK (length(item_code) BETWEEN 1 AND 64),
  item_name           text NOT NULL,
  basis               text NOT NULL,
  -- what the applicant commits to (the 告知承诺书's promise)
  commitment_content  text NOT NULL,
  allowed_from        date NOT NULL,
  created_by          uuid REFERENCES users (id),
  is_demo             boolean NOT NULL DEFAULT false,
  created_at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (body_org_id, list, item_code)
);

CREATE TABLE commitment_matters (
  region_code       varchar(12) NOT NULL,
  id                uuid NOT NULL,
  body_org_id       uuid NOT NULL REFERENCES orgs (id),
  item_id           uuid NOT NULL,
  applicant_kind    text NOT NULL CHECK (applicant_kind IN ('person', 'organisation')),
  applicant_name    text NOT NULL,
  -- an organisation's 统一社会信用代码 (public by law); a person's 身份证号 and any 手机号 only encrypted
  applicant_uscc    varchar(18),
  applicant_id_enc  text,
  applicant_mobile_enc text,
  handled_on        date NOT NULL,
  commitment        text NOT NULL,
  checked_on        date,
  check_result      text CHECK (check_result IN ('kept', 'false')),
  check_note        text,
  consequences      text[] NOT NULL DEFAULT '{}',
  consequence_note  text,
  recorded_by       uuid REFERENCES users (id),
  checked_by        uuid REFERENCES users (id),
  is_demo           boolean NOT NULL DEFAULT false,
  created_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, item_id) REFERENCES commitment_items (region_code, id),
  CHECK ((applicant_kind = 'organisation') = (applicant_uscc IS NOT NULL)),
  CHECK ((applicant_kind = 'person') = (applicant_id_enc IS NOT NULL)),
  CHECK ((checked_on IS NULL) = (check_result IS NULL)),
  CHECK (checked_on IS NULL OR checked_on >= handled_on),
  CHECK (check_result = 'false' OR cardinality(consequences) = 0)
);
-- the statistics count by the day that counts within a region
CREATE INDEX commitment_matters_handled ON commitment_matters (region_code, handled_on);
CREATE INDEX commitment_matters_checked ON commitment_matters (region_code, checked_on) WHERE checked_on IS NOT NULL;
CREATE INDEX commitment_matters_item ON commitment_matters (region_code, item_id);
