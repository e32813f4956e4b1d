-- What follows the legality review of a 重大行政决策: the collective discussion (第三十条: the meeting, who attended,
-- each member's view in the order spoken with the head of government last, the decision, the head's reasons where
-- it differs from the majority), the report to the same-level Party committee (第三十一条), the publication with the
-- explanation of how the public's and experts' views were adopted and the interpretation (第三十二条), and the filing
-- with the government one level up (a local rule, decision.filing; its deadline is kept by platform/deadlines).
ALTER TABLE decision_records
  ADD COLUMN meeting_kind          text CHECK (meeting_kind IN ('executive', 'plenary')),
  ADD COLUMN meeting_name          text,
  ADD COLUMN meeting_on            date,
  ADD COLUMN meeting_attendees     jsonb NOT NULL DEFAULT '[]',
  -- [{ name, isHead, view, opinion }] in the order spoken
  ADD COLUMN meeting_speeches      jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN meeting_decision      text CHECK (meeting_decision IN ('adopted', 'not_adopted', 'deferred')),
  ADD COLUMN head_reasons          text,
  ADD COLUMN party_reported_on     date,
  ADD COLUMN party_report_record   text,
  ADD COLUMN published_on          date,
  ADD COLUMN published_text        text,
  ADD COLUMN adoption_explanation  text,
  ADD COLUMN interpretation        text,
  ADD COLUMN filed_on              date,
  ADD COLUMN filing_record         text;
