-- The status of every document at the end of a statistics period (期末现行有效/已公布尚未施行/废止/失效) was found by
-- looking up, for each document, its last status row up to that day: at 100,000 documents with their whole
-- procedure (about 950,000 history rows) that took 12–16 s per figure (issue 12). Each history row now carries the
-- span of days on which it is the document's status: from in_force_from (the act's day; a lapse recorded on the
-- last day of validity counts from the next day) until `valid_until`, the next row's in_force_from in the order
-- (in_force_from, id) — exactly the row the lookup picked: the last by (in_force_from, id) among those up to the day. A row whose
-- successor starts the same day is never the status at a day's end (empty span). The status at day X is then the
-- one row with in_force_from <= X < valid_until, read through an index.
-- (in_force_from is an expression, not a stored column: backups restore every stored column as it was written)
ALTER TABLE normative_status_history ADD COLUMN valid_until date;

-- valid_until of every row of the documents given, from their history as it stands
CREATE FUNCTION normative_status_spans(regions text[], documents uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE normative_status_history h SET valid_until = x.until
  FROM (SELECT s.region_code, s.id,
          lead(s.acted_on + CASE WHEN s.act = 'expire' THEN 1 ELSE 0 END) OVER (PARTITION BY s.region_code,
            s.document_id ORDER BY s.acted_on + CASE WHEN s.act = 'expire' THEN 1 ELSE 0 END, s.id) AS until
        FROM normative_status_history s
        WHERE (s.region_code, s.document_id) IN (SELECT * FROM unnest(regions, documents))) x
  WHERE h.region_code = x.region_code AND h.id = x.id AND h.valid_until IS DISTINCT FROM x.until;
$$;

-- kept by the database whoever writes the history (the workflow, the import, the demo seed, a repair by hand):
-- once per statement, for the documents it touched
CREATE FUNCTION normative_status_spans_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM normative_status_spans(array_agg(c.region_code::text), array_agg(c.document_id))
    FROM (SELECT DISTINCT region_code, document_id FROM changed) c;
  RETURN NULL;
END $$;
CREATE FUNCTION normative_status_spans_after_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- the spans' own update (depth 2) changes no day
  IF pg_trigger_depth() > 1 THEN RETURN NULL; END IF;
  PERFORM normative_status_spans(array_agg(c.region_code::text), array_agg(c.document_id))
    FROM (SELECT DISTINCT region_code, document_id FROM changed) c;
  RETURN NULL;
END $$;
CREATE TRIGGER normative_status_spans_insert AFTER INSERT ON normative_status_history
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION normative_status_spans_after_insert();
CREATE TRIGGER normative_status_spans_update AFTER UPDATE ON normative_status_history
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION normative_status_spans_after_change();
CREATE TRIGGER normative_status_spans_delete AFTER DELETE ON normative_status_history
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION normative_status_spans_after_change();

SELECT normative_status_spans(array_agg(region_code::text), array_agg(document_id))
  FROM (SELECT DISTINCT region_code, document_id FROM normative_status_history) d;

-- the status at a day: the rows of a status whose span starts by then, read with their end
CREATE INDEX normative_status_history_span_idx
  ON normative_status_history (region_code, to_status, (acted_on + CASE WHEN act = 'expire' THEN 1 ELSE 0 END))
  INCLUDE (valid_until, document_id);
-- the acts of a period (起草 counted by its day)
CREATE INDEX normative_status_history_act_idx ON normative_status_history (region_code, act, acted_on);
-- 备案率: whether each filing deadline of the period was met looks up the document's filings; without this index
-- each deadline read the whole filings table (at 100,000 documents the statistics statement did not finish)
CREATE INDEX normative_filings_document_idx ON normative_filings (region_code, document_id, submitted_on);
