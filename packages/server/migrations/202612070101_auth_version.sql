-- Every signed-in request needs the actor (the user and their role assignments). Servers keep actors in memory and
-- check on each request, in the same query that reads the session, that the user's auth_version is the one they
-- cached (issue 12): whatever changes what an actor is made of bumps it here, in the database, whichever server or
-- tool made the change, so every server sees a role change, a disabled account or a new password at once.
-- (Nullable: a backup taken before this column restores as version NULL, which compares equal to itself.)
ALTER TABLE users ADD COLUMN auth_version bigint DEFAULT 0;

CREATE FUNCTION users_auth_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.username, NEW.display_name, NEW.password_hash, NEW.must_change_password, NEW.disabled_at, NEW.home_org_id,
      NEW.home_region_code)
     IS DISTINCT FROM (OLD.username, OLD.display_name, OLD.password_hash, OLD.must_change_password, OLD.disabled_at,
      OLD.home_org_id, OLD.home_region_code) THEN
    NEW.auth_version := coalesce(OLD.auth_version, 0) + 1;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER users_auth_version BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION users_auth_version_bump();

-- a role granted, changed or withdrawn
CREATE FUNCTION role_assignments_auth_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users SET auth_version = coalesce(auth_version, 0) + 1
    WHERE id IN (CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.user_id END,
                 CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.user_id END);
  RETURN NULL;
END $$;
CREATE TRIGGER role_assignments_auth_version AFTER INSERT OR UPDATE OR DELETE ON role_assignments
  FOR EACH ROW EXECUTE FUNCTION role_assignments_auth_version();

-- a unit moved in the tree (its path is part of every assignment's scope)
CREATE FUNCTION orgs_auth_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users SET auth_version = coalesce(auth_version, 0) + 1
    WHERE id IN (SELECT user_id FROM role_assignments WHERE org_id = NEW.id);
  RETURN NULL;
END $$;
CREATE TRIGGER orgs_auth_version AFTER UPDATE ON orgs FOR EACH ROW
  WHEN (OLD.path IS DISTINCT FROM NEW.path OR OLD.region_code IS DISTINCT FROM NEW.region_code)
  EXECUTE FUNCTION orgs_auth_version();

-- a region moved (its path is part of a region-wide assignment's scope)
CREATE FUNCTION regions_auth_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users SET auth_version = coalesce(auth_version, 0) + 1
    WHERE id IN (SELECT ra.user_id FROM role_assignments ra JOIN orgs o ON o.id = ra.org_id
                 WHERE o.region_code = NEW.code);
  RETURN NULL;
END $$;
CREATE TRIGGER regions_auth_version AFTER UPDATE ON regions FOR EACH ROW
  WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION regions_auth_version();
