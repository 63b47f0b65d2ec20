-- The directory's version (directory_state) grows by one with each committed transaction that changed
-- directory_entries, so the search can cache results and know at once when they are stale (see
-- directory-search-cache.ts). A statement trigger notes the transaction once in directory_changes; a
-- deferred constraint trigger there bumps the version at commit, so writers hold that row's lock only
-- while they commit, not for the whole transaction.
INSERT INTO directory_state (id, version) VALUES (1, 1);
--> statement-breakpoint
-- Statements that touched no row (a refresh of nothing) leave the version alone.
CREATE FUNCTION yntymaq_directory_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Separate statements: a TRUNCATE trigger has no transition table to refer to.
  IF TG_OP <> 'TRUNCATE' THEN
    IF NOT EXISTS (SELECT 1 FROM changed_rows) THEN
      RETURN NULL;
    END IF;
  END IF;
  INSERT INTO directory_changes (txid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION yntymaq_directory_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE directory_state SET version = version + 1 WHERE id = 1;
  DELETE FROM directory_changes WHERE txid = NEW.txid;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER directory_entries_note_insert AFTER INSERT ON directory_entries
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_note_change();
--> statement-breakpoint
CREATE TRIGGER directory_entries_note_update AFTER UPDATE ON directory_entries
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_note_change();
--> statement-breakpoint
CREATE TRIGGER directory_entries_note_delete AFTER DELETE ON directory_entries
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_note_change();
--> statement-breakpoint
CREATE TRIGGER directory_entries_note_truncate AFTER TRUNCATE ON directory_entries
  FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_note_change();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER directory_changes_bump_version AFTER INSERT ON directory_changes
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION yntymaq_directory_bump_version();
