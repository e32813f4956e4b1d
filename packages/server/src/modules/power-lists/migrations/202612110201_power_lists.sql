-- 权责清单与事项清单 (issue 16 items 3 and 6): a region's lists, one kind each (core power-lists/kinds.ts). Every
-- version of a list is made by one adjustment (新增、取消、合并、下放、变更, the first publication, a whole import) with
-- its reason, approval and effective date (seed 004: 动态调整管理办法); the version in force is derived from today.
CREATE TABLE power_list_versions (
  region_code      varchar(12) NOT NULL REFERENCES regions (code),
  id               uuid NOT NULL,
  list_kind        text NOT NULL
    CHECK (list_kind IN ('powers', 'licensing', 'business_licensing', 'filing', 'certification', 'public_service')),
  version_no       integer NOT NULL CHECK (version_no >= 1),
  adjustment_kind  text NOT NULL CHECK (adjustment_kind IN ('initial', 'add', 'remove', 'merge', 'delegate', 'change', 'import')),
  reason           text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  -- 批准机关及文件 (e.g. 示范区人民政府 示政函〔2026〕12号)
  approved_by      text NOT NULL CHECK (length(approved_by) BETWEEN 1 AND 200),
  approved_on      date NOT NULL,
  effective_on     date NOT NULL,
  -- the new version's number of items, kept with it (a version's items are rows across many revisions)
  item_count       integer NOT NULL CHECK (item_count >= 0),
  recorded_by      uuid REFERENCES users (id),
  is_demo          boolean NOT NULL DEFAULT false,
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (region_code, list_kind, version_no),
  CHECK (effective_on >= approved_on)
);

-- One revision of an item: its content from the version it entered (from_version) until the version that changed or
-- removed it (until_version, exclusive; null while it is in the newest version). An unchanged item is one row
-- however many versions it lives through, so an adjustment of a 200,000-item list writes only what it changes.
CREATE TABLE power_list_items (
  region_code       varchar(12) NOT NULL,
  id                uuid NOT NULL,
  list_kind         text NOT NULL,
  -- 事项编码: unique within a version, kept across versions; other modules name an item by it
  code              text NOT NULL CHECK (code ~ '^[0-9A-Za-z][0-9A-Za-z-]{0,39}$'),
  from_version      integer NOT NULL,
  until_version     integer,
  item_kind         text NOT NULL CHECK (item_kind IN ('licensing', 'penalty', 'coercion', 'levy', 'benefit',
                      'inspection', 'confirmation', 'reward', 'adjudication', 'other')),
  name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  sub_items         jsonb NOT NULL DEFAULT '[]',
  legal_bases       jsonb NOT NULL,
  -- 实施主体: a unit of the org tree (an enforcement body is one, issue 16's shared decision)
  body_org_id       uuid NOT NULL REFERENCES orgs (id),
  responsibilities  jsonb NOT NULL DEFAULT '[]',
  accountability    jsonb NOT NULL DEFAULT '[]',
  -- the list kind's own columns, by key (core kinds.ts declares them)
  extra             jsonb NOT NULL DEFAULT '{}',
  -- the CJK character pairs and words of name, code, sub-items and bases (core power-lists/search-terms.ts)
  search_vector     tsvector NOT NULL,
  is_demo           boolean NOT NULL DEFAULT false,
  PRIMARY KEY (region_code, id),
  CHECK (until_version IS NULL OR until_version > from_version)
);
-- a code once in the newest version of a list (the adjustments keep earlier versions the same way)
CREATE UNIQUE INDEX power_list_items_current_code ON power_list_items (region_code, list_kind, code)
  WHERE until_version IS NULL;
-- one version's items in code order (the console list, the portal's pages, the comparison)
CREATE INDEX power_list_items_by_code ON power_list_items (region_code, list_kind, code, from_version);
CREATE INDEX power_list_items_by_body ON power_list_items (body_org_id, list_kind, code);
CREATE INDEX power_list_items_search ON power_list_items USING gin (search_vector);
