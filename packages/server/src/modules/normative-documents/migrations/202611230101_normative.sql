-- 行政规范性文件 (normative documents): the whole procedure of 国办发〔2018〕37号 and 国发〔2008〕17号 (十三)–(十五),
-- one table per recorded act. Every table carries region_code; every primary and unique key includes it, so the
-- tables can be distributed by region later. The owning organisation of a document (for the scope chokepoint) is
-- its drafting unit (drafting_org_id); review requests are owned by the justice bureau that handles them.

-- Number prefixes of issuing bodies (发文机关代字), e.g. 示政规 for 示范区人民政府: 文号 = 示政规〔2026〕3号.
CREATE TABLE normative_issuers (
  region_code   varchar(12) NOT NULL REFERENCES regions (code),
  org_id        uuid NOT NULL REFERENCES orgs (id),
  number_prefix text NOT NULL CHECK (length(number_prefix) BETWEEN 1 AND 20),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, org_id),
  UNIQUE (region_code, number_prefix)
);

-- One number sequence per issuer per year (统一编号). Taken with INSERT … ON CONFLICT DO UPDATE … RETURNING, which
-- row-locks the counter until the publishing transaction ends: concurrent publications get consecutive numbers.
CREATE TABLE normative_number_sequences (
  region_code   varchar(12) NOT NULL,
  issuer_org_id uuid NOT NULL REFERENCES orgs (id),
  year          integer NOT NULL,
  last_seq      integer NOT NULL,
  PRIMARY KEY (region_code, issuer_org_id, year)
);

CREATE TABLE normative_documents (
  region_code              varchar(12) NOT NULL REFERENCES regions (code),
  id                       uuid NOT NULL,
  -- 起草单位 (owner for scope) and 发文机关 (the body in whose name it is issued; never an internal office)
  drafting_org_id          uuid NOT NULL REFERENCES orgs (id),
  issuer_org_id            uuid NOT NULL REFERENCES orgs (id),
  title                    text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  -- ordinary / interim (暂行) / trial (试行)
  kind                     text NOT NULL CHECK (kind IN ('ordinary', 'interim', 'trial')),
  -- [{ "title": "《中华人民共和国……法》", "article": "第十条" }]
  legal_bases              jsonb NOT NULL DEFAULT '[]',
  affects_rights           boolean NOT NULL,
  affects_market           boolean NOT NULL,
  drafting_explanation     text NOT NULL DEFAULT '',
  status                   text NOT NULL CHECK (status IN ('drafting', 'consultation', 'legality_review',
                             'deliberation', 'approved', 'published', 'amendment_pending', 'repealed', 'lapsed',
                             'withdrawn')),
  -- consultation done (closed) or exempted with a recorded reason
  consultation_closed_on   date,
  consultation_exempt_reason text,
  fair_competition_passed  boolean,
  legality_review_passed   boolean,
  deliberated_on           date,
  -- current registration (统一登记、统一编号、统一发布)
  doc_number               text,
  published_on             date,
  effective_on             date,
  expires_on               date,
  -- filing of the current registration: not_submitted / submitted / accepted / correction_ordered / not_reviewable
  filing_status            text CHECK (filing_status IN ('not_submitted', 'submitted', 'accepted',
                             'correction_ordered', 'not_reviewable')),
  ended_on                 date,
  ended_reason             text,
  replaces_id              uuid,
  is_demo                  boolean NOT NULL DEFAULT false,
  created_by               uuid REFERENCES users (id),
  created_at               timestamptz NOT NULL DEFAULT now(),
  updated_at               timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (region_code, doc_number)
);
CREATE INDEX normative_documents_org_idx ON normative_documents (drafting_org_id);
CREATE INDEX normative_documents_status_idx ON normative_documents (region_code, status);
CREATE INDEX normative_documents_expiry_idx ON normative_documents (expires_on) WHERE status = 'published';

