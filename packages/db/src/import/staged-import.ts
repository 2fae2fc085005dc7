import { existsSync, readFileSync } from 'node:fs';
import { ImportNotFoundError } from './commit-errors';
import type { ImportKind } from './row-mapping';
import { isExpired, removeStaged, shapedStagePath, stagingPath } from './staging';

/** A previewed import that may still be confirmed: its staged rows and what the preview recorded. */
export interface StagedImport {
  file: string;
  kind: ImportKind;
  /** The audit entries' reason: the file it came from. */
  reason: string;
  /** The new records shaped for SQLite (shaped-stage.ts) when the preview staged them all that way. */
  shaped: string | null;
}

/** The staged import of `importId`, or ImportNotFoundError when it expired, was confirmed or was refused. */
export function openStagedImport(importId: string): StagedImport {
  const file = stagingPath(importId);
  if (!existsSync(file) || !existsSync(`${file}.meta.json`)) throw new ImportNotFoundError();
  if (isExpired(file)) {
    removeStaged(file);
    throw new ImportNotFoundError();
  }
  const meta = JSON.parse(readFileSync(`${file}.meta.json`, 'utf8')) as {
    kind: ImportKind;
    fileName: string;
    invalid: number;
    shaped?: boolean;
  };
  if (meta.invalid > 0) throw new ImportNotFoundError();
  const shaped = meta.shaped && existsSync(shapedStagePath(file)) ? shapedStagePath(file) : null;
  return { file, kind: meta.kind, reason: `CSV import ${meta.fileName}`, shaped };
}
