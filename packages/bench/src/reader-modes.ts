import type { Db } from '@tianshan/db/client';
import { benchWriter } from './bench-write';
import { editorCookie } from './editor-session';

/**
 * Who reads the page, as far as the server's caches are concerned:
 * - `warm`: an anonymous reader of a page others have just read (a response-cache hit);
 * - `cold`: the first anonymous reader after a write (every cache emptied by a real edit just before);
 * - `editor`: a signed-in editor (pages are rendered for every request; never kept or shared).
 */
export const CACHE_MODES = ['warm', 'cold', 'editor'] as const;
export type CacheMode = (typeof CACHE_MODES)[number];

export interface Reader {
  mode: CacheMode;
  /** Sent with every request of this reader, the page's own scripts and data included. */
  headers: Record<string, string>;
  /** Runs right before each measured load. */
  beforeLoad: () => void;
}

export function parseCacheModes(value: string): CacheMode[] {
  const modes = value.split(',').map((m) => m.trim());
  const unknown = modes.filter((m) => !(CACHE_MODES as readonly string[]).includes(m));
  if (unknown.length > 0 || modes.length === 0)
    throw new Error(`--cache takes ${CACHE_MODES.join(', ')} (comma-separated), not "${value}"`);
  return modes as CacheMode[];
}

/** Only the warm reader leaves the database untouched; the others need a copy of their own. */
export const writesToDatabase = (modes: CacheMode[]) => modes.some((m) => m !== 'warm');

/** `db` is the benchmark's own copy, required by every mode but `warm`. */
export async function readerFor(
  mode: CacheMode,
  db: Db | null,
  serverUrl: string,
): Promise<Reader> {
  if (mode === 'warm') return { mode, headers: {}, beforeLoad: () => undefined };
  if (!db)
    throw new Error(`the ${mode} reader writes: it needs the benchmark's copy of the database`);
  if (mode === 'cold') {
    const writer = benchWriter(db);
    return { mode, headers: {}, beforeLoad: writer.write };
  }
  return {
    mode,
    headers: { cookie: await editorCookie(db, serverUrl) },
    beforeLoad: () => undefined,
  };
}
