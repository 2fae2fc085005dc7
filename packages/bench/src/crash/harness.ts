import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createUser } from '@tianshan/auth/users';
import { openDatabase } from '@tianshan/db/client';
import { integrityCheck } from '@tianshan/db/maintenance/backup';
import { openOwnedDatabase, seedOnce } from '@tianshan/db/setup';
import { seededRandom } from '@tianshan/db/synthetic/generate';
import { startNextServer, type RunningServer } from '../next-server';
import { post } from './raw-http';

/**
 * Crash consistency: the production server runs on a temporary database while a client sends edits
 * (single-record mutations) and CSV imports (hundreds of records in one transaction); the server is
 * killed with SIGKILL at a random moment. After every kill the database must pass `integrity_check`,
 * every acknowledged write must be there, and every import must be all there or not there at all.
 */
export interface CrashSummary {
  rounds: number;
  kills: number;
  acknowledgedEdits: number;
  acknowledgedImports: number;
  importsChecked: number;
  halfAppliedImports: number;
  missingAcknowledged: number;
  integrityFailures: number;
  recordsWithoutAudit: number;
}

const IMPORT_ROWS = 300;
const EDITOR = { email: 'crash@harness.test', password: 'crash harness password 1' };
const INDICATOR_HEADER =
  'country_iso2,as_of,metric,value,unit,qualifier,notes,source_title,source_url,source_date';

