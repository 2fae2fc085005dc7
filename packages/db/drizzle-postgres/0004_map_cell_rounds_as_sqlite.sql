-- A located project's 1° cell is round(lat), round(lon) as SQLite's round() computes it (x + 0.5, or
-- x - 0.5 below zero, truncated in double precision: drizzle/0009_aggregate_triggers.sql), as the filtered
-- map groups it (nearestWhole in queries/reader/postgres-reader.ts). Through numeric, as before, a double
-- within 1e-15 of a half (2.4999999999999996) was rounded from its 15-digit decimal (2.5, so 3, where
-- SQLite says 2): such a project, copied from SQLite in one cell, was then taken out of another.
CREATE OR REPLACE FUNCTION map_cell(degrees double precision) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT CAST(sign(degrees) * trunc(abs(degrees) + 0.5) AS integer)
$$;
--> statement-breakpoint
-- Counted afresh with the new rounding.
DELETE FROM project_map_cells;
--> statement-breakpoint
INSERT INTO project_map_cells (cell_lat, cell_lon, lat_sum, lon_sum, count)
  SELECT map_cell(lat), map_cell(lon), sum(lat), sum(lon), count(*)
  FROM projects WHERE deleted_at IS NULL AND lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2;
