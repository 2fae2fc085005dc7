CREATE TABLE `project_fact_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`fact` text NOT NULL,
	`value_usd` integer,
	`value_kind` text,
	`status` text,
	`date` text,
	`qualifier` text DEFAULT 'exact' NOT NULL,
	`stated_as` text,
	`notes` text,
	`preferred` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `project_fact_reports_live_idx` ON `project_fact_reports` (`project_id`,`fact`) WHERE deleted_at IS NULL;--> statement-breakpoint
ALTER TABLE `sources` ADD `grade` text;--> statement-breakpoint
CREATE INDEX `sources_grade_idx` ON `sources` (`grade`);--> statement-breakpoint
ALTER TABLE `projects` ADD `planned_start_on` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `planned_completion_on` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `expected_completion_on` text;