-- 《重大行政决策程序暂行条例》第二十六条第二款: the legality review's time is 一般不少于7个工作日 — a floor, not a
-- deadline. The review-time deadlines stored before as ordinary ones (and so shown red after the 7th working day)
-- are floors; the warning level their notifications recorded is cleared, since a floor is never overdue. A closed
-- one is judged again the way a floor is closed (platform/deadlines/service.ts): met when the review concluded on or
-- after its day, missed when it concluded before (the old rule had judged the other way round).
UPDATE deadlines
   SET bound = 'floor',
       warning_level = 'none',
       status = CASE
                  WHEN status IN ('met', 'missed') AND closed_on IS NOT NULL
                    THEN CASE WHEN left(closed_on, 10) >= left(due_on, 10) THEN 'met' ELSE 'missed' END
                  ELSE status
                END
 WHERE rule_id = 'decision.legality-review';
