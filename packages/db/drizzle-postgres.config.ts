import { defineConfig } from 'drizzle-kit';

// The PostgreSQL twin of drizzle.config.ts: its own schema mirror and its own migrations folder, generated
// with `pnpm db:generate:postgres`. Generation reads only the schema; no server is needed.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/postgres/schema/index.ts',
  out: './drizzle-postgres',
});
