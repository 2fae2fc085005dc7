DROP INDEX "projects_name_idx";--> statement-breakpoint
CREATE INDEX "trade_product_idx" ON "trade_reports" USING btree ("product_code") WHERE product_code IS NOT NULL AND deleted_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "projects_name_idx" ON "projects" USING btree (("name" COLLATE "C"));