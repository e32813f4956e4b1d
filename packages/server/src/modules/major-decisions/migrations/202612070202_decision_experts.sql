-- 决策咨询论证专家库 (《重大行政决策程序暂行条例》第二十一条): a region's experts, and every draw of experts for a
-- decision with its inputs, so that the draw can be checked afterwards (第二十条: no expert with a direct interest).
CREATE TABLE decision_experts (
  region_code  varchar(12) NOT NULL REFERENCES regions (code),
  id           uuid NOT NULL,
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  field        text NOT NULL CHECK (length(field) BETWEEN 1 AND 50),
  employer     text NOT NULL,
  term_from    date NOT NULL,
  term_to      date NOT NULL,
  -- the parties or matters the expert declared an interest in
  conflicts    jsonb NOT NULL DEFAULT '[]',
  is_demo      boolean NOT NULL DEFAULT false,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  CHECK (term_to >= term_from)
);
CREATE INDEX decision_experts_field ON decision_experts (region_code, field);

CREATE TABLE decision_expert_draws (
  region_code  varchar(12) NOT NULL REFERENCES regions (code),
  id           uuid NOT NULL,
  matter       text NOT NULL,
  field        text NOT NULL,
  count        integer NOT NULL CHECK (count >= 1),
  -- the parties and matters whose interested experts are excluded
  interests    jsonb NOT NULL,
  -- the random seed; each candidate's rank is SHA-256 of seed:id
  seed         text NOT NULL,
  -- [{ id, name }], [{ id, name, reason }], [{ id, name, employer }]: the draw's inputs and outcome as they stood
  candidates   jsonb NOT NULL,
  excluded     jsonb NOT NULL,
  drawn        jsonb NOT NULL,
  drawn_on     date NOT NULL,
  drawn_by     uuid REFERENCES users (id),
  is_demo      boolean NOT NULL DEFAULT false,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id)
);
