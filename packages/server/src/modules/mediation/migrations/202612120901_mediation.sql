-- 矛盾纠纷调解: people's mediation committees (《中华人民共和国人民调解法》) with their mediators, and the disputes
-- mediated by a committee or by a department (行政调解) with their sessions and outcome. The parties are on the
-- platform's shared case record (case_parties, case_type 'mediation_dispute').
CREATE TABLE mediation_committees (
  region_code  varchar(12) NOT NULL REFERENCES regions (code),
  id           uuid NOT NULL,
  -- the unit of the org tree it sits under (a village's or community's committee under its township), whose staff
  -- record its work; the justice bureau guides them all (第五条)
  org_id       uuid NOT NULL REFERENCES orgs (id),
  name         text NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
  kind         text NOT NULL CHECK (kind IN ('village', 'community', 'enterprise', 'township', 'sector')),
  -- the day the present members were elected (第九条: a term of three years)
  elected_on   date,
  address      text,
  created_by   uuid REFERENCES users (id),
  is_demo      boolean NOT NULL DEFAULT false,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (region_code, name)
);

CREATE TABLE mediation_mediators (
  region_code   varchar(12) NOT NULL,
  id            uuid NOT NULL,
  committee_id  uuid NOT NULL,
  name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  gender        text NOT NULL CHECK (gender IN ('female', 'male')),
  post          text NOT NULL CHECK (post IN ('director', 'deputy_director', 'member', 'engaged')),
  since         date NOT NULL,
  is_demo       boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, committee_id) REFERENCES mediation_committees (region_code, id)
);
CREATE INDEX mediation_mediators_committee ON mediation_mediators (region_code, committee_id);

CREATE TABLE mediation_disputes (
  region_code        varchar(12) NOT NULL REFERENCES regions (code),
  id                 uuid NOT NULL,
  -- the unit that answers for it: the committee's unit, or the department mediating (行政调解)
  org_id             uuid NOT NULL REFERENCES orgs (id),
  kind               text NOT NULL CHECK (kind IN ('peoples', 'administrative')),
  committee_id       uuid,
  -- 登记编号 per unit and year: （2026）第12号
  year               integer NOT NULL,
  seq                integer NOT NULL,
  dispute_type       text NOT NULL,
  source             text NOT NULL CHECK (source IN ('application', 'own_initiative', 'court_or_police', 'referred')),
  summary            text NOT NULL,
  major              boolean NOT NULL DEFAULT false,
  registered_on      date NOT NULL,
  mediators          text NOT NULL,
  linked_procedure   text CHECK (linked_procedure IN ('reconsideration', 'litigation', 'petition')),
  linked_reference   text,
  status             text NOT NULL DEFAULT 'mediating' CHECK (status IN ('mediating', 'agreed', 'failed', 'refused')),
  -- an agreement (第二十八条至第三十三条)
  agreement_form     text CHECK (agreement_form IN ('written', 'oral')),
  effective_on       date,
  agreement_content  text,
  amount_yuan        numeric(14, 2) CHECK (amount_yuan >= 0),
  performance_due    date,
  confirmation_due   date,
  confirmation_explanation jsonb,
  performance        text CHECK (performance IN ('performed', 'partly', 'not_performed')),
  performance_on     date,
  performance_note   text,
  confirmation_applied_on date,
  confirmation_court text,
  confirmation_result text CHECK (confirmation_result IN ('valid', 'invalid')),
  confirmation_decided_on date,
  -- mediation ended without agreement, or refused by a party (第十七条、第二十六条)
  ended_on           date,
  end_reason         text,
  remedies_told      boolean,
  recorded_by        uuid REFERENCES users (id),
  is_demo            boolean NOT NULL DEFAULT false,
  created_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  UNIQUE (org_id, year, seq),
  FOREIGN KEY (region_code, committee_id) REFERENCES mediation_committees (region_code, id),
  CHECK ((kind = 'peoples') = (committee_id IS NOT NULL)),
  CHECK ((linked_procedure IS NULL) = (linked_reference IS NULL)),
  CHECK (status <> 'agreed' OR (agreement_form IS NOT NULL AND effective_on IS NOT NULL AND confirmation_due IS NOT NULL)),
  CHECK (status NOT IN ('failed', 'refused') OR ended_on IS NOT NULL)
);
CREATE INDEX mediation_disputes_org ON mediation_disputes (org_id, registered_on DESC);
CREATE INDEX mediation_disputes_region_day ON mediation_disputes (region_code, registered_on);
CREATE INDEX mediation_disputes_committee ON mediation_disputes (region_code, committee_id);

CREATE TABLE mediation_sessions (
  region_code  varchar(12) NOT NULL,
  id           uuid NOT NULL,
  dispute_id   uuid NOT NULL,
  held_on      date NOT NULL,
  place        text NOT NULL,
  mediators    text NOT NULL,
  -- 第二十七条: 人民调解员应当记录调解情况
  record       text NOT NULL,
  created_by   uuid REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, id),
  FOREIGN KEY (region_code, dispute_id) REFERENCES mediation_disputes (region_code, id)
);
CREATE INDEX mediation_sessions_dispute ON mediation_sessions (region_code, dispute_id, held_on);
