-- The version of what the coverage matrix reads (analytics_state) grows by one with each committed
-- transaction that changed its cells (kept by triggers from services, locations and organizations),
-- memoranda and their parties, branches, regions, child population or categories, so the matrix can be
-- cached and the cache knows at once when it is stale (coverage-cache.ts). Functions of 0034.
--> statement-breakpoint
INSERT INTO analytics_state (id, version) VALUES (1, 1);
--> statement-breakpoint
CREATE TRIGGER coverage_cells_analytics_note_insert AFTER INSERT ON coverage_cells
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER coverage_cells_analytics_note_update AFTER UPDATE ON coverage_cells
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER coverage_cells_analytics_note_delete AFTER DELETE ON coverage_cells
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER coverage_cells_analytics_note_truncate AFTER TRUNCATE ON coverage_cells
  FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER memoranda_analytics_note_insert AFTER INSERT ON memoranda
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER memoranda_analytics_note_update AFTER UPDATE ON memoranda
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER memoranda_analytics_note_delete AFTER DELETE ON memoranda
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER memoranda_analytics_note_truncate AFTER TRUNCATE ON memoranda
  FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER memorandum_parties_analytics_note_insert AFTER INSERT ON memorandum_parties
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER memorandum_parties_analytics_note_update AFTER UPDATE ON memorandum_parties
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER memorandum_parties_analytics_note_delete AFTER DELETE ON memorandum_parties
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER memorandum_parties_analytics_note_truncate AFTER TRUNCATE ON memorandum_parties
  FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER branches_analytics_note_insert AFTER INSERT ON branches
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER branches_analytics_note_update AFTER UPDATE ON branches
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER branches_analytics_note_delete AFTER DELETE ON branches
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER branches_analytics_note_truncate AFTER TRUNCATE ON branches
  FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER regions_analytics_note_insert AFTER INSERT ON regions
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER regions_analytics_note_update AFTER UPDATE ON regions
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER regions_analytics_note_delete AFTER DELETE ON regions
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER regions_analytics_note_truncate AFTER TRUNCATE ON regions
  FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER region_child_population_analytics_note_insert AFTER INSERT ON region_child_population
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER region_child_population_analytics_note_update AFTER UPDATE ON region_child_population
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER region_child_population_analytics_note_delete AFTER DELETE ON region_child_population
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER region_child_population_analytics_note_truncate AFTER TRUNCATE ON region_child_population
  FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER service_categories_analytics_note_insert AFTER INSERT ON service_categories
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER service_categories_analytics_note_update AFTER UPDATE ON service_categories
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER service_categories_analytics_note_delete AFTER DELETE ON service_categories
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE TRIGGER service_categories_analytics_note_truncate AFTER TRUNCATE ON service_categories
  FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_note_change('analytics_changes');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER analytics_changes_bump_version AFTER INSERT ON analytics_changes
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION yntymaq_bump_version('analytics_state');
