import { databasePath } from '../env';
import { openOwnedDatabase } from '../setup';

const file = databasePath();
try {
  openOwnedDatabase(file).$client.close();
  console.log(`migrated ${file}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
