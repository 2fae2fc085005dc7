import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The one place the data layer reads the environment. */

function findRepoRoot(start: string): string | null {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * A path as the user typed it, resolved from where the command was typed (pnpm's INIT_CWD), not from the
 * package folder `pnpm --filter` runs scripts in.
 */
export function pathFromInvocation(typed: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), typed);
}

/**
 * `TIANSHAN_DB`, else `data/tianshan.db` at the repository root (the quick start's database). A relative
 * `TIANSHAN_DB` is taken from where the command was typed (pnpm's INIT_CWD), not from the package folder
 * `pnpm --filter` runs in.
 */
export function databasePath(): string {
  const fromEnv = process.env.TIANSHAN_DB;
  if (fromEnv) return pathFromInvocation(fromEnv);
  const root = findRepoRoot(process.cwd()) ?? process.cwd();
  return path.join(root, 'data', 'tianshan.db');
}

export type DatabaseTarget =
  { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

/**
 * Which database a process opens: `DATABASE_URL` when it is a postgres:// (or postgresql://) URL, otherwise
 * the SQLite file (`TIANSHAN_DB`, or the quick start's `data/tianshan.db`). Any other `DATABASE_URL` is
 * refused rather than ignored, so a typo never lands writes in a SQLite file nobody reads.
 */
export function databaseTarget(): DatabaseTarget {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) return { dialect: 'sqlite', file: databasePath() };
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: 'postgres', url };
  throw new Error(
    'DATABASE_URL must be a postgres:// or postgresql:// URL; leave it unset to use SQLite (TIANSHAN_DB)',
  );
}

/**
 * The generated SQL migrations. A path relative to this source file breaks once Next bundles it, so the
 * lookup tries an explicit override, then the repository layout seen from the working directory.
 */
export function migrationsFolder(): string {
  return findMigrations('drizzle', process.env.TIANSHAN_MIGRATIONS);
}

/** The PostgreSQL migrations (`drizzle-postgres/`), found the same way; `TIANSHAN_PG_MIGRATIONS` overrides. */
export function postgresMigrationsFolder(): string {
  return findMigrations('drizzle-postgres', process.env.TIANSHAN_PG_MIGRATIONS);
}

function findMigrations(folder: string, fromEnv: string | undefined): string {
  if (fromEnv) return path.resolve(fromEnv);
  const candidates: string[] = [];
  const root = findRepoRoot(process.cwd());
  if (root) candidates.push(path.join(root, 'packages', 'db', folder));
  try {
    candidates.push(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', folder));
  } catch {
    // import.meta.url is not a file URL inside some bundles; the other candidates still apply.
  }
  const found = candidates.find((c) => existsSync(path.join(c, 'meta', '_journal.json')));
  if (!found) throw new Error(`migrations not found; looked in ${candidates.join(', ')}`);
  return found;
}

/** The seed CSVs shipped in the repository (copied from the starter dataset). */
export function seedDataFolder(): string {
  const fromEnv = process.env.TIANSHAN_SEED_DATA;
  if (fromEnv) return path.resolve(fromEnv);
  const root = findRepoRoot(process.cwd());
  const candidates = [
    ...(root ? [path.join(root, 'packages', 'db', 'seed-data')] : []),
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'seed-data'),
  ];
  const found = candidates.find((c) => existsSync(path.join(c, 'trade.csv')));
  if (!found) throw new Error(`seed data not found; looked in ${candidates.join(', ')}`);
  return found;
}
