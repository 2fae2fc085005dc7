import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCsvText, type CsvRecord } from '@tianshan/csv/read';

export const STARTER_FILES = ['articles', 'trade', 'investments', 'projects', 'milestones', 'events', 'indicators'] as const;
export type StarterFile = (typeof STARTER_FILES)[number];

export function readStarterFile(folder: string, name: StarterFile): CsvRecord[] {
  return readCsvText(readFileSync(path.join(folder, `${name}.csv`), 'utf8'));
}

/** A blank cell is "not stated", never zero. */
export function optionalInt(value: string | undefined): number | null {
  const v = (value ?? '').trim();
  if (!v) return null;
  if (!/^-?\d+$/.test(v)) throw new Error(`not a whole number: ${v}`);
  return Number(v);
}

export function optionalText(value: string | undefined): string | null {
  const v = (value ?? '').trim();
  return v ? v : null;
}

/** Growth stated as a percentage ("14.7") becomes exact basis points (1470). */
export function percentToBasisPoints(value: string | undefined): number | null {
  const v = (value ?? '').trim();
  if (!v) return null;
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(v);
  if (!m) throw new Error(`not a percentage with at most two decimals: ${v}`);
  const bp = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -bp : bp;
}
