-- A deadline held while its case's clock stops (a 补正, a 中止: platform/cases): neither open (the workbench and the
-- warning sweep read open deadlines only) nor closed; the pause's end counts it again around the pause.
ALTER TABLE deadlines DROP CONSTRAINT deadlines_status_check;
ALTER TABLE deadlines ADD CONSTRAINT deadlines_status_check
  CHECK (status IN ('open', 'met', 'missed', 'cancelled', 'paused'));