-- The text by article (第一条 …), replaced as a whole when the draft is revised.
CREATE TABLE normative_articles (
  region_code varchar(12) NOT NULL,
  id          uuid NOT NULL,
  document_id uuid NOT NULL,
  seq         integer NOT NULL CHECK (seq >= 1),
  heading     text NOT NULL,
  body        text NOT NULL,
  PRIMARY KEY (region_code, id),
  UNIQUE (region_code, document_id, seq),
  FOREIGN KEY (region_code, document_id) REFERENCES normative_documents (region_code, id) ON DELETE CASCADE
);

-- 统一登记: each publication (the first, and each renewal after post-evaluation) is one registration with its number.
CREATE TABLE normative_registrations (
  region_code   varchar(12) NOT NULL,
  id            uuid NOT NULL,
  document_id   uuid NOT NULL,
  issuer_org_id uuid NOT NULL REFERENCES orgs (id),
  year          integer NOT NULL,
  seq           integer NOT NULL CHECK (seq >= 1),
  doc_number    text NOT NULL,
  reason        text NOT NULL CHECK (reason IN ('initial', 'renewal')),
  published_on  date NOT NULL,
  effective_on  date NOT NULL,
  expires_on    date NOT NULL,
  registered_by uuid REFERENCES users (id),
  registered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (region_code, issuer_org_id, year, seq),
  UNIQUE (region_code, doc_number),
  FOREIGN KEY (region_code, document_id) REFERENCES normative_documents (region_code, id)
);

-- 公开征求意见: one row per consultation round.
CREATE TABLE normative_consultations (
  region_code   varchar(12) NOT NULL,
  id            uuid NOT NULL,
  document_id   uuid NOT NULL,
  opens_on      date NOT NULL,
  closes_on     date NOT NULL,
  -- why a period shorter than the statutory minimum was set (urgent cases must say so)
  shortened_reason text,
  status        text NOT NULL CHECK (status IN ('open', 'closed')),
  closed_on     date,
  opened_by     uuid REFERENCES users (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, document_id) REFERENCES normative_documents (region_code, id)
);
CREATE UNIQUE INDEX normative_consultations_one_open_idx ON normative_consultations (region_code, document_id)
  WHERE status = 'open';

-- Comments from the public on an article (article_id NULL: on the whole text), moderated, then answered.
CREATE TABLE normative_comments (
  region_code       varchar(12) NOT NULL,
  id                uuid NOT NULL,
  consultation_id   uuid NOT NULL,
  document_id       uuid NOT NULL,
  article_id        uuid,
  body              text NOT NULL,
  commenter_name    text,
  -- contact (phone or e-mail) encrypted at rest (SM4)
  contact_enc       text,
  -- SHA-256 of the client address, for the per-address rate limit; the address itself is not kept
  ip_hash           text,
  moderation_status text NOT NULL DEFAULT 'pending' CHECK (moderation_status IN ('pending', 'approved', 'rejected')),
  moderation_note   text,
  moderated_by      uuid REFERENCES users (id),
  moderated_at      timestamptz,
  -- 意见采纳情况: adopted / partly_adopted / not_adopted with the reason
  answer            text CHECK (answer IN ('adopted', 'partly_adopted', 'not_adopted')),
  answer_reason     text,
  answered_by       uuid REFERENCES users (id),
  answered_at       timestamptz,
  is_demo           boolean NOT NULL DEFAULT false,
  submitted_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, consultation_id) REFERENCES normative_consultations (region_code, id),
  FOREIGN KEY (region_code, document_id) REFERENCES normative_documents (region_code, id)
);
CREATE INDEX normative_comments_doc_idx ON normative_comments (region_code, document_id);
CREATE INDEX normative_comments_ip_idx ON normative_comments (ip_hash, submitted_at);

