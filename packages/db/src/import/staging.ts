import { closeSync, mkdirSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';

/**
 * Validated rows wait between preview and confirm in a temp file, one JSON line each, so a 100,000-row upload
 * never has to sit in memory. Ids are random UUIDs; the file name is built from the id only.
 */
export function stagingPath(importId: string): string {
  if (!/^[0-9a-f-]{36}$/.test(importId)) throw new Error('not an import id');
  return path.join(stagingFolder(), `${importId}.ndjson`);
}

function stagingFolder(): string {
  const dir = path.join(os.tmpdir(), 'tianshan-imports');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** How long a preview can be confirmed: after this its staged rows are deleted and the upload must be repeated. */
export const STAGED_TTL_MS = 2 * 60 * 60 * 1000;

/** True when the staged rows are older than the TTL (the preview is too old to confirm). */
export function isExpired(file: string, now = Date.now()): boolean {
  try {
    return now - statSync(file).mtimeMs > STAGED_TTL_MS;
  } catch {
    return true;
  }
}

const SWEEP_EVERY_MS = 60 * 1000;
let lastSweep = 0;

/**
 * Deletes the staged files of previews nobody confirmed, so abandoned uploads cannot fill the disk. Called at
 * each new preview, it sweeps at most once a minute and off the request thread (the folder may hold thousands
 * of files); a file still being written is recent, so it is never taken. Never rejects: a file it cannot
 * delete now is tried again next time. A commit checks the age itself, so an expired preview is refused even
 * between sweeps.
 */
export async function expireStaged(
  now = Date.now(),
  options: { force?: boolean } = {},
): Promise<number> {
  if (!options.force && now - lastSweep < SWEEP_EVERY_MS) return 0;
  lastSweep = now;
  let removed = 0;
  try {
    const dir = stagingFolder();
    for (const name of await readdir(dir)) {
      const file = path.join(dir, name);
      const stats = await stat(file).catch(() => null);
      if (!stats || now - stats.mtimeMs <= STAGED_TTL_MS) continue;
      await rm(file, { force: true });
      removed++;
    }
  } catch {
    // The next sweep tries again.
  }
  return removed;
}

/** Writes staged rows a megabyte at a time: one system call per row was a tenth of the preview. */
export function openStagingWriter(file: string) {
  const fd = openSync(file, 'w');
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    if (pending.length > 0) writeSync(fd, pending.join(''));
    pending = [];
    pendingLength = 0;
  };
  return {
    write: (value: unknown) => {
      const line = `${JSON.stringify(value)}\n`;
      pending.push(line);
      pendingLength += line.length;
      if (pendingLength >= 1 << 20) flush();
    },
    close: () => {
      try {
        flush();
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** Reads the staged lines synchronously, a chunk at a time (the commit runs inside one SQLite transaction). */
export function* readStagedLines<T>(file: string): Generator<T> {
  const fd = openSync(file, 'r');
  const buffer = Buffer.alloc(1 << 20);
  // A chunk can end inside a character's bytes: the decoder keeps them for the next chunk.
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      const text = rest + decoder.write(buffer.subarray(0, n));
      const lines = text.split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) if (line) yield JSON.parse(line) as T;
    }
    rest += decoder.end();
    if (rest) yield JSON.parse(rest) as T;
  } finally {
    closeSync(fd);
  }
}

/** The preview's new records shaped for SQLite's own inserts (shaped-stage.ts), beside the staged rows. */
export const shapedStagePath = (file: string) => `${file}.shaped.sqlite`;

export function removeStaged(file: string) {
  rmSync(file, { force: true });
  rmSync(shapedStagePath(file), { force: true });
  rmSync(`${file}.meta.json`, { force: true });
}
