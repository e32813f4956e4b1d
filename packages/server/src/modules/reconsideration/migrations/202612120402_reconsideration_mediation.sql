-- 调解 (第七十三条) and 和解 (第七十四条): a case ended by a 行政复议调解书 that took effect on every party's signature
-- (status 'mediated', its content and day here), or by the applicant's withdrawal after a settlement, approved by the
-- office (status 'terminated' on 第四十一条第一项, the settlement's content and day here). A failed mediation is an act
-- on the case's timeline only: the case goes on to its decision.
ALTER TABLE reconsideration_cases DROP CONSTRAINT reconsideration_cases_status_check;
ALTER TABLE reconsideration_cases ADD CONSTRAINT reconsideration_cases_status_check
  CHECK (status IN ('received', 'correction_requested', 'accepted', 'suspended', 'not_accepted', 'withdrawn',
    'terminated', 'decided', 'mediated'));
ALTER TABLE reconsideration_cases
  ADD COLUMN mediation_text  text,
  ADD COLUMN mediated_on     date,
  ADD COLUMN settlement_text text,
  ADD COLUMN settled_on      date;
