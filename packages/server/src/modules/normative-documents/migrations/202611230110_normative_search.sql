-- Full-text search of normative documents (seed 002 task 10, 统一公开查询). PostgreSQL has no Chinese parser: the
-- words come from jieba in the application and are stored space-joined through the 'simple' configuration
-- (title and 文号 weighted A, the articles D). Rows written before this column existed are indexed by the module's
-- bootstrap on start (search_vector IS NULL), since SQL cannot call jieba.
-- pg_trgm serves substring matches on 文号 (示政规〔2026〕3号, "2026〕3") and titles; under the C locale it makes
-- trigrams of the digits and Latin letters only, which is what a 文号 query narrows on.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE normative_documents ADD COLUMN search_vector tsvector;
CREATE INDEX normative_documents_search_idx ON normative_documents USING gin (search_vector);
CREATE INDEX normative_documents_title_trgm_idx ON normative_documents USING gin (title gin_trgm_ops);
CREATE INDEX normative_documents_doc_number_trgm_idx ON normative_documents USING gin (doc_number gin_trgm_ops);
-- the public catalogue: published documents of a region, newest first
CREATE INDEX normative_documents_published_idx ON normative_documents (region_code, published_on DESC)
  WHERE status = 'published';
-- a search reads its newest matches first (queries/search.ts SEARCH_CAP): walking this index stops early when a
-- word is in nearly every document
CREATE INDEX normative_documents_recent_idx ON normative_documents (published_on DESC NULLS LAST, updated_at DESC);
