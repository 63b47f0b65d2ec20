CREATE OR REPLACE FUNCTION yntymaq_read_model_deferred() RETURNS boolean LANGUAGE sql STABLE AS $$
SELECT coalesce(current_setting('yntymaq.read_model_deferred', true), '') = 'on'
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_defer_read_model() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF yntymaq_read_model_deferred() THEN
    RETURN;
  END IF;
  IF to_regclass('pg_temp.yntymaq_read_model_pending') IS NULL THEN
    CREATE TEMP TABLE yntymaq_read_model_pending (service_id uuid NOT NULL) ON COMMIT DROP;
  END IF;
  INSERT INTO read_model_deferrals (txid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
  PERFORM set_config('yntymaq.read_model_deferred', 'on', true);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_apply_deferred_read_model() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  PERFORM set_config('yntymaq.read_model_deferred', 'off', true);
  IF to_regclass('pg_temp.yntymaq_read_model_pending') IS NULL THEN
    RETURN 0;
  END IF;
  ids := ARRAY(SELECT DISTINCT service_id FROM pg_temp.yntymaq_read_model_pending);
  DELETE FROM pg_temp.yntymaq_read_model_pending;
  IF cardinality(ids) = 0 THEN
    RETURN 0;
  END IF;
  IF cardinality(ids) > 0.5 * (SELECT count(*) FROM services) THEN
    PERFORM yntymaq_rebuild_directory();
    PERFORM yntymaq_rebuild_coverage();
  ELSE
    PERFORM yntymaq_refresh_directory(ids);
    PERFORM yntymaq_refresh_coverage(ids);
  END IF;
  RETURN cardinality(ids);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_read_model_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM yntymaq_apply_deferred_read_model();
  DELETE FROM read_model_deferrals WHERE txid = NEW.txid;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER read_model_deferrals_apply AFTER INSERT ON read_model_deferrals
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION yntymaq_read_model_at_commit();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_directory_on_services() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF yntymaq_read_model_deferred() THEN
    INSERT INTO pg_temp.yntymaq_read_model_pending (service_id) SELECT id FROM changed_rows;
  ELSE
    PERFORM yntymaq_refresh_directory(ARRAY(SELECT id FROM changed_rows));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_directory_on_service_locations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF yntymaq_read_model_deferred() THEN
    INSERT INTO pg_temp.yntymaq_read_model_pending (service_id) SELECT DISTINCT service_id FROM changed_rows;
  ELSE
    PERFORM yntymaq_refresh_directory(ARRAY(SELECT DISTINCT service_id FROM changed_rows));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_directory_on_locations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF yntymaq_read_model_deferred() THEN
    INSERT INTO pg_temp.yntymaq_read_model_pending (service_id) SELECT DISTINCT sl.service_id FROM service_locations sl JOIN changed_rows c ON c.id = sl.location_id;
  ELSE
    PERFORM yntymaq_refresh_directory(ARRAY(SELECT DISTINCT sl.service_id FROM service_locations sl JOIN changed_rows c ON c.id = sl.location_id));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_directory_on_organizations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF yntymaq_read_model_deferred() THEN
    INSERT INTO pg_temp.yntymaq_read_model_pending (service_id) SELECT s.id FROM services s JOIN changed_rows c ON c.id = s.organization_id;
  ELSE
    PERFORM yntymaq_refresh_directory(ARRAY(SELECT s.id FROM services s JOIN changed_rows c ON c.id = s.organization_id));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_coverage_on_services() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF yntymaq_read_model_deferred() THEN
    INSERT INTO pg_temp.yntymaq_read_model_pending (service_id) SELECT id FROM changed_rows;
  ELSE
    PERFORM yntymaq_refresh_coverage(ARRAY(SELECT id FROM changed_rows));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_coverage_on_service_locations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF yntymaq_read_model_deferred() THEN
    INSERT INTO pg_temp.yntymaq_read_model_pending (service_id) SELECT DISTINCT service_id FROM changed_rows;
  ELSE
    PERFORM yntymaq_refresh_coverage(ARRAY(SELECT DISTINCT service_id FROM changed_rows));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_coverage_on_locations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF yntymaq_read_model_deferred() THEN
    INSERT INTO pg_temp.yntymaq_read_model_pending (service_id) SELECT DISTINCT sl.service_id FROM service_locations sl JOIN changed_rows c ON c.id = sl.location_id;
  ELSE
    PERFORM yntymaq_refresh_coverage(ARRAY(SELECT DISTINCT sl.service_id FROM service_locations sl JOIN changed_rows c ON c.id = sl.location_id));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_coverage_on_organizations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF yntymaq_read_model_deferred() THEN
    INSERT INTO pg_temp.yntymaq_read_model_pending (service_id) SELECT s.id FROM services s JOIN changed_rows c ON c.id = s.organization_id;
  ELSE
    PERFORM yntymaq_refresh_coverage(ARRAY(SELECT s.id FROM services s JOIN changed_rows c ON c.id = s.organization_id));
  END IF;
  RETURN NULL;
END
$$;
