-- 执法事前公示清单 (行政处罚法第三十九条; 国办发〔2018〕118号 §(四)(八)(十二)): per enforcement body (an
-- organisation of the org tree), its 随机抽查事项清单, 音像记录事项清单 and 重大执法决定法制审核目录清单. One row per
-- version; a version is published whole, with the day it takes effect, and the version in force on a day is the
-- latest effective by then (derived, never stored). Every version stays.
CREATE TABLE enforcement_lists (
  region_code        varchar(12) NOT NULL REFERENCES regions (code),
  id                 uuid NOT NULL,
  body_org_id        uuid NOT NULL REFERENCES orgs (id),
  kind               text NOT NULL CHECK (kind IN ('random_inspection', 'audio_video', 'legal_review')),
  version_no         integer NOT NULL CHECK (version_no >= 1),
  effective_from     date NOT NULL,
  -- why the list was adjusted (every version after the first)
  adjustment_reason  text,
  source             text NOT NULL CHECK (source IN ('entered', 'imported')),
  published_by       uuid REFERENCES users (id),
  is_demo            boolean NOT NULL DEFAULT false,
  created_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (body_org_id, kind, version_no),
  CHECK ((version_no = 1) = (adjustment_reason IS NULL))
);
CREATE INDEX enforcement_lists_body ON enforcement_lists (region_code, body_org_id, kind, effective_from);

-- the rows of one version as the body published them; an item is named by its code (事项编码) in the region's
-- lists, '*' for a row that covers every item of the body
CREATE TABLE enforcement_list_items (
  region_code  varchar(12) NOT NULL,
  list_id      uuid NOT NULL,
  seq          integer NOT NULL,
  item_code    text NOT NULL CHECK (length(item_code) BETWEEN 1 AND 64),
  item_name    text NOT NULL CHECK (length(item_name) BETWEEN 1 AND 200),
  basis        text NOT NULL,
  content      text NOT NULL DEFAULT '',
  method       text,
  step         text CHECK (step IN ('seizure', 'forced_demolition', 'liberty_life_health', 'case_premises', 'on_site',
                                    'evidence', 'hearing', 'lodged_service', 'public_notice_service')),
  category     text CHECK (category IN ('public_interest', 'social_risk', 'major_rights', 'after_hearing', 'complex',
                                        'other_law')),
  level        text,
  field        text,
  amount_from  numeric(16, 2) CHECK (amount_from > 0),
  PRIMARY KEY (region_code, list_id, seq),
  FOREIGN KEY (region_code, list_id) REFERENCES enforcement_lists (region_code, id)
);
-- the portal's search within a body's lists (item name or code)
CREATE INDEX enforcement_list_items_code ON enforcement_list_items (region_code, item_code);
