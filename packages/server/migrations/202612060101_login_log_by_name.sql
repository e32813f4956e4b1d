-- Failed sign-ins under a name no account has are counted from the log (the same lock as a real account's), so the
-- log is searched by name.
CREATE INDEX login_log_name_idx ON login_log (lower(username), id) WHERE user_id IS NULL;
