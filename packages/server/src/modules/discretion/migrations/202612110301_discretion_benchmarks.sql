-- 行政裁量权基准 (《行政处罚法》第三十四条): one row per version of a body's benchmark for one penalty item. The item
-- is named by its code in the powers list (事项编码) with its name and legal basis as the body published them; this
-- module does not read the list's tables (the lead joins them by code). A version is drafted, then published with
-- the day it takes effect; the version in force on a day is the latest published one effective by then, so every
-- version stays and a case names the one it applied by its id.
CREATE TABLE discretion_benchmarks (
  region_code          varchar(12) NOT NULL REFERENCES regions (code),
  id                   uuid NOT NULL,
  -- the implementing body: an organisation of the org tree
  implementing_org_id  uuid NOT NULL REFERENCES orgs (id),
  item_code            text NOT NULL CHECK (length(item_code) BETWEEN 1 AND 64),
  item_name            text NOT NULL CHECK (length(item_name) BETWEEN 1 AND 300),
  legal_basis          text NOT NULL CHECK (length(legal_basis) BETWEEN 1 AND 4000),
  version_no           integer NOT NULL CHECK (version_no >= 1),
  -- why a later version was made (every version after the first)
  reason               text,
  -- the circumstances, each with its conditions and fine (core discretion/benchmark.ts), checked before storing
  circumstances        jsonb NOT NULL,
  status               text NOT NULL CHECK (status IN ('draft', 'published')),
  published_on         date,
  effective_on         date,
  created_by           uuid REFERENCES users (id),
  published_by         uuid REFERENCES users (id),
  is_demo              boolean NOT NULL DEFAULT false,
  created_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (id),
  UNIQUE (implementing_org_id, item_code, version_no),
  CHECK ((version_no = 1) = (reason IS NULL)),
  CHECK ((status = 'draft') = (published_on IS NULL)),
  CHECK ((status = 'draft') = (effective_on IS NULL)),
  CHECK (effective_on >= published_on)
);

-- one version in preparation per body and item
CREATE UNIQUE INDEX discretion_benchmarks_one_draft ON discretion_benchmarks (implementing_org_id, item_code)
  WHERE status = 'draft';
-- the lookup by item code and day, and the portal's region
CREATE INDEX discretion_benchmarks_item ON discretion_benchmarks (region_code, item_code, effective_on);
