-- Indexes for the moderation queue (pending comments, oldest first) and for the deadline sweeps' lookups of a
-- document's registrations by expiry.
CREATE INDEX normative_comments_pending_idx ON normative_comments (region_code, submitted_at)
  WHERE moderation_status = 'pending';
CREATE INDEX normative_registrations_expiry_idx ON normative_registrations (region_code, expires_on);
