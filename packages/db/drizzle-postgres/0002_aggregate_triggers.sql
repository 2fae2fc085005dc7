-- The PostgreSQL twin of drizzle/0009_aggregate_triggers.sql: keeps the aggregate tables of
-- schema/projects/aggregates.ts in step with every write, in the writer's own transaction. A project counts
-- while it is live; a milestone while it and its project are live; a located project in the 1° cell of
-- round(lat), round(lon); a milestone in the quarter of its date, or its year when only the year is known.
-- round() of a numeric, since SQLite's round() takes halves away from zero and PostgreSQL's round() of a
-- double takes them to even. Like SQLite's `AFTER UPDATE OF` triggers these fire when a listed column is
-- written, and then subtract the old row and add the new one.
CREATE FUNCTION milestone_period(day text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN length(day) >= 7
    THEN substr(day, 1, 4) || '-Q' || ((CAST(substr(day, 6, 2) AS integer) + 2) / 3)
    ELSE substr(day, 1, 4) END
$$;
--> statement-breakpoint
CREATE FUNCTION map_cell(degrees double precision) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT CAST(round(CAST(degrees AS numeric)) AS integer)
$$;
--> statement-breakpoint
CREATE FUNCTION project_tallies_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.deleted_at IS NULL THEN
    UPDATE project_tallies SET count = count - 1 WHERE status = OLD.status AND sector = OLD.sector;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL THEN
    INSERT INTO project_tallies AS t (status, sector, count) VALUES (NEW.status, NEW.sector, 1)
      ON CONFLICT (status, sector) DO UPDATE SET count = t.count + 1;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION project_map_cells_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.deleted_at IS NULL AND OLD.lat IS NOT NULL AND OLD.lon IS NOT NULL THEN
    UPDATE project_map_cells
      SET lat_sum = lat_sum - OLD.lat, lon_sum = lon_sum - OLD.lon, count = count - 1
      WHERE cell_lat = map_cell(OLD.lat) AND cell_lon = map_cell(OLD.lon);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL AND NEW.lat IS NOT NULL AND NEW.lon IS NOT NULL THEN
    INSERT INTO project_map_cells AS c (cell_lat, cell_lon, lat_sum, lon_sum, count)
      VALUES (map_cell(NEW.lat), map_cell(NEW.lon), NEW.lat, NEW.lon, 1)
      ON CONFLICT (cell_lat, cell_lon) DO UPDATE SET
        lat_sum = c.lat_sum + excluded.lat_sum, lon_sum = c.lon_sum + excluded.lon_sum, count = c.count + 1;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION milestone_period_counts_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.deleted_at IS NULL
    AND (SELECT deleted_at IS NULL FROM projects WHERE id = OLD.project_id) THEN
    UPDATE milestone_period_counts SET count = count - 1
      WHERE period = milestone_period(OLD.date) AND kind = OLD.kind;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL
    AND (SELECT deleted_at IS NULL FROM projects WHERE id = NEW.project_id) THEN
    INSERT INTO milestone_period_counts AS m (period, kind, count)
      VALUES (milestone_period(NEW.date), NEW.kind, 1)
      ON CONFLICT (period, kind) DO UPDATE SET count = m.count + 1;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- A project deleted or restored takes its live milestones out of the counts or puts them back.
CREATE FUNCTION milestone_period_counts_of_project() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO milestone_period_counts AS m (period, kind, count)
    SELECT milestone_period(date), kind,
      CASE WHEN NEW.deleted_at IS NULL THEN count(*) ELSE -count(*) END
    FROM milestones WHERE project_id = NEW.id AND deleted_at IS NULL GROUP BY 1, 2
    ON CONFLICT (period, kind) DO UPDATE SET count = m.count + excluded.count;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER project_tallies_kept AFTER INSERT OR DELETE OR UPDATE OF status, sector, deleted_at
  ON projects FOR EACH ROW EXECUTE FUNCTION project_tallies_kept();
--> statement-breakpoint
CREATE TRIGGER project_map_cells_kept AFTER INSERT OR DELETE OR UPDATE OF lat, lon, deleted_at
  ON projects FOR EACH ROW EXECUTE FUNCTION project_map_cells_kept();
--> statement-breakpoint
CREATE TRIGGER milestone_period_counts_kept
  AFTER INSERT OR DELETE OR UPDATE OF date, kind, project_id, deleted_at
  ON milestones FOR EACH ROW EXECUTE FUNCTION milestone_period_counts_kept();
--> statement-breakpoint
CREATE TRIGGER milestone_period_counts_of_project AFTER UPDATE OF deleted_at ON projects FOR EACH ROW
  WHEN ((OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL))
  EXECUTE FUNCTION milestone_period_counts_of_project();
--> statement-breakpoint
-- Until now the counts were only copied (db:copy): a database written since is counted afresh.
DELETE FROM project_tallies;
--> statement-breakpoint
INSERT INTO project_tallies (status, sector, count)
  SELECT status, sector, count(*) FROM projects WHERE deleted_at IS NULL GROUP BY status, sector;
--> statement-breakpoint
DELETE FROM project_map_cells;
--> statement-breakpoint
INSERT INTO project_map_cells (cell_lat, cell_lon, lat_sum, lon_sum, count)
  SELECT map_cell(lat), map_cell(lon), sum(lat), sum(lon), count(*)
  FROM projects WHERE deleted_at IS NULL AND lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2;
--> statement-breakpoint
DELETE FROM milestone_period_counts;
--> statement-breakpoint
INSERT INTO milestone_period_counts (period, kind, count)
  SELECT milestone_period(m.date), m.kind, count(*) FROM milestones m JOIN projects p ON p.id = m.project_id
  WHERE m.deleted_at IS NULL AND p.deleted_at IS NULL GROUP BY 1, 2;
