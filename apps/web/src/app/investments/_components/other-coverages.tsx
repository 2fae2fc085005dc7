import { INVESTMENT_COVERAGE_LABELS, INVESTMENT_COVERAGES } from '@tianshan/model';
import { CoverageLatestTable } from '~/components/investments/coverage-latest-table';
import type { InvestmentGroup } from '~/components/investments/latest-figure';
import { Section } from '~/components/ui/section';

/** The newest figures that cover something else than China into a whole country, each under its own heading. */
export function OtherCoverages({ groups }: { groups: InvestmentGroup[] }) {
  const coverages = INVESTMENT_COVERAGES.filter(
    (c) => c !== 'china-country' && groups.some((g) => g.coverage === c),
  );
  if (coverages.length === 0) return null;
  return (
    <Section id="other-coverages" title="Latest figures that cover something else">
      <p className="max-w-3xl text-sm text-muted">
        These measure one sector, company or project, all countries&apos; investment, or contracts,
        portfolios and debt: they are not comparable with the figures above, nor with each other.
      </p>
      {coverages.map((coverage) => (
        <div key={coverage} className="space-y-2" data-testid={`coverage-${coverage}`}>
          <h3 className="font-semibold">{INVESTMENT_COVERAGE_LABELS[coverage]}</h3>
          <CoverageLatestTable
            caption={`Latest figures: ${INVESTMENT_COVERAGE_LABELS[coverage]}`}
            groups={groups.filter((g) => g.coverage === coverage)}
            withCountry
          />
        </div>
      ))}
    </Section>
  );
}
