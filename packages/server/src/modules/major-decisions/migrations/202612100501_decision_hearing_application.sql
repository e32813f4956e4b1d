-- 第十六条: where the hearing's participants are selected from those who apply, the announcement says how to apply
-- and by when (the hearing announcement paper prints both). Hearings announced before carry neither.
ALTER TABLE decision_hearings
  ADD COLUMN application_method text,
  ADD COLUMN application_closes_on date,
  ADD CONSTRAINT decision_hearings_application_whole
    CHECK ((application_method IS NULL) = (application_closes_on IS NULL)),
  ADD CONSTRAINT decision_hearings_application_before_hearing
    CHECK (application_closes_on IS NULL OR application_closes_on < hearing_on);
