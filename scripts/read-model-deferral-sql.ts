/**
 * SQL shared by render-directory-sql.ts and render-coverage-sql.ts: deferred read-model maintenance.
 *
 * A transaction that calls `yntymaq_defer_read_model()` (a large import) does not refresh the directory
 * entries and coverage facts per statement: the statement triggers only note the services they would have
 * refreshed, in a temporary table. `yntymaq_apply_deferred_read_model()` then refreshes those services once,
 * set-based, in the same transaction; a deferred constraint trigger calls it at commit in case the writer did
 * not, so a deferral can never leave the read model behind its sources.
 */

export const PENDING = "pg_temp.yntymaq_read_model_pending";

/**
 * A statement trigger's body: in a deferred transaction it notes the services `ids` selects, otherwise it
 * runs `refresh` on them at once.
 */
export const refreshOrNote = (refresh: string, ids: string) => `BEGIN
  IF yntymaq_read_model_deferred() THEN
    INSERT INTO ${PENDING} (service_id) ${ids};
  ELSE
    PERFORM ${refresh}(ARRAY(${ids}));
  END IF;
  RETURN NULL;
END`;

/**
 * Above this share of all services a deferred batch rebuilds the read model instead of refreshing it by
 * service: a rebuild inserts into index-less tables and builds the indexes once, a refresh maintains them
 * row by row. A rebuild locks the read-model tables until commit (searches wait, they never see a half state).
 */
export const REBUILD_SHARE = 0.5;

export const deferralStatements = [
  `CREATE OR REPLACE FUNCTION yntymaq_read_model_deferred() RETURNS boolean LANGUAGE sql STABLE AS $$
SELECT coalesce(current_setting('yntymaq.read_model_deferred', true), '') = 'on'
$$;`,
  `CREATE OR REPLACE FUNCTION yntymaq_defer_read_model() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF yntymaq_read_model_deferred() THEN
    RETURN;
  END IF;
  IF to_regclass('${PENDING}') IS NULL THEN
    CREATE TEMP TABLE yntymaq_read_model_pending (service_id uuid NOT NULL) ON COMMIT DROP;
  END IF;
  INSERT INTO read_model_deferrals (txid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
  PERFORM set_config('yntymaq.read_model_deferred', 'on', true);
END
$$;`,
  // Returns how many services it refreshed (0: nothing was pending).
  `CREATE OR REPLACE FUNCTION yntymaq_apply_deferred_read_model() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  PERFORM set_config('yntymaq.read_model_deferred', 'off', true);
  IF to_regclass('${PENDING}') IS NULL THEN
    RETURN 0;
  END IF;
  ids := ARRAY(SELECT DISTINCT service_id FROM ${PENDING});
  DELETE FROM ${PENDING};
  IF cardinality(ids) = 0 THEN
    RETURN 0;
  END IF;
  IF cardinality(ids) > ${REBUILD_SHARE} * (SELECT count(*) FROM services) THEN
    PERFORM yntymaq_rebuild_directory();
    PERFORM yntymaq_rebuild_coverage();
  ELSE
    PERFORM yntymaq_refresh_directory(ids);
    PERFORM yntymaq_refresh_coverage(ids);
  END IF;
  RETURN cardinality(ids);
END
$$;`,
  `CREATE OR REPLACE FUNCTION yntymaq_read_model_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM yntymaq_apply_deferred_read_model();
  DELETE FROM read_model_deferrals WHERE txid = NEW.txid;
  RETURN NULL;
END
$$;`,
  `CREATE CONSTRAINT TRIGGER read_model_deferrals_apply AFTER INSERT ON read_model_deferrals
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION yntymaq_read_model_at_commit();`,
];
