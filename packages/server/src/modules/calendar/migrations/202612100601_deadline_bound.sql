-- A stored deadline bounds a day to act by ('due') or a floor ('floor': the earliest day an act may come, such as a
-- review time of 一般不少于7个工作日), owed until its day and met from then on, never overdue (core DeadlineBound).
ALTER TABLE deadlines
  ADD COLUMN bound text NOT NULL DEFAULT 'due' CHECK (bound IN ('due', 'floor'));
