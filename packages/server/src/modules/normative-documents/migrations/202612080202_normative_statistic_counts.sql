-- 规范性文件统计 from pre-aggregated counts (platform migration 202612080201_statistic_counts, docs/scaling.md): at
-- 100,000 documents with their whole procedure every figure read 80,000–100,000 rows and the region's statistics
-- took 7–15 s (issue 12). Every table a figure reads marks the documents a statement touched, in that statement's
-- transaction; the statistics read folds them into facts (statistics/queries/statistic-facts.ts).
SELECT statistic_mark_dirty_on(t, 'normative_document', 'SELECT region_code, document_id::text FROM changed')
  FROM unnest(ARRAY['normative_status_history', 'normative_reviews', 'normative_registrations', 'normative_filings',
    'normative_corrections', 'normative_cleanup_items']::regclass[]) t;
-- a campaign's publication (its status and day) counts every item of it
SELECT statistic_mark_dirty_on('normative_cleanup_campaigns', 'normative_document',
  'SELECT i.region_code, i.document_id::text FROM changed c
    JOIN normative_cleanup_items i ON i.region_code = c.region_code AND i.campaign_id = c.id');
-- 备案率 and 及时率 read the document's stored filing deadline (the platform's deadlines table)
SELECT statistic_mark_dirty_on('deadlines', 'normative_document',
  'SELECT region_code, subject_id FROM changed WHERE subject_type = ''normative_document'' AND kind = ''filing''',
  'statistic_dirty_normative');

-- the unit a document's figures count for, and its 施行日期 (现行有效 / 尚未施行 at a period end)
CREATE FUNCTION normative_statistic_document_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO statistic_dirty (region_code, subject_type, subject_id)
    VALUES (OLD.region_code, 'normative_document', OLD.id::text) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER statistic_dirty_document AFTER UPDATE OF drafting_org_id, effective_on OR DELETE ON normative_documents
  FOR EACH ROW EXECUTE FUNCTION normative_statistic_document_changed();

-- every existing document, folded by the module's bootstrap on the next start
INSERT INTO statistic_dirty (region_code, subject_type, subject_id)
  SELECT region_code, 'normative_document', id::text FROM normative_documents;
