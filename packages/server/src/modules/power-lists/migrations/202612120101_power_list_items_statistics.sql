-- The planner's statistics of the powers list's items only for the columns a query filters, joins or sorts on. No
-- query of the lists reads the name, the jsonb columns or the list kind's own columns in a condition (the words go
-- through search_vector), and their statistics were two thirds of the ANALYZE that follows a whole-list import
-- (0.6 CPU-s with them, 0.2 without, at 200,000 items; docs/scaling.md) and of autovacuum's: ANALYZE passes them over.
ALTER TABLE power_list_items
  ALTER COLUMN name SET STATISTICS 0,
  ALTER COLUMN sub_items SET STATISTICS 0,
  ALTER COLUMN legal_bases SET STATISTICS 0,
  ALTER COLUMN responsibilities SET STATISTICS 0,
  ALTER COLUMN accountability SET STATISTICS 0,
  ALTER COLUMN extra SET STATISTICS 0;
