CREATE TABLE `milestone_period_counts` (
	`period` text NOT NULL,
	`kind` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`period`, `kind`)
);
--> statement-breakpoint
CREATE TABLE `project_map_cells` (
	`cell_lat` integer NOT NULL,
	`cell_lon` integer NOT NULL,
	`lat_sum` real NOT NULL,
	`lon_sum` real NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`cell_lat`, `cell_lon`)
);
--> statement-breakpoint
CREATE TABLE `project_tallies` (
	`status` text NOT NULL,
	`sector` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`status`, `sector`)
);
