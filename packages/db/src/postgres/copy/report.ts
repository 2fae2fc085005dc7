import type { CopyOutcome } from './copy-database';

/** The per-table table `db:copy` prints: rows on each side, whether the checksums match. */
export function formatReport(outcome: Pick<CopyOutcome, 'checks' | 'skipped'>): string {
  const header = ['table', 'sqlite rows', 'postgres rows', 'checksum'];
  const rows = outcome.checks.map((c) => [
    c.table,
    String(c.sqlite.rows),
    String(c.postgres.rows),
    c.matches ? `ok ${c.sqlite.sha256.slice(0, 12)}` : 'MISMATCH',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        i === 1 || i === 2 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    ...outcome.skipped.map((s) => `${s.name}: not copied (${s.reason})`),
  ].join('\n');
}

/** The tables whose copy differs, for the closing line. */
export function mismatchedTables(outcome: Pick<CopyOutcome, 'checks'>): string[] {
  return outcome.checks.filter((c) => !c.matches).map((c) => c.table);
}
