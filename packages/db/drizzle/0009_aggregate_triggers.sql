-- Keeps the aggregate tables of schema/projects/aggregates.ts in step with every write, in the writer's own
-- transaction. A project counts while it is live; a milestone while it and its project are live; a located
-- project in the 1° cell of round(lat), round(lon), as queries/projects.ts groups the map; a milestone in the
-- quarter of its date, or its year when only the year is known, as periodOf in queries/timeline-density.ts.
CREATE TRIGGER `project_tallies_insert` AFTER INSERT ON `projects` WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO project_tallies (status, sector, count) VALUES (new.status, new.sector, 1)
    ON CONFLICT (status, sector) DO UPDATE SET count = count + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `project_tallies_delete` AFTER DELETE ON `projects` WHEN old.deleted_at IS NULL BEGIN
  UPDATE project_tallies SET count = count - 1 WHERE status = old.status AND sector = old.sector;
END;
--> statement-breakpoint
CREATE TRIGGER `project_tallies_update` AFTER UPDATE OF status, sector, deleted_at ON `projects` BEGIN
  UPDATE project_tallies SET count = count - 1
    WHERE old.deleted_at IS NULL AND status = old.status AND sector = old.sector;
  INSERT INTO project_tallies (status, sector, count)
    SELECT new.status, new.sector, 1 WHERE new.deleted_at IS NULL
    ON CONFLICT (status, sector) DO UPDATE SET count = count + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `project_map_cells_insert` AFTER INSERT ON `projects`
  WHEN new.deleted_at IS NULL AND new.lat IS NOT NULL AND new.lon IS NOT NULL BEGIN
  INSERT INTO project_map_cells (cell_lat, cell_lon, lat_sum, lon_sum, count)
    VALUES (CAST(round(new.lat) AS INTEGER), CAST(round(new.lon) AS INTEGER), new.lat, new.lon, 1)
    ON CONFLICT (cell_lat, cell_lon) DO UPDATE SET
      lat_sum = lat_sum + excluded.lat_sum, lon_sum = lon_sum + excluded.lon_sum, count = count + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `project_map_cells_delete` AFTER DELETE ON `projects`
  WHEN old.deleted_at IS NULL AND old.lat IS NOT NULL AND old.lon IS NOT NULL BEGIN
  UPDATE project_map_cells SET lat_sum = lat_sum - old.lat, lon_sum = lon_sum - old.lon, count = count - 1
    WHERE cell_lat = CAST(round(old.lat) AS INTEGER) AND cell_lon = CAST(round(old.lon) AS INTEGER);
END;
--> statement-breakpoint
CREATE TRIGGER `project_map_cells_update` AFTER UPDATE OF lat, lon, deleted_at ON `projects` BEGIN
  UPDATE project_map_cells SET lat_sum = lat_sum - old.lat, lon_sum = lon_sum - old.lon, count = count - 1
    WHERE old.deleted_at IS NULL AND old.lat IS NOT NULL AND old.lon IS NOT NULL
      AND cell_lat = CAST(round(old.lat) AS INTEGER) AND cell_lon = CAST(round(old.lon) AS INTEGER);
  INSERT INTO project_map_cells (cell_lat, cell_lon, lat_sum, lon_sum, count)
    SELECT CAST(round(new.lat) AS INTEGER), CAST(round(new.lon) AS INTEGER), new.lat, new.lon, 1
    WHERE new.deleted_at IS NULL AND new.lat IS NOT NULL AND new.lon IS NOT NULL
    ON CONFLICT (cell_lat, cell_lon) DO UPDATE SET
      lat_sum = lat_sum + excluded.lat_sum, lon_sum = lon_sum + excluded.lon_sum, count = count + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `milestone_period_counts_insert` AFTER INSERT ON `milestones`
  WHEN new.deleted_at IS NULL
    AND (SELECT deleted_at IS NULL FROM projects WHERE id = new.project_id) BEGIN
  INSERT INTO milestone_period_counts (period, kind, count) VALUES (CASE WHEN length(new.date) >= 7 THEN substr(new.date, 1, 4) || '-Q' || ((CAST(substr(new.date, 6, 2) AS INTEGER) + 2) / 3) ELSE substr(new.date, 1, 4) END, new.kind, 1)
    ON CONFLICT (period, kind) DO UPDATE SET count = count + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `milestone_period_counts_delete` AFTER DELETE ON `milestones`
  WHEN old.deleted_at IS NULL
    AND (SELECT deleted_at IS NULL FROM projects WHERE id = old.project_id) BEGIN
  UPDATE milestone_period_counts SET count = count - 1
    WHERE period = CASE WHEN length(old.date) >= 7 THEN substr(old.date, 1, 4) || '-Q' || ((CAST(substr(old.date, 6, 2) AS INTEGER) + 2) / 3) ELSE substr(old.date, 1, 4) END AND kind = old.kind;
