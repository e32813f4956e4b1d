-- Lists read in the order they show (issue 12): at 100,000 documents a list without words must find its first page
-- and count up to COUNT_CAP through an index in that order, not sort the region's whole catalogue.
-- The console list: newest change first (region-wide roles walk this one, skipping rows outside their scope)…
CREATE INDEX normative_documents_changed_idx ON normative_documents (updated_at DESC, id);
-- …and a unit's own documents (own-unit and unit-subtree roles).
CREATE INDEX normative_documents_unit_changed_idx ON normative_documents (drafting_org_id, updated_at DESC, id);
-- The public catalogue: the region's published documents, newest publication first.
CREATE INDEX normative_documents_catalogue_idx ON normative_documents (region_code, published_on DESC NULLS LAST, id)
  WHERE status = 'published';
