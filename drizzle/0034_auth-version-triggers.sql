-- The version of who may do what (auth_state) grows by one with each committed transaction that updated
-- or deleted sessions or users, or changed users' regions, so a signed-in principal can be cached and the
-- cache knows at once when it is stale (principal-cache.ts). A new session changes no cached principal.
-- Same scheme as directory_state (0027): statement triggers note the transaction, a deferred constraint
-- trigger bumps the version at commit, so writers hold its row lock only while committing. The two
-- functions serve any such pair of tables (also analytics_state, 0038).
CREATE FUNCTION yntymaq_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Statements that touched no row (deleting expired sessions when there are none) change nothing.
  IF TG_OP <> 'TRUNCATE' THEN
    IF NOT EXISTS (SELECT 1 FROM changed_rows) THEN
      RETURN NULL;
    END IF;
  END IF;
  EXECUTE format('INSERT INTO %I (txid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING', TG_ARGV[0]);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION yntymaq_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('UPDATE %I SET version = version + 1 WHERE id = 1', TG_ARGV[0]);
  EXECUTE format('DELETE FROM %I.%I WHERE txid = $1', TG_TABLE_SCHEMA, TG_TABLE_NAME) USING NEW.txid;
  RETURN NULL;
END
$$;
--> statement-breakpoint
INSERT INTO auth_state (id, version) VALUES (1, 1);
--> statement-breakpoint
CREATE TRIGGER sessions_auth_note_update AFTER UPDATE ON sessions
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('auth_changes');
--> statement-breakpoint
CREATE TRIGGER sessions_auth_note_delete AFTER DELETE ON sessions
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('auth_changes');
--> statement-breakpoint
CREATE TRIGGER sessions_auth_note_truncate AFTER TRUNCATE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('auth_changes');
--> statement-breakpoint
CREATE TRIGGER users_auth_note_update AFTER UPDATE ON users
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('auth_changes');
--> statement-breakpoint
CREATE TRIGGER users_auth_note_delete AFTER DELETE ON users
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('auth_changes');
--> statement-breakpoint
CREATE TRIGGER users_auth_note_truncate AFTER TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('auth_changes');
--> statement-breakpoint
CREATE TRIGGER user_regions_auth_note_insert AFTER INSERT ON user_regions
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('auth_changes');
--> statement-breakpoint
CREATE TRIGGER user_regions_auth_note_update AFTER UPDATE ON user_regions
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('auth_changes');
--> statement-breakpoint
CREATE TRIGGER user_regions_auth_note_delete AFTER DELETE ON user_regions
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('auth_changes');
--> statement-breakpoint
CREATE TRIGGER user_regions_auth_note_truncate AFTER TRUNCATE ON user_regions
  FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('auth_changes');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER auth_changes_bump_version AFTER INSERT ON auth_changes
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION yntymaq_bump_version('auth_state');
