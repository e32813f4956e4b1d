-- Statistics of a region over any period in constant time (issue 12, docs/scaling.md "Statistics"): every counted
-- record of a figure is a fact (statistic_facts), and the facts are summed per (region, subject, figure, unit, day,
-- numerator day) into statistic_days by the trigger below, in the transaction that changes the facts. A figure over a
-- period is then a sum over at most (units × days) rows, whatever the number of records.
--
-- A module's source tables mark the subjects they touch in statistic_dirty, by trigger, in the writing transaction
-- (whoever writes: the commands, an import, the demo seed, a repair by hand); the statistics read folds the dirty
-- subjects of its region into facts first (platform/db/statistic-counts.ts), from the same SQL that lists a figure's
-- records, so a figure and its records are one definition.
--
-- A fact counts in two shapes. A flow (起草、报送、发布…): counted on from_on, in a period when from_on lies in it.
-- A state at the period end (现行有效、废止…): held on the days from_on <= day < until_on; summed as +1 on from_on
-- and -1 on until_on, so the state at a day is the sum of everything up to it. numerator_on: the day from which a
-- record is in a rate's numerator ('-infinity' always, 'infinity' never), compared with the period's last day.
CREATE TABLE statistic_dirty (
  region_code text NOT NULL,
  subject_type text NOT NULL,
  subject_id text NOT NULL,
  PRIMARY KEY (region_code, subject_type, subject_id)
);

CREATE TABLE statistic_facts (
  region_code text NOT NULL,
  subject_type text NOT NULL,
  subject_id text NOT NULL,
  figure text NOT NULL,
  org_id uuid NOT NULL,
  from_on date NOT NULL,
  until_on date NOT NULL DEFAULT 'infinity',
  numerator_on date NOT NULL DEFAULT '-infinity',
  CHECK (from_on < until_on)
);
CREATE INDEX statistic_facts_subject_idx ON statistic_facts (region_code, subject_type, subject_id);

CREATE TABLE statistic_days (
  region_code text NOT NULL,
  subject_type text NOT NULL,
  figure text NOT NULL,
  org_id uuid NOT NULL,
  day date NOT NULL,
  numerator_on date NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (region_code, subject_type, figure, org_id, day, numerator_on)
);

-- +1 per fact on its first day, -1 on the day a state ends (a flow's until_on is infinity: it never ends)
CREATE FUNCTION statistic_days_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  direction integer := CASE TG_OP WHEN 'DELETE' THEN -1 ELSE 1 END;
BEGIN
  INSERT INTO statistic_days AS s (region_code, subject_type, figure, org_id, day, numerator_on, n)
  SELECT c.region_code, c.subject_type, c.figure, c.org_id, c.day, c.numerator_on, direction * sum(c.n)::integer
  FROM (SELECT f.region_code, f.subject_type, f.figure, f.org_id, f.from_on AS day, f.numerator_on, 1 AS n
          FROM changed f
        UNION ALL
        SELECT f.region_code, f.subject_type, f.figure, f.org_id, f.until_on, f.numerator_on, -1
          FROM changed f WHERE f.until_on <> 'infinity') c
  GROUP BY c.region_code, c.subject_type, c.figure, c.org_id, c.day, c.numerator_on
  ON CONFLICT (region_code, subject_type, figure, org_id, day, numerator_on) DO UPDATE SET n = s.n + excluded.n;
  RETURN NULL;
END $$;
CREATE TRIGGER statistic_facts_insert AFTER INSERT ON statistic_facts
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistic_days_apply();
CREATE TRIGGER statistic_facts_delete AFTER DELETE ON statistic_facts
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistic_days_apply();

-- The marking trigger of a source table: TG_ARGV[0] is the subject type, TG_ARGV[1] a SELECT over the transition
-- table `changed` yielding (region_code, subject_id) of the subjects whose facts the statement may have changed.
CREATE FUNCTION statistic_mark_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('INSERT INTO statistic_dirty (region_code, subject_type, subject_id)
    SELECT DISTINCT t.r, %L, t.s FROM (%s) AS t(r, s) WHERE t.s IS NOT NULL ON CONFLICT DO NOTHING',
    TG_ARGV[0], TG_ARGV[1]);
  RETURN NULL;
END $$;

-- The three marking triggers of a source table, declared by a module's migration once per table its sources read:
-- after each INSERT, UPDATE and DELETE statement, `subjects` (a SELECT over the statement's rows, `changed`) names
-- the subjects to mark. `name` prefixes the triggers' names (a platform table such as deadlines may carry the
-- triggers of several modules).
CREATE FUNCTION statistic_mark_dirty_on(source regclass, subject_type text, subjects text,
  name text DEFAULT 'statistic_dirty') RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
    EXECUTE FUNCTION statistic_mark_dirty(%L, %L)', name || '_insert', source, subject_type, subjects);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
    EXECUTE FUNCTION statistic_mark_dirty(%L, %L)', name || '_update', source, subject_type, subjects);
  EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %s REFERENCING OLD TABLE AS changed FOR EACH STATEMENT
    EXECUTE FUNCTION statistic_mark_dirty(%L, %L)', name || '_delete', source, subject_type, subjects);
END $$;
