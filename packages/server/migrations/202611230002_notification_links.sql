-- A notification opens the record it is about (e.g. the document whose filing deadline is near).
ALTER TABLE notifications ADD COLUMN link text;
CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL;
