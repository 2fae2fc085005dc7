import { openOwnedDatabase, seedOnce } from '../setup';
import { sqliteFileFor } from './sqlite-file';

try {
  const file = sqliteFileFor(
    'db:seed',
    'Seed a SQLite file, then copy it over: pnpm db:copy --from <file> --to <url>.',
  );
  const db = openOwnedDatabase(file);
  const result = seedOnce(db);
  db.$client.close();
  if (result.seeded) console.log(`seeded ${file}, rows added:`, result.counts);
  else console.log(`${file} already holds every seed row; nothing to do`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
