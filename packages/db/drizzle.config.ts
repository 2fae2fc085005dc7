import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './src/schema/index.ts',
  out: './drizzle',
  // Generation only reads the schema; no database is needed, but drizzle-kit insists on a URL.
  dbCredentials: { url: process.env.TIANSHAN_DB ?? '../../data/tianshan.db' },
});
