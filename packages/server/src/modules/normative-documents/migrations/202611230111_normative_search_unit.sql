-- A unit's legal officer searches only the unit's documents: a word found in most documents made the newest-first
-- walk of queries/search.ts read the whole region's recency index to find the unit's newest matches (p95 55 ms at
-- 100,000 documents, docs/scaling.md). This index lets that walk start inside the unit.
CREATE INDEX normative_documents_unit_recent_idx
  ON normative_documents (drafting_org_id, published_on DESC NULLS LAST, updated_at DESC);
