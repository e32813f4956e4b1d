-- The shared public-participation and legality-review mechanism (platform/participation): the draft of any module
-- that lends a subject (subject_type + subject_id) is put out for comment and reviewed here. org_id is the subject's
-- unit as it stood when the act began (the scope of the drafting side); reviewer_org_id the reviewing body's.

CREATE TABLE consultations (
  region_code      varchar(12) NOT NULL REFERENCES regions (code),
  id               uuid NOT NULL,
  subject_type     text NOT NULL,
  subject_id       uuid NOT NULL,
  org_id           uuid NOT NULL REFERENCES orgs (id),
  opens_on         date NOT NULL,
  closes_on        date NOT NULL,
  -- why a period shorter than the subject's statutory minimum was set (urgent cases must say so)
  shortened_reason text,
  status           text NOT NULL CHECK (status IN ('open', 'closed')),
  closed_on        date,
  opened_by        uuid REFERENCES users (id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  CHECK (closes_on > opens_on)
);
CREATE UNIQUE INDEX consultations_one_open_idx ON consultations (region_code, subject_type, subject_id)
  WHERE status = 'open';
CREATE INDEX consultations_open_idx ON consultations (region_code, closes_on) WHERE status = 'open';

-- Comments from the public on an article of the subject's text (article_id NULL: on the whole text), moderated,
-- then answered.
CREATE TABLE consultation_comments (
  region_code       varchar(12) NOT NULL,
  id                uuid NOT NULL,
  consultation_id   uuid NOT NULL,
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
  answer            text CHECK (answer IN ('adopted', 'partly_adopted', 'not_adopted')),
  answer_reason     text,
  answered_by       uuid REFERENCES users (id),
  answered_at       timestamptz,
  is_demo           boolean NOT NULL DEFAULT false,
  submitted_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, consultation_id) REFERENCES consultations (region_code, id)
);
CREATE INDEX consultation_comments_consultation_idx ON consultation_comments (region_code, consultation_id);
CREATE INDEX consultation_comments_pending_idx ON consultation_comments (region_code, submitted_at)
  WHERE moderation_status = 'pending';
CREATE INDEX consultation_comments_ip_idx ON consultation_comments (ip_hash, submitted_at);

-- 合法性审核/审查 of a subject's draft: submitted with its package (a snapshot the subject module assembles), concluded
-- with the checklist of the subject's items, the opinion, the result and the 法律顾问/公职律师 who took part.
CREATE TABLE legality_reviews (
  region_code      varchar(12) NOT NULL REFERENCES regions (code),
  id               uuid NOT NULL,
  subject_type     text NOT NULL,
  subject_id       uuid NOT NULL,
  org_id           uuid NOT NULL REFERENCES orgs (id),
  round            integer NOT NULL CHECK (round >= 1),
  submitted_on     date NOT NULL,
  submitted_by     uuid REFERENCES users (id),
  reviewer_org_id  uuid NOT NULL REFERENCES orgs (id),
  package          jsonb NOT NULL DEFAULT '{}',
  -- [{ "item": "…", "finding": "ok" | "problem", "note": "…" }]
  checklist        jsonb NOT NULL DEFAULT '[]',
  -- [{ "name": "…", "role": "legal_adviser" | "public_lawyer" }]
  counsel          jsonb NOT NULL DEFAULT '[]',
  opinion          text,
  result           text CHECK (result IN ('passed', 'passed_with_changes', 'failed')),
  early_reason     text,
  late             boolean,
  concluded_on     date,
  reviewed_by      uuid REFERENCES users (id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (region_code, subject_type, subject_id, round)
);
CREATE INDEX legality_reviews_pending_idx ON legality_reviews (reviewer_org_id, submitted_on) WHERE result IS NULL;
