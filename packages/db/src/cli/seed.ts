import { databasePath } from '../env';
import { openOwnedDatabase, seedOnce } from '../setup';

const file = databasePath();
try {
  const db = openOwnedDatabase(file);
  const result = seedOnce(db);
  db.$client.close();
  if (result.seeded) console.log(`seeded ${file}:`, result.counts);
  else console.log(`${file} already holds the starter data; nothing to do`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
