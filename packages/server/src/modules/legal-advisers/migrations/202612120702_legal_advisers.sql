-- 法律顾问、公职律师 and the legality review of contracts, meeting topics and other documents (issue 21 items 1–2).
-- An adviser belongs to a unit of the org tree; a village's or community's adviser is kept under its township with
-- the village's or community's name (they are not units). The review itself (package, opinion, result, counsel,
-- the individual opinions counted) lives on the shared desk's legality_reviews; a matter here is what is reviewed.
CREATE TABLE legal_advisers (
  region_code        varchar(12) NOT NULL REFERENCES regions (code),
  id                 uuid NOT NULL,
  unit_id            uuid NOT NULL REFERENCES orgs (id),
  level              text NOT NULL CHECK (level IN ('government', 'department', 'township', 'village', 'community')),
  community_name     text,
  kind               text NOT NULL CHECK (kind IN ('legal_adviser', 'public_lawyer')),
  name               text NOT NULL,
  -- an external adviser's firm and 律师执业证号 (an expert scholar may hold none), or a 公职律师's certificate
  firm               text,
  licence_number     text,
  certificate_number text,
  -- an external adviser's contract: term, fee in yuan, scope of service
  contract_from      date,
  contract_until     date,
  fee_yuan           numeric(12, 2) CHECK (fee_yuan >= 0),
  service_scope      text,
  created_by         uuid REFERENCES users (id),
  is_demo            boolean NOT NULL DEFAULT false,
  created_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (id),
  CHECK ((level IN ('village', 'community')) = (community_name IS NOT NULL)),
  CHECK (kind <> 'public_lawyer' OR certificate_number IS NOT NULL),
  CHECK (kind <> 'legal_adviser' OR (contract_from IS NOT NULL AND contract_until IS NOT NULL)),
  CHECK (contract_until IS NULL OR contract_until >= contract_from)
);
CREATE INDEX legal_advisers_unit ON legal_advisers (unit_id);
CREATE INDEX legal_advisers_until ON legal_advisers (region_code, contract_until);

-- 参与事项: each matter an adviser took part in, with the opinion signed and kept
CREATE TABLE legal_adviser_engagements (
  region_code   varchar(12) NOT NULL,
  id            uuid NOT NULL,
  adviser_id    uuid NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('major_decision', 'normative_document', 'contract', 'litigation',
                                              'petition', 'meeting', 'other')),
  matter        text NOT NULL,
  engaged_on    date NOT NULL,
  opinion       text NOT NULL,
  -- the adviser's signature of the opinion: the day signed (the opinion is kept as signed)
  signed_on     date NOT NULL,
  -- the shared desk's review the engagement came from, where it did
  review_id     uuid,
  recorded_by   uuid REFERENCES users (id),
  is_demo       boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, adviser_id) REFERENCES legal_advisers (region_code, id),
  CHECK (signed_on >= engaged_on)
);
CREATE INDEX legal_adviser_engagements_adviser ON legal_adviser_engagements (region_code, adviser_id);
CREATE INDEX legal_adviser_engagements_day ON legal_adviser_engagements (region_code, engaged_on);

-- 合同、常务会议议题和其他文件: the matter a unit sends to the legality-review desk, its package, and the unit's
-- revision answering a 修改后通过 (by the review it answers)
CREATE TABLE legal_review_matters (
  region_code     varchar(12) NOT NULL REFERENCES regions (code),
  id              uuid NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('contract', 'meeting_topic', 'document')),
  contract_kind   text CHECK (contract_kind IN ('administrative_agreement', 'investment_promise', 'ppp',
                                                'procurement', 'other')),
  unit_id         uuid NOT NULL REFERENCES orgs (id),
  title           text NOT NULL,
  counterparty    text,
  amount_yuan     numeric(16, 2) CHECK (amount_yuan >= 0),
  body_text       text NOT NULL,
  annexes         text,
  own_review      text NOT NULL,
  created_by      uuid REFERENCES users (id),
  is_demo         boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (id),
  CHECK ((kind = 'contract') = (contract_kind IS NOT NULL))
);
CREATE INDEX legal_review_matters_unit ON legal_review_matters (unit_id);

CREATE TABLE legal_review_revisions (
  region_code   varchar(12) NOT NULL,
  review_id     uuid NOT NULL,
  matter_id     uuid NOT NULL,
  revised_on    date NOT NULL,
  explanation   text NOT NULL,
  revised_by    uuid REFERENCES users (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, review_id),
  FOREIGN KEY (region_code, matter_id) REFERENCES legal_review_matters (region_code, id)
);

-- 常务会议: the meeting, its day and the topics put on its agenda (each a reviewed matter)
CREATE TABLE legal_review_meetings (
  region_code   varchar(12) NOT NULL REFERENCES regions (code),
  id            uuid NOT NULL,
  unit_id       uuid NOT NULL REFERENCES orgs (id),
  title         text NOT NULL,
  held_on       date NOT NULL,
  recorded_by   uuid REFERENCES users (id),
  is_demo       boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id)
);
CREATE TABLE legal_review_meeting_topics (
  region_code   varchar(12) NOT NULL,
  meeting_id    uuid NOT NULL,
  matter_id     uuid NOT NULL,
  seq           integer NOT NULL,
  PRIMARY KEY (region_code, meeting_id, matter_id),
  FOREIGN KEY (region_code, meeting_id) REFERENCES legal_review_meetings (region_code, id),
  FOREIGN KEY (region_code, matter_id) REFERENCES legal_review_matters (region_code, id)
);