END;
--> statement-breakpoint
CREATE TRIGGER `milestone_period_counts_update` AFTER UPDATE OF date, kind, project_id, deleted_at ON `milestones` BEGIN
  UPDATE milestone_period_counts SET count = count - 1
    WHERE old.deleted_at IS NULL
      AND (SELECT deleted_at IS NULL FROM projects WHERE id = old.project_id)
      AND period = CASE WHEN length(old.date) >= 7 THEN substr(old.date, 1, 4) || '-Q' || ((CAST(substr(old.date, 6, 2) AS INTEGER) + 2) / 3) ELSE substr(old.date, 1, 4) END AND kind = old.kind;
  INSERT INTO milestone_period_counts (period, kind, count)
    SELECT CASE WHEN length(new.date) >= 7 THEN substr(new.date, 1, 4) || '-Q' || ((CAST(substr(new.date, 6, 2) AS INTEGER) + 2) / 3) ELSE substr(new.date, 1, 4) END, new.kind, 1
    WHERE new.deleted_at IS NULL AND (SELECT deleted_at IS NULL FROM projects WHERE id = new.project_id)
    ON CONFLICT (period, kind) DO UPDATE SET count = count + 1;
END;
--> statement-breakpoint
-- A project deleted or restored takes its live milestones out of the counts or puts them back.
CREATE TRIGGER `milestone_period_counts_project` AFTER UPDATE OF deleted_at ON `projects`
  WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
  INSERT INTO milestone_period_counts (period, kind, count)
    SELECT CASE WHEN length(date) >= 7 THEN substr(date, 1, 4) || '-Q' || ((CAST(substr(date, 6, 2) AS INTEGER) + 2) / 3) ELSE substr(date, 1, 4) END, kind, CASE WHEN new.deleted_at IS NULL THEN count(*) ELSE -count(*) END
    FROM milestones WHERE project_id = new.id AND deleted_at IS NULL GROUP BY 1, 2
    ON CONFLICT (period, kind) DO UPDATE SET count = count + excluded.count;
END;
--> statement-breakpoint
INSERT INTO project_tallies (status, sector, count)
  SELECT status, sector, count(*) FROM projects WHERE deleted_at IS NULL GROUP BY status, sector;
--> statement-breakpoint
INSERT INTO project_map_cells (cell_lat, cell_lon, lat_sum, lon_sum, count)
  SELECT CAST(round(lat) AS INTEGER), CAST(round(lon) AS INTEGER), sum(lat), sum(lon), count(*)
  FROM projects WHERE deleted_at IS NULL AND lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO milestone_period_counts (period, kind, count)
  SELECT CASE WHEN length(m.date) >= 7 THEN substr(m.date, 1, 4) || '-Q' || ((CAST(substr(m.date, 6, 2) AS INTEGER) + 2) / 3) ELSE substr(m.date, 1, 4) END, m.kind, count(*) FROM milestones m JOIN projects p ON p.id = m.project_id
  WHERE m.deleted_at IS NULL AND p.deleted_at IS NULL GROUP BY 1, 2;
