import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { countryBySlug } from '@tianshan/model';
import { api } from '~/trpc/server';
import { IndicatorsSection } from './_components/indicators-section';
import { InvestmentsSection } from './_components/investments-section';
import { MirrorSection } from './_components/mirror-section';
import { PartYearSection } from './_components/part-year-section';
import { ProjectsSection } from './_components/projects-section';
import { TimelineSection } from './_components/timeline-section';
import { TradeCoverageSection } from './_components/trade-coverage-section';
import { TradeSection } from './_components/trade-section';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const country = countryBySlug((await params).slug);
  return { title: country ? `${country.name} and China` : 'Country not found' };
}

/** The most recently started projects; the projects page lists, pages and filters all of them. */
const PROJECTS_SHOWN = 6;
/** The newest milestones and events; the timeline lists and pages all of them. */
const TIMELINE_SHOWN = 6;

export default async function CountryPage({ params }: Props) {
  const country = countryBySlug((await params).slug);
  if (!country) notFound();
  const countries = [country.code];
  const caller = await api();
  const [
    series,
    mirror,
    partYear,
    investments,
    investmentChart,
    projects,
    lanes,
    timeline,
    indicators,
  ] = await Promise.all([
    caller.trade.series({ country: country.code }),
    caller.trade.mirror({ country: country.code }),
    caller.trade.figures({ countries, periodKinds: ['half', 'quarter', 'month', 'ytd'] }),
    caller.investments.summary({ countries }),
    caller.investments.chart({ countries }),
    caller.projects.list({
      countries,
      sort: 'start',
      dir: 'desc',
      limit: PROJECTS_SHOWN,
      offset: 0,
    }),
    caller.projects.lanes({ countries, sort: 'start', dir: 'desc', limit: PROJECTS_SHOWN }),
    caller.timeline.list({ countries, limit: TIMELINE_SHOWN }),
    caller.indicators.list({ countries }),
  ]);

  return (
    <div className="space-y-10">
      <header>
        <p className="text-sm text-muted">
          <Link href="/" className="text-accent underline">
            Overview
          </Link>{' '}
          / Countries
        </p>
        <h1 className="text-3xl font-semibold">{country.name} and China</h1>
        <p className="text-muted">
          Capital: {country.capital}. Trade, Chinese investment, cooperation projects and
          milestones, each with its source.
        </p>
      </header>
      <TradeSection country={country} series={series} />
      <TradeCoverageSection country={country} chart={series.chart} />
      <MirrorSection country={country} mirror={mirror} />
      <PartYearSection country={country} figures={partYear} />
      <InvestmentsSection country={country} summary={investments} chart={investmentChart} />
      <ProjectsSection country={country} projects={projects} lanes={lanes} />
      <TimelineSection country={country} entries={timeline} />
      <IndicatorsSection country={country} indicators={indicators} />
    </div>
  );
}
