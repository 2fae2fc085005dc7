CREATE TABLE `seed_rows` (
	`key` text PRIMARY KEY NOT NULL,
	`file` text NOT NULL,
	`record_kind` text NOT NULL,
	`record_id` integer,
	`seeded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
