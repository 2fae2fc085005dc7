CREATE TABLE `seed_rows` (
	`key` text PRIMARY KEY NOT NULL,
	`file` text NOT NULL,
	`record_kind` text NOT NULL,
	`record_id` integer,
	`seeded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
ALTER TABLE `sources` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `trade_reports` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `investments` ADD `coverage` text;--> statement-breakpoint
ALTER TABLE `investments` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `milestones` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `projects` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicators` ADD `version` integer DEFAULT 1 NOT NULL;