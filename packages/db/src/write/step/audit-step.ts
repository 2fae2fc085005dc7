import { auditRow, type AuditEntry } from '../audit';
import { insertStep, type Step } from './step';
import type { WriteDialect } from './write-dialect';

/** Yield it inside the step that makes the change, so the change and its trace commit together. */
export function* auditStep(w: WriteDialect, entry: AuditEntry): Step<void> {
  yield* insertStep(w.tables.auditLog, auditRow(entry));
}
