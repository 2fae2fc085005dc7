DROP INDEX "milestones_live_date_idx";--> statement-breakpoint
DROP INDEX "milestones_live_day_idx";--> statement-breakpoint
DROP INDEX "projects_name_idx";--> statement-breakpoint
DROP INDEX "projects_start_idx";--> statement-breakpoint
DROP INDEX "events_date_idx";--> statement-breakpoint
CREATE INDEX "trade_product_idx" ON "trade_reports" USING btree ("product_code") WHERE product_code IS NOT NULL AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "milestones_live_date_idx" ON "milestones" USING btree (("date" COLLATE "C"),"project_id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "milestones_live_day_idx" ON "milestones" USING btree (("date" COLLATE "C"),"id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "projects_name_idx" ON "projects" USING btree ("name" COLLATE "C");--> statement-breakpoint
CREATE INDEX "projects_start_idx" ON "projects" USING btree (("started_on" IS NULL),"started_on" COLLATE "C" DESC,"name" COLLATE "C");--> statement-breakpoint
CREATE INDEX "events_date_idx" ON "events" USING btree (("date" COLLATE "C"));