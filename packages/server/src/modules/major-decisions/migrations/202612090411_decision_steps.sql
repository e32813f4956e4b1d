-- The middle steps of a 重大行政决策 where its catalogue item (or its start outside the catalogue) says they apply:
-- the hearing (第十六条、第十七条: announced with its date, place, participant-selection rules and participant list;
-- the materials sent at least 7 days before; held, its record confirmed and signed by the participants), the
-- experts' written opinions (第十九条、第二十条: from a draw of the region's pool recorded for this decision), the
-- risk assessment (第二十二条至第二十四条) and the fair-competition review (《公平竞争审查条例》). Each is kept
-- with its history: a decision may hold a hearing again, redraw its experts, be assessed again after its draft was
-- adjusted; the gates read the latest.
CREATE TABLE decision_hearings (
  region_code        varchar(12) NOT NULL,
  id                 uuid NOT NULL,
  decision_id        uuid NOT NULL,
  hearing_on         date NOT NULL,
  place              text NOT NULL,
  selection_rules    text NOT NULL,
  participants       jsonb NOT NULL,
  announced_on       date NOT NULL,
  materials_sent_on  date NOT NULL,
  -- the latest day the materials could reach the participants (calendar engine), with its explanation
  materials_due      date NOT NULL,
  materials_explanation jsonb NOT NULL,
  held_on            date,
  record_summary     text,
  signed_by          jsonb NOT NULL DEFAULT '[]',
  is_demo            boolean NOT NULL DEFAULT false,
  created_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, decision_id) REFERENCES decision_records (region_code, id)
);
CREATE INDEX decision_hearings_decision ON decision_hearings (region_code, decision_id, created_at);
-- the portal's open hearings of a region: announced, not yet held
CREATE INDEX decision_hearings_open ON decision_hearings (region_code, hearing_on) WHERE held_on IS NULL;

-- A draw of the expert pool recorded for a decision (第二十条), and why a draw was redone.
ALTER TABLE decision_expert_draws
  ADD COLUMN decision_id    uuid,
  ADD COLUMN redraw_reason  text,
  ADD FOREIGN KEY (region_code, decision_id) REFERENCES decision_records (region_code, id);
CREATE INDEX decision_expert_draws_decision ON decision_expert_draws (region_code, decision_id, created_at)
  WHERE decision_id IS NOT NULL;

-- Each drawn expert's written opinion (第十九条第二款: signed and sealed), for the draw it answers.
CREATE TABLE decision_expert_opinions (
  region_code   varchar(12) NOT NULL,
  id            uuid NOT NULL,
  decision_id   uuid NOT NULL,
  draw_id       uuid NOT NULL,
  expert_id     uuid NOT NULL,
  expert_name   text NOT NULL,
  opinion       text NOT NULL,
  signed        boolean NOT NULL,
  given_on      date NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (region_code, draw_id, expert_id),
  FOREIGN KEY (region_code, decision_id) REFERENCES decision_records (region_code, id),
  FOREIGN KEY (region_code, draw_id) REFERENCES decision_expert_draws (region_code, id)
);

CREATE TABLE decision_risk_assessments (
  region_code       varchar(12) NOT NULL,
  id                uuid NOT NULL,
  decision_id       uuid NOT NULL,
  assessor          text NOT NULL,
  level             text NOT NULL CHECK (level IN ('low', 'medium', 'high')),
  controllable      boolean NOT NULL,
  risk_points       jsonb NOT NULL,
  measures          text NOT NULL,
  contingency_plan  text NOT NULL,
  assessed_on       date NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, decision_id) REFERENCES decision_records (region_code, id)
);
CREATE INDEX decision_risk_assessments_decision ON decision_risk_assessments (region_code, decision_id, created_at);

CREATE TABLE decision_fair_competition_reviews (
  region_code     varchar(12) NOT NULL,
  id              uuid NOT NULL,
  decision_id     uuid NOT NULL,
  reviewing_body  text NOT NULL,
  conclusion      text NOT NULL CHECK (conclusion IN ('complies', 'complies_after_adjustment', 'does_not_comply')),
  explanation     text NOT NULL,
  reviewed_on     date NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, decision_id) REFERENCES decision_records (region_code, id)
);
CREATE INDEX decision_fair_competition_reviews_decision
  ON decision_fair_competition_reviews (region_code, decision_id, created_at);
