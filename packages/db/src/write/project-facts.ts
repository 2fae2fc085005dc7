import type { Database } from '../database';
import { setPreferredProjectFactStep } from './step/preferred-steps';
import type { EditOptions } from './step/record-steps';
import { runWrite } from './step/run-write';

/**
 * Marks one report as the preferred one among the reports of the same fact of the same project (clearing
 * the others' marks, each audited); `preferred: false` clears the choice. A preferred value, status or
 * actual date becomes the project's own, and the project's plan is recomputed.
 */
export async function setPreferredProjectFact(
  db: Database,
  id: number,
  preferred: boolean,
  options: EditOptions,
): Promise<void> {
  await runWrite(db, (w) => setPreferredProjectFactStep(w, id, preferred, options));
}
