-- An intermediate render of the read-model functions, superseded before release: migration 0019
-- (scripts/render-directory-sql.ts --part current) creates them all over the tables of 0007-0018.
SELECT 1;
