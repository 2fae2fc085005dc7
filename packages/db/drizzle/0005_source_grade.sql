ALTER TABLE `sources` ADD `grade` text;--> statement-breakpoint
CREATE INDEX `sources_grade_idx` ON `sources` (`grade`);