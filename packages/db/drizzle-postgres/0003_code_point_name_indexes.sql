DROP INDEX "projects_name_idx";--> statement-breakpoint
DROP INDEX "projects_start_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "projects_name_idx" ON "projects" USING btree ("name" COLLATE "C");--> statement-breakpoint
CREATE INDEX "projects_start_idx" ON "projects" USING btree (("started_on" IS NULL),"started_on" COLLATE "C" DESC,"name" COLLATE "C");