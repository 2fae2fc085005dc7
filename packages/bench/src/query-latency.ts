import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCaller, createInnerTRPCContext } from '@tianshan/api';
import { openDatabase } from '@tianshan/db/client';
import { queryCases, timeCase } from './query-cases';
import { capturingStatements } from './sqlite-capture';
import { cliMeanRoundMs, explainQueryPlan } from './sqlite-cli';
import { median, percentile, printTable, round } from './stats';
import { writeResults } from './results';

/**
 * Every dashboard aggregate through the real tRPC caller, against the same statements run by the sqlite3
 * CLI in the same run. The statements are captured from the driver as executed, with their parameters, so both
 * sides do the same SQL work; the ratio is what our layers (Drizzle, zod, superjson-free caller, JS shaping) cost.
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/synthetic.db' },
    iterations: { type: 'string', default: '50' },
    out: { type: 'string', default: 'bench-results/query-latency.json' },
  },
});
const dbFile = path.resolve(values.db);
if (!existsSync(dbFile)) {
  console.error(
    `${dbFile} not found: generate it with pnpm --filter @tianshan/db db:synthetic --out ${values.db}`,
  );
  process.exit(2);
}
const iterations = Number(values.iterations);
// Measure the queries themselves, not the cache that serves repeated reads between writes.
process.env.TIANSHAN_QUERY_CACHE = 'off';

const db = openDatabase(dbFile);
const capture = capturingStatements(db.$client);
const caller = createCaller(createInnerTRPCContext({ db, session: null }));

const cases = queryCases(caller);

const rows: Record<string, string | number>[] = [];
const results = [];
for (const c of cases) {
  capture.start();
  await c.run();
  const statements = capture.take();
  const samples = await timeCase(c, iterations);
  const cli = cliMeanRoundMs(dbFile, statements, Math.max(5, Math.min(iterations, 50)));
  const fullScans = statements.flatMap((s) =>
    explainQueryPlan(dbFile, s)
      .split('\n')
      // Scanning json_each reads the bound list of ids (a page's worth), not a table; the tallies the
      // database keeps (schema/projects/aggregates.ts) are read whole by design, a few hundred rows.
      .filter(
        (l) =>
          /\bSCAN (?!.*USING (COVERING )?INDEX)/.test(l) &&
          !/SCAN CONSTANT ROW/.test(l) &&
          !/SCAN json_each VIRTUAL TABLE/.test(l) &&
          !/SCAN (project_tallies|project_map_cells|milestone_period_counts)\b/.test(l),
      )
      .map((l) => l.replace(/^[|`\- ]+/, '').trim()),
  );
  const result = {
    name: c.name,
    statements: statements.length,
    medianMs: round(median(samples)),
    p95Ms: round(percentile(samples, 95)),
    cliMs: round(cli, 3),
    ratio: round(median(samples) / Math.max(cli, 0.001)),
    fullScans,
  };
  results.push(result);
  rows.push({
    query: c.name,
    stmts: result.statements,
    'median ms': result.medianMs,
    'p95 ms': result.p95Ms,
    'sqlite3 ms': result.cliMs,
    ratio: result.ratio,
    'full scans': fullScans.join('; ') || '-',
  });
}
printTable(rows);
writeResults(values.out, { db: dbFile, iterations, results });
db.$client.close();
