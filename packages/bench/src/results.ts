import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Every benchmark writes its figures the same way: JSON with the time of measurement, folder created. */
export function writeResults(out: string, figures: Record<string, unknown>): void {
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  writeFileSync(out, JSON.stringify({ measuredAt: new Date().toISOString(), ...figures }, null, 2));
  console.log(`\nwritten ${out}`);
}
