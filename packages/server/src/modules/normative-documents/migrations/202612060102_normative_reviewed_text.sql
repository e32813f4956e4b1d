-- The text by article a legality review round reviewed ([{ "heading": "第一条", "body": "…" }]), stored at submission,
-- so a later round shows what changed since the first (null for rounds submitted before this was kept).
ALTER TABLE normative_reviews ADD COLUMN reviewed_text jsonb;
