import { createCaller, createInnerTRPCContext } from '@tianshan/api';
import { openPostgres, type PostgresDb } from '@tianshan/db/postgres/client';
import { queryCases, timeCase } from '../query-cases';
import { statementCapture, type StatementCapture } from '../statement-capture';
import { median, percentile, printTable, round } from '../stats';
import { inlinePostgresParams } from './inline-postgres-sql';
import { explain, psqlMeanRoundMs } from './psql-cli';

export interface PostgresQueryResult {
  name: string;
  statements: number;
  /** Fewer than asked when the read's time budget ran out. */
  samples: number;
  medianMs: number;
  p95Ms: number;
  psqlMs: number;
  ratio: number;
  seqScans: string[];
}

/** The tallies the database keeps are read whole by design (a few hundred rows), as on SQLite. */
const WHOLE_BY_DESIGN = /Seq Scan on (project_tallies|project_map_cells|milestone_period_counts)\b/;

const CASE_BUDGET_MS = 10_000;
const PSQL_ROUNDS_MS = 2_000;

/** Every statement the pool runs, with its parameters inlined, between `start` and `take`. */
function capturing(db: PostgresDb): StatementCapture {
  const { record, ...capture } = statementCapture();
  const query = db.$client.query.bind(db.$client) as (...args: unknown[]) => unknown;
  Object.assign(db.$client, {
    query: (...args: unknown[]) => {
      const [first, second] = args;
      record(() => {
        const config = typeof first === 'string' ? { text: first, values: second } : first;
        const { text, values } = config as { text: string; values?: unknown[] };
        return inlinePostgresParams(text, values ?? []);
      });
      return query(...args);
    },
  });
  return capture;
}

/**
 * The query-latency table on PostgreSQL: every read through the real tRPC caller (read cache off), against
 * `psql` running the same statements, as captured from the pool with their parameters, on the same
 * database. `slowMs`: a read whose p95 is above it has each statement's EXPLAIN ANALYZE printed.
 */
export async function postgresQueryLatency(params: {
  url: string;
  iterations: number;
  slowMs: number;
}): Promise<PostgresQueryResult[]> {
  process.env.TIANSHAN_QUERY_CACHE = 'off';
  const db = openPostgres(params.url, { applicationName: 'tianshan-bench' });
  const capture = capturing(db);
  const caller = createCaller(createInnerTRPCContext({ db, session: null }));
  const results: PostgresQueryResult[] = [];
  try {
    for (const c of queryCases(caller)) {
      capture.start();
      await c.run();
      const statements = capture.take();
      const samples = await timeCase(c, params.iterations, CASE_BUDGET_MS);
      // Rounds enough for about two seconds of psql's own work: far above the noise of its start-up, which
      // is subtracted (a few rounds of a sub-millisecond read would be lost in it).
      const rounds = Math.floor(PSQL_ROUNDS_MS / Math.max(median(samples), 0.05));
      const psqlMs = psqlMeanRoundMs(params.url, statements, Math.max(3, Math.min(1000, rounds)));
      const plans = statements.map((s) => explain(params.url, s));
      const seqScans = plans.flatMap((plan) =>
        plan
          .split('\n')
          .filter((l) => /Seq Scan on /.test(l) && !WHOLE_BY_DESIGN.test(l))
          .map((l) => l.replace(/^[\s>-]+/, '').trim()),
      );
      const result: PostgresQueryResult = {
        name: c.name,
        statements: statements.length,
        samples: samples.length,
        medianMs: round(median(samples)),
        p95Ms: round(percentile(samples, 95)),
        psqlMs: round(psqlMs, 3),
        ratio: round(median(samples) / Math.max(psqlMs, 0.001)),
        seqScans,
      };
      results.push(result);
      if (result.p95Ms > params.slowMs) {
        console.log(`\n${c.name}: p95 ${result.p95Ms} ms; its statements' plans:`);
        for (const s of statements) console.log(`${s}\n${explain(params.url, s, true)}`);
      }
    }
  } finally {
    await db.$client.end();
  }
  printTable(
    results.map((r) => ({
      query: r.name,
      stmts: r.statements,
      samples: r.samples,
      'median ms': r.medianMs,
      'p95 ms': r.p95Ms,
      'psql ms': r.psqlMs,
      ratio: r.ratio,
      'seq scans': r.seqScans.join('; ') || '-',
    })),
  );
  return results;
}
