-- A deadline whose last day was announced to the public within a statutory period (the closing day of a public
-- comment period: 不少于30日, or shorter with its reason stated when it opened). The due date is the announced day;
-- the engine's computation of the statutory period stays in the explanation, and a later calendar change does not
-- move a day the public has been told.
ALTER TABLE deadlines ADD COLUMN announced_due date;
