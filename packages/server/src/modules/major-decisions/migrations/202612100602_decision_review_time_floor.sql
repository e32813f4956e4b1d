-- 《重大行政决策程序暂行条例》第二十六条第二款: the legality review's time is 一般不少于7个工作日 — a floor, not a
-- deadline. The review-time deadlines stored before as ordinary ones (and so shown red after the 7th working day)
-- are floors; the warning level their notifications recorded is cleared, since a floor is never overdue.
UPDATE deadlines
   SET bound = 'floor',
       warning_level = 'none'
 WHERE rule_id = 'decision.legality-review';
