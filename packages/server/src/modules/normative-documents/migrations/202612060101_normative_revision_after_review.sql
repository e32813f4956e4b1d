-- 修改后通过: the legality review passes the draft on condition of the changes its opinion asks for, and the drafting
-- unit records its revision (修改草案 + 修改情况说明) before 集体审议 (国办发〔2018〕115号). The pending flag gates the
-- deliberation; the statement and date are kept with the review round they answer.
ALTER TABLE normative_documents ADD COLUMN review_changes_pending boolean NOT NULL DEFAULT false;
ALTER TABLE normative_reviews
  ADD COLUMN revision_statement text,
  ADD COLUMN revised_on date,
  ADD COLUMN revised_by uuid REFERENCES users (id);
