-- One record per 重大行政决策 through the procedure of 《重大行政决策程序暂行条例》. The decision body (决策机关)
-- decides to start it (第十条) and names the 承办单位 (第十一条), which drafts it (第十二条), puts it out for
-- public comment and sends it for legality review through the shared participation tables (subject_type
-- 'major_decision'). A decision starts from an item of the body's published catalogue, or outside it with the
-- reason (第三条第三款). Which optional steps apply is copied from the item (or stated at the start) so that a later
-- adjustment of the catalogue does not change a procedure already under way.
CREATE TABLE decision_records (
  region_code               varchar(12) NOT NULL REFERENCES regions (code),
  id                        uuid NOT NULL,
  body_org_id               uuid NOT NULL REFERENCES orgs (id),
  sponsor_org_id            uuid NOT NULL REFERENCES orgs (id),
  catalogue_item_id         uuid,
  outside_catalogue_reason  text,
  title                     text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  -- 第十条: the proposal and who made it (a leader, a department, deputies, the public …)
  proposal                  text NOT NULL,
  proposer                  text NOT NULL,
  proposed_on               date NOT NULL,
  hearing                   boolean NOT NULL,
  expert_review             boolean NOT NULL,
  risk_assessment           boolean NOT NULL,
  fair_competition_review   boolean NOT NULL,
  status                    text NOT NULL CHECK (status IN ('proposed', 'drafting', 'consultation', 'legality_review',
                              'discussion', 'decided', 'published', 'suspended', 'stopped', 'not_adopted', 'not_started')),
  start_decided_on          date,
  -- the meeting or instruction by which the body decided (not) to start
  start_record              text,
  draft_text                text,
  draft_explanation         text,
  draft_options             jsonb NOT NULL DEFAULT '[]',
  views_differ_widely       boolean NOT NULL DEFAULT false,
  single_option_reason      text,
  draft_recorded_on         date,
  -- 第二十五条: the latest legality review's verdict
  legality                  text CHECK (legality IN ('lawful', 'unlawful')),
  is_demo                   boolean NOT NULL DEFAULT false,
  created_by                uuid REFERENCES users (id),
  created_at                timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (id),
  CHECK ((catalogue_item_id IS NULL) <> (outside_catalogue_reason IS NULL)),
  CHECK (status = 'proposed' OR start_decided_on IS NOT NULL),
  FOREIGN KEY (region_code, catalogue_item_id) REFERENCES decision_catalogue_items (region_code, id)
);
CREATE INDEX decision_records_sponsor ON decision_records (sponsor_org_id, proposed_on DESC);
CREATE INDEX decision_records_body ON decision_records (body_org_id, proposed_on DESC);

-- Every act on a decision with who and when and the status it left (the record's history, 第三十三条).
CREATE TABLE decision_record_acts (
  region_code   varchar(12) NOT NULL,
  id            uuid NOT NULL,
  decision_id   uuid NOT NULL,
  act           text NOT NULL,
  acted_on      date NOT NULL,
  acted_by      uuid REFERENCES users (id),
  summary       text NOT NULL,
  status_after  text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, decision_id) REFERENCES decision_records (region_code, id)
);
CREATE INDEX decision_record_acts_decision ON decision_record_acts (region_code, decision_id, created_at);