-- Reviews of a draft: 公平竞争审查 (kind fair_competition, by the drafting unit) and 合法性审核 (kind legality, by the
-- justice bureau). A legality review is submitted (package snapshot) and later concluded with a result.
CREATE TABLE normative_reviews (
  region_code      varchar(12) NOT NULL,
  id               uuid NOT NULL,
  document_id      uuid NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('fair_competition', 'legality')),
  round            integer NOT NULL CHECK (round >= 1),
  submitted_on     date NOT NULL,
  submitted_by     uuid REFERENCES users (id),
  reviewer_org_id  uuid NOT NULL REFERENCES orgs (id),
  -- [{ "item": "creates_licence", "finding": "ok" | "problem", "note": "…" }]
  checklist        jsonb NOT NULL DEFAULT '[]',
  -- the automatic pre-check's findings at submission, as an aid to the reviewer
  precheck         jsonb,
  opinion          text,
  result           text CHECK (result IN ('passed', 'passed_with_changes', 'failed')),
  -- why the review ended before the minimum review time (urgent cases)
  early_reason     text,
  concluded_on     date,
  reviewed_by      uuid REFERENCES users (id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (region_code, document_id, kind, round),
  FOREIGN KEY (region_code, document_id) REFERENCES normative_documents (region_code, id)
);

-- 集体审议: 常务会议 (executive meeting) or 部门领导班子会议 (leadership meeting).
CREATE TABLE normative_deliberations (
  region_code  varchar(12) NOT NULL,
  id           uuid NOT NULL,
  document_id  uuid NOT NULL,
  meeting_kind text NOT NULL CHECK (meeting_kind IN ('executive_meeting', 'leadership_meeting')),
  meeting_name text NOT NULL,
  meeting_on   date NOT NULL,
  decision     text NOT NULL CHECK (decision IN ('adopted', 'revise', 'rejected')),
  note         text NOT NULL DEFAULT '',
  recorded_by  uuid REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, document_id) REFERENCES normative_documents (region_code, id)
);

-- 备案: submission to the justice bureau, its onward filing with the upper government and the people's congress
-- standing committee, and the filing review outcome (予以备案 / 纠正 / 不予审查).
CREATE TABLE normative_filings (
  region_code        varchar(12) NOT NULL,
  id                 uuid NOT NULL,
  document_id        uuid NOT NULL,
  registration_id    uuid NOT NULL,
  submitted_on       date NOT NULL,
  submitted_by       uuid REFERENCES users (id),
  filed_with_org_id  uuid NOT NULL REFERENCES orgs (id),
  forwarded_to_government_on date,
  forwarded_to_congress_on   date,
  forwarded_by       uuid REFERENCES users (id),
  outcome            text CHECK (outcome IN ('accepted', 'correction_ordered', 'not_reviewable')),
  opinion            text,
  reviewed_on        date,
  reviewed_by        uuid REFERENCES users (id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (region_code, registration_id),
  FOREIGN KEY (region_code, document_id) REFERENCES normative_documents (region_code, id),
  FOREIGN KEY (region_code, registration_id) REFERENCES normative_registrations (region_code, id)
);

-- 审查意见 (correction ordered on filing review) and its follow-up until the issuing body has corrected.
CREATE TABLE normative_corrections (
  region_code     varchar(12) NOT NULL,
  id              uuid NOT NULL,
  document_id     uuid NOT NULL,
  filing_id       uuid NOT NULL,
  ordered_on      date NOT NULL,
  ordered_by      uuid REFERENCES users (id),
  opinion         text NOT NULL,
  status          text NOT NULL CHECK (status IN ('ordered', 'reported', 'confirmed')),
  reported_on     date,
  report          text,
  reported_by     uuid REFERENCES users (id),
  confirmed_on    date,
  confirmed_by    uuid REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, document_id) REFERENCES normative_documents (region_code, id),
  FOREIGN KEY (region_code, filing_id) REFERENCES normative_filings (region_code, id)
);

