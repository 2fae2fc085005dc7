import { databasePath } from '../env';
import { openOwnedDatabase, seedOnce } from '../setup';

const file = databasePath();
try {
  const db = openOwnedDatabase(file);
  const result = seedOnce(db);
  db.$client.close();
  if (result.seeded) console.log(`seeded ${file}, rows added:`, result.counts);
  else console.log(`${file} already holds every seed row; nothing to do`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