export async function runCrashRounds(options: {
  rounds: number;
  port?: number;
  seed?: number;
  log?: (m: string) => void;
}): Promise<CrashSummary> {
  const log = options.log ?? (() => {});
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tianshan-crash-'));
  const file = path.join(dir, 'crash.db');
  const setup = openOwnedDatabase(file);
  seedOnce(setup);
  await createUser(
    setup,
    { email: EDITOR.email, name: 'Crash harness', role: 'editor', password: EDITOR.password },
    { userId: null, label: 'crash harness' },
  );
  setup.$client.close();

  const random = seededRandom(options.seed ?? 1);
  const summary: CrashSummary = {
    rounds: 0,
    kills: 0,
    acknowledgedEdits: 0,
    acknowledgedImports: 0,
    importsChecked: 0,
    halfAppliedImports: 0,
    missingAcknowledged: 0,
    integrityFailures: 0,
    recordsWithoutAudit: 0,
  };
  const acknowledgedIds: number[] = [];
  const imports: { tag: string; acknowledged: boolean }[] = [];
  let cookie = '';
  let current: RunningServer | null = null;

  try {
    for (let round = 0; round < options.rounds; round++) {
      const port = options.port ?? 3450;
      const server = (current = await startNextServer(file, port, {
        TIANSHAN_SIGNIN_MAX: '100000',
        TIANSHAN_ORIGIN: `http://127.0.0.1:${port}`,
      }));
      const origin = server.url;
      if (!cookie) {
        const res = await post(
          `${origin}/api/auth/sign-in/email`,
          { 'content-type': 'application/json', origin },
          JSON.stringify(EDITOR),
        );
        if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${res.body}`);
        cookie = ([] as string[])
          .concat(res.headers['set-cookie'] ?? [])
          .map((c) => c.split(';')[0])
          .join('; ');
      }
      const json = { 'content-type': 'application/json', origin, cookie };

      // Work until killed: edits and imports interleaved, several in flight.
      let killed = false;
      const edits = async (lane: number) => {
        for (let n = 0; !killed; n++) {
          const body = JSON.stringify({
            json: {
              kind: 'indicator',
              data: {
                scope: 'KG',
                asOf: '2026',
                metric: `crash edit ${round}-${lane}-${n}`,
                value: String(n),
                unit: 'count',
                citations: [{ sourceId: 1 }],
              },
            },
          });
          try {
            const res = await post(`${origin}/api/trpc/records.create`, json, body);
            if (res.status === 200) {
              acknowledgedIds.push(
                (JSON.parse(res.body) as { result: { data: { json: { id: number } } } }).result.data
                  .json.id,
              );
              summary.acknowledgedEdits++;
            }
          } catch {
            return; // the connection died with the server
          }
        }
      };
      const importer = async () => {
        for (let n = 0; !killed; n++) {
          const tag = `crash import ${round}-${n}`;
          const rows = Array.from(
            { length: IMPORT_ROWS },
            (_, i) =>
              `KG,2026,${tag} row ${i},${i},count,exact,,Crash harness source,https://example.org/crash,2026-01`,
          );
          try {
            const preview = await post(
              `${origin}/api/import/preview?kind=indicator&name=crash.csv`,
              { 'content-type': 'text/csv', origin, cookie },
              `${INDICATOR_HEADER}\n${rows.join('\n')}\n`,
            );
            const importId = (JSON.parse(preview.body) as { importId: string | null }).importId;
            if (!importId)
              throw new Error(
                `the harness's own import was refused: ${preview.body.slice(0, 300)}`,
              );
            const entry = { tag, acknowledged: false };
            imports.push(entry);
            const confirm = await post(
              `${origin}/api/import/confirm`,
              json,
              JSON.stringify({ importId }),
            );
            if (confirm.status === 200) {
              entry.acknowledged = true;
              summary.acknowledgedImports++;
            }
          } catch (error) {
            if ((error as Error).message.startsWith("the harness's")) throw error;
            return;
          }
        }
      };
      const work = Promise.all([edits(0), edits(1), importer()]);
      await new Promise((r) => setTimeout(r, 100 + Math.floor(random() * 1500)));
      killed = true;
      const exited = new Promise((r) =>
        server.process.exitCode !== null || server.process.signalCode !== null
          ? r(null)
          : server.process.once('exit', r),
      );
      server.process.kill('SIGKILL');
      await exited;
      summary.kills++;
      await work;

      // Recovery happens on open (the WAL is replayed); then check everything.
      const db = openDatabase(file).$client;
      const integrity = integrityCheck(db);
      if (integrity !== 'ok') {
        summary.integrityFailures++;
        log(`round ${round}: integrity_check: ${integrity}`);
      }
      const present = new Set(
        db
          .prepare(`SELECT id FROM indicators WHERE metric LIKE 'crash edit %'`)
          .pluck()
          .all() as number[],
      );
      const missing = acknowledgedIds.filter((id) => !present.has(id));
      summary.missingAcknowledged = missing.length;
      // One pass over the imported rows, grouped by the import they came from.
      const imported = new Map(
        (
          db
            .prepare(
              `SELECT substr(metric, 1, instr(metric, ' row ') - 1) AS tag, count(*) AS n FROM indicators WHERE metric LIKE 'crash import %' GROUP BY tag`,
            )
            .all() as { tag: string; n: number }[]
        ).map((r) => [r.tag, r.n]),
      );
      summary.importsChecked = imports.length;
      summary.halfAppliedImports = 0;
      for (const entry of imports) {
        const n = imported.get(entry.tag) ?? 0;
        if (n !== 0 && n !== IMPORT_ROWS) summary.halfAppliedImports++;
        if (entry.acknowledged && n !== IMPORT_ROWS) summary.missingAcknowledged++;
      }
      summary.recordsWithoutAudit = db
        .prepare(
          `SELECT count(*) FROM indicators i WHERE i.metric LIKE 'crash %' AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.record_kind = 'indicator' AND a.record_id = CAST(i.id AS TEXT))`,
        )
        .pluck()
        .get() as number;
      db.close();
      summary.rounds++;
      if (round % 10 === 0 || round === options.rounds - 1)
        log(`round ${round + 1}/${options.rounds}: ${JSON.stringify(summary)}`);
    }
  } finally {
    // Never leave a server behind (it would answer on the port for the next run).
    current?.process.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
  return summary;
}
