import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCsvText, type CsvRecord } from '@tianshan/csv/read';
import type { CitedKindName } from '../write/record-kinds';

export interface SeedCounts {
  sources: number;
  tradeReports: number;
  investments: number;
  projects: number;
  milestones: number;
  events: number;
  indicators: number;
  projectFacts: number;
}

/** One file of records and the kind it holds. */
export interface RecordFile {
  file: string;
  kind: CitedKindName;
  counted: Exclude<keyof SeedCounts, 'sources'>;
}

/** The five source articles the project started from, loaded first so rows that cite them reuse them. */
export const ARTICLES_FILE = 'articles';

/**
 * The starter dataset's record files in load order: milestones name their projects, so projects come first.
 * Kept in the order the first seed used, so a database seeded from these alone has the same ids.
 */
export const STARTER_RECORD_FILES: readonly RecordFile[] = [
  { file: 'trade', kind: 'trade-report', counted: 'tradeReports' },
  { file: 'investments', kind: 'investment', counted: 'investments' },
  { file: 'projects', kind: 'project', counted: 'projects' },
  { file: 'milestones', kind: 'milestone', counted: 'milestones' },
  { file: 'events', kind: 'event', counted: 'events' },
  { file: 'indicators', kind: 'indicator', counted: 'indicators' },
];

/**
 * Later research in the same columns plus `quote`, loaded after the whole starter set (new projects before
 * the milestones that name them), so a fresh seed and an older database seeded again end up alike.
 */
export const ADDITION_RECORD_FILES: readonly RecordFile[] = [
  { file: 'trade-extension', kind: 'trade-report', counted: 'tradeReports' },
  { file: 'trade-extension-2', kind: 'trade-report', counted: 'tradeReports' },
  { file: 'trade-2026', kind: 'trade-report', counted: 'tradeReports' },
  { file: 'investments-2026', kind: 'investment', counted: 'investments' },
  { file: 'projects-2026', kind: 'project', counted: 'projects' },
  { file: 'milestones-2026', kind: 'milestone', counted: 'milestones' },
  { file: 'events-2026', kind: 'event', counted: 'events' },
  // Last, so every record loaded before keeps its id; the reports name projects of both project files.
  { file: 'project-facts', kind: 'project-fact', counted: 'projectFacts' },
];

export const SEED_RECORD_FILES: readonly RecordFile[] = [
  ...STARTER_RECORD_FILES,
  ...ADDITION_RECORD_FILES,
];

export function readSeedFile(folder: string, name: string): CsvRecord[] {
  return readCsvText(readFileSync(path.join(folder, `${name}.csv`), 'utf8'));
}
