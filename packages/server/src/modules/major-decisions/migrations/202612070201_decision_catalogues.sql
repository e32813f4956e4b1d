-- 决策事项目录 (《重大行政决策程序暂行条例》第三条第三款): a decision body's catalogue of the year's major decision
-- items, one row per version. A version is drafted, consented to by the same-level Party committee, then published;
-- an adjustment opens the next version (with its reason) and, once published, the one before it is superseded.
-- Every version stays: the portal shows each item's history across them.
CREATE TABLE decision_catalogues (
  region_code          varchar(12) NOT NULL REFERENCES regions (code),
  id                   uuid NOT NULL,
  -- the decision body (决策机关): a people's government, or by reference (第四十二条) a department or township
  body_org_id          uuid NOT NULL REFERENCES orgs (id),
  year                 integer NOT NULL CHECK (year BETWEEN 2019 AND 2200),
  version_no           integer NOT NULL CHECK (version_no >= 1),
  status               text NOT NULL CHECK (status IN ('draft', 'consented', 'published', 'superseded')),
  -- why the published catalogue was adjusted (every version after the first)
  adjustment_reason    text,
  party_consent_on     date,
  -- the committee's reply or meeting that consented (e.g. 区委常委会会议纪要〔2027〕3号)
  party_consent_record text,
  published_on         date,
  created_by           uuid REFERENCES users (id),
  consent_recorded_by  uuid REFERENCES users (id),
  published_by         uuid REFERENCES users (id),
  is_demo              boolean NOT NULL DEFAULT false,
  created_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (body_org_id, year, version_no),
  CHECK ((version_no = 1) = (adjustment_reason IS NULL)),
  CHECK (status = 'draft' OR party_consent_on IS NOT NULL),
  CHECK (status NOT IN ('published', 'superseded') OR published_on IS NOT NULL)
);

-- one version in preparation per body and year: an adjustment waits until the one before it is published
CREATE UNIQUE INDEX decision_catalogues_one_open ON decision_catalogues (body_org_id, year)
  WHERE status IN ('draft', 'consented');
-- one version in force per body and year
CREATE UNIQUE INDEX decision_catalogues_one_published ON decision_catalogues (body_org_id, year)
  WHERE status = 'published';

CREATE TABLE decision_catalogue_items (
  region_code              varchar(12) NOT NULL,
  id                       uuid NOT NULL,
  catalogue_id             uuid NOT NULL,
  -- the same item across versions (an adjustment copies the items with their keys)
  item_key                 uuid NOT NULL,
  seq                      integer NOT NULL,
  title                    text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  -- 承办单位 (第十一条)
  sponsor_org_id           uuid NOT NULL REFERENCES orgs (id),
  legal_basis              text NOT NULL,
  policy_basis             text NOT NULL DEFAULT '',
  planned_start            date NOT NULL,
  planned_finish           date NOT NULL,
  hearing                  boolean NOT NULL,
  expert_review            boolean NOT NULL,
  risk_assessment          boolean NOT NULL,
  fair_competition_review  boolean NOT NULL,
  PRIMARY KEY (region_code, id),
  UNIQUE (catalogue_id, item_key),
  CHECK (planned_finish >= planned_start),
  FOREIGN KEY (region_code, catalogue_id) REFERENCES decision_catalogues (region_code, id)
);
CREATE INDEX decision_catalogue_items_catalogue ON decision_catalogue_items (region_code, catalogue_id, seq);
