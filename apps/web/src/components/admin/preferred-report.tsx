'use client';

import { trpc } from '~/trpc/client';
import type { PreferableKind } from './preferable-kinds';
import { ActionError } from './action-error';
import { useReasonedAction } from './reasoned-action';

const SET_PREFERRED = {
  'trade-report': (input: { id: number; preferred: boolean; reason?: string }) =>
    trpc.records.setPreferred.mutate(input),
  'project-fact': (input: { id: number; preferred: boolean; reason?: string }) =>
    trpc.records.setPreferredProjectFact.mutate(input),
} satisfies Record<PreferableKind, unknown>;

/** What readers see while no editor has chosen, in the words of each kind's rule. */
const RULES: Record<PreferableKind, string> = {
  'trade-report':
    'Where several reports of the same figure disagree, readers see the one the rules prefer: an exact figure over a bound, then the latest source, then the better-graded source.',
  'project-fact':
    "Where several reports of the same fact disagree, readers see what the project's own record says, and for a planned date the plan as first reported. Choosing this report makes a value, status or actual date the project's.",
};

/**
 * Which of the disagreeing reports readers see. The rules choose unless an editor has: choosing this one
 * clears the choice on the others of the same figure, and the history of each says who chose and why.
 */
export function PreferredReport({
  kind,
  id,
  preferred,
}: {
  kind: PreferableKind;
  id: number;
  preferred: boolean;
}) {
  const { run, error } = useReasonedAction(
    preferred
      ? 'Why should the rules choose again? (optional)'
      : 'Why should readers see this report? (optional)',
    (reason) => SET_PREFERRED[kind]({ id, preferred: !preferred, reason }),
  );
  return (
    <section aria-labelledby="preferred-report" className="space-y-2">
      <h2 id="preferred-report" className="text-xl font-semibold">
        Which report readers see
      </h2>
      <p className="max-w-prose text-sm" data-testid="preferred-state">
        {preferred
          ? 'An editor chose this report: readers see it as the figure, with the other reports of the same figure beside it.'
          : RULES[kind]}
      </p>
      <button type="button" onClick={run} className="rounded border border-line px-3 py-1 text-sm">
        {preferred ? 'Let the rules choose again' : 'Show this report as the figure'}
      </button>
      <ActionError error={error} />
    </section>
  );
}