-- 后评估: one per registration, created by the sweep six months (setting) before expiry, concluded with an outcome.
CREATE TABLE normative_post_evaluations (
  region_code     varchar(12) NOT NULL,
  id              uuid NOT NULL,
  document_id     uuid NOT NULL,
  registration_id uuid NOT NULL,
  status          text NOT NULL CHECK (status IN ('pending', 'in_progress', 'concluded')),
  -- the latest day on which the evaluation should start (expiry minus the lead period)
  due_on          date NOT NULL,
  created_by_job  boolean NOT NULL DEFAULT false,
  started_on      date,
  started_by      uuid REFERENCES users (id),
  outcome         text CHECK (outcome IN ('renew', 'amend', 'repeal', 'lapse')),
  conclusion      text,
  concluded_on    date,
  concluded_by    uuid REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (region_code, registration_id),
  FOREIGN KEY (region_code, document_id) REFERENCES normative_documents (region_code, id),
  FOREIGN KEY (region_code, registration_id) REFERENCES normative_registrations (region_code, id)
);

-- 清理: a campaign over every valid document of a region (periodic, or special when a higher law changes).
CREATE TABLE normative_cleanup_campaigns (
  region_code  varchar(12) NOT NULL REFERENCES regions (code),
  id           uuid NOT NULL,
  title        text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  kind         text NOT NULL CHECK (kind IN ('periodic', 'special')),
  -- for a special cleanup: the higher law whose change triggered it
  trigger_law  text,
  opened_on    date NOT NULL,
  opened_by    uuid REFERENCES users (id),
  status       text NOT NULL CHECK (status IN ('open', 'published')),
  published_on date,
  published_by uuid REFERENCES users (id),
  is_demo      boolean NOT NULL DEFAULT false,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id)
);

CREATE TABLE normative_cleanup_items (
  region_code varchar(12) NOT NULL,
  id          uuid NOT NULL,
  campaign_id uuid NOT NULL,
  document_id uuid NOT NULL,
  outcome     text CHECK (outcome IN ('remains_valid', 'amend', 'repeal', 'lapse')),
  reason      text,
  decided_on  date,
  decided_by  uuid REFERENCES users (id),
  PRIMARY KEY (region_code, id),
  UNIQUE (region_code, campaign_id, document_id),
  FOREIGN KEY (region_code, campaign_id) REFERENCES normative_cleanup_campaigns (region_code, id),
  FOREIGN KEY (region_code, document_id) REFERENCES normative_documents (region_code, id)
);

-- 建议审查: requests from citizens and organisations, with a public tracking number, handled by the justice bureau.
CREATE TABLE normative_review_requests (
  region_code       varchar(12) NOT NULL REFERENCES regions (code),
  id                uuid NOT NULL,
  tracking_number   text NOT NULL,
  handler_org_id    uuid NOT NULL REFERENCES orgs (id),
  document_id       uuid,
  document_title    text NOT NULL,
  requester_kind    text NOT NULL CHECK (requester_kind IN ('citizen', 'organisation')),
  requester_name    text NOT NULL,
  contact_enc       text,
  reasons           text NOT NULL,
  ip_hash           text,
  received_on       date NOT NULL,
  status            text NOT NULL CHECK (status IN ('received', 'accepted', 'declined', 'answered')),
  decision_reason   text,
  decided_on        date,
  decided_by        uuid REFERENCES users (id),
  answer            text,
  answered_on       date,
  answered_by       uuid REFERENCES users (id),
  is_demo           boolean NOT NULL DEFAULT false,
  created_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (region_code, tracking_number)
);
CREATE INDEX normative_review_requests_ip_idx ON normative_review_requests (ip_hash, created_at);

-- Status history: every change of a document's status, by which act, who and when.
CREATE TABLE normative_status_history (
  region_code   varchar(12) NOT NULL,
  id            bigserial NOT NULL,
  document_id   uuid NOT NULL,
  from_status   text,
  to_status     text NOT NULL,
  act           text NOT NULL,
  acted_on      date NOT NULL,
  actor_user_id uuid REFERENCES users (id),
  note          text NOT NULL DEFAULT '',
  at            timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, document_id) REFERENCES normative_documents (region_code, id)
);
CREATE INDEX normative_status_history_doc_idx ON normative_status_history (region_code, document_id, id);
