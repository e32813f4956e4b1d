-- 第四十九条: in the ordinary procedure the office hears the parties' views — in person, online or by phone — and
-- records them; a written review only where a party's own conduct prevents it (its reason on the case).
CREATE TABLE reconsideration_case_views (
  region_code varchar(12) NOT NULL,
  id          uuid NOT NULL,
  case_id     uuid NOT NULL,
  party       text NOT NULL,
  way         text NOT NULL CHECK (way IN ('in_person', 'online', 'phone')),
  heard_on    date NOT NULL,
  summary     text NOT NULL,
  recorded_by uuid REFERENCES users (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, case_id) REFERENCES reconsideration_cases (region_code, id)
);
CREATE INDEX reconsideration_case_views_case_idx ON reconsideration_case_views (region_code, case_id);
ALTER TABLE reconsideration_cases ADD COLUMN written_review_reason text;
