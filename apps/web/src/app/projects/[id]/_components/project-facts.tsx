import type { RouterOutputs } from '@tianshan/api';
import { completionSlippage, type ProjectFact } from '@tianshan/model';
import { label } from '~/components/filters/filter-form';
import { SlippageBadge } from '~/components/slippage-badge';
import { FactRow } from './fact-row';
import { ReportedFact } from './reported-fact';

type Project = RouterOutputs['projects']['byId'];

/** The fact rows in reading order, each named as the page always named it. */
const ROWS: { fact: ProjectFact; term: string; onlyWhenKnown?: true }[] = [
  { fact: 'status', term: 'Status' },
  { fact: 'value', term: 'Value' },
  { fact: 'planned-start', term: 'Planned start', onlyWhenKnown: true },
  { fact: 'actual-start', term: 'Start / announced' },
  { fact: 'planned-completion', term: 'Planned completion', onlyWhenKnown: true },
  { fact: 'actual-completion', term: 'Completion' },
];

/** The project's reported facts: planned and actual dates apart, each with its reports and sources. */
export function ProjectFacts({ project, today }: { project: Project; today: string }) {
  const slippage = completionSlippage({ ...project, today });
  return (
    <>
      {ROWS.map(({ fact, term, onlyWhenKnown }) => {
        const view = project.facts.find((f) => f.fact === fact);
        if (!view || (onlyWhenKnown && !view.shown)) return null;
        return (
          <FactRow key={fact} term={term}>
            <div data-testid={`fact-${fact}`}>
              <ReportedFact view={view} term={term} />
              {fact === 'value' && view.shown ? (
                <span className="ml-2 text-muted">
                  {view.shown.valueKind ? label(view.shown.valueKind) : 'kind of figure not stated'}
                </span>
              ) : null}
              {fact === 'status' && view.shown?.id === 0 && project.statusDetail ? (
                <span className="block text-muted">
                  As the latest source put it: “{project.statusDetail}”
                </span>
              ) : null}
              {fact === 'planned-completion' && slippage ? (
                <span className="ml-2">
                  <SlippageBadge slippage={slippage} />
                </span>
              ) : null}
            </div>
          </FactRow>
        );
      })}
    </>
  );
}
