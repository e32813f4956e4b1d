-- The number of individual opinions a legality review's opinion holds (seed 003: 提出法制审核意见300余条), stated by
-- the reviewer where the lent kind counts them (LentReview.countsOpinions); null for a kind that does not.
ALTER TABLE legality_reviews ADD COLUMN opinion_count integer CHECK (opinion_count >= 0);
