import {
  columnOfPath,
  importColumnsOf,
  KIND_DESCRIPTORS,
  requiredColumnsOf,
  rowToInput,
  type CsvRow,
} from '@tianshan/model';
import type { CitedKindName } from '../write/record-kinds';

/**
 * CSV columns ↔ record fields for each importable kind, from the kinds' descriptors. The columns are the
 * export's, so a downloaded table imports back; the starter dataset's columns (no `id`) import too.
 * Computed export columns (balance, citation counts) are accepted and ignored.
 */
export const IMPORT_KINDS = [
  'trade-report',
  'investment',
  'project',
  'milestone',
  'indicator',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number] & CitedKindName;

export interface KindMapping {
  columns: readonly string[];
  required: readonly string[];
  /** A validation issue's path → its CSV column, to put the message on the right column. */
  columnOf: (path: readonly PropertyKey[]) => string | null;
  toInput: (row: CsvRow) => Record<string, unknown>;
}

const mappings = new Map<CitedKindName, KindMapping>();

/** The mapping of any described kind: the importer's kinds and, for the seed, events too. */
export function mappingOf(kind: CitedKindName): KindMapping {
  const known = mappings.get(kind);
  if (known) return known;
  const d = KIND_DESCRIPTORS[kind];
  const mapping: KindMapping = {
    columns: importColumnsOf(d),
    required: requiredColumnsOf(d),
    columnOf: (path) => columnOfPath(d, path),
    toInput: (row) => rowToInput(d, row),
  };
  mappings.set(kind, mapping);
  return mapping;
}

export const MAPPINGS = Object.fromEntries(
  IMPORT_KINDS.map((kind) => [kind, mappingOf(kind)]),
) as Record<ImportKind, KindMapping>;
