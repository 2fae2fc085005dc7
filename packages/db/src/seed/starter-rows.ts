import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCsvText, type CsvRecord } from '@tianshan/csv/read';

export const STARTER_FILES = [
  'articles',
  'trade',
  'investments',
  'projects',
  'milestones',
  'events',
  'indicators',
] as const;
export type StarterFile = (typeof STARTER_FILES)[number];

export function readStarterFile(folder: string, name: StarterFile): CsvRecord[] {
  return readCsvText(readFileSync(path.join(folder, `${name}.csv`), 'utf8'));
}
