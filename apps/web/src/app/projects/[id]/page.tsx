import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import {
  canEdit,
  COUNTRIES,
  formatPartialDate,
  type ScopeCode,
  countryName,
} from '@tianshan/model';
import { ProjectSwimlane } from '~/components/project-swimlane';
import { label } from '~/components/filters/filter-form';
import { CentralAsiaMap } from '~/components/map/central-asia-map';
import { citationsOf } from '~/components/citation';
import { SourceDisclosure } from '~/components/source-disclosure';
import { SourceList } from '~/components/source-list';
import { Section } from '~/components/ui/section';
import { headers } from 'next/headers';
import { History } from '~/components/admin/history';
import { getSession } from '~/server/session';
import { api } from '~/trpc/server';
import { FactRow } from './_components/fact-row';
import { ProjectFacts } from './_components/project-facts';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

async function load(idText: string) {
  if (!/^\d{1,9}$/.test(idText)) return null;
  const caller = await api();
  try {
    return await caller.projects.byId({ id: Number(idText) });
  } catch (error) {
    if ((error as { code?: string }).code === 'NOT_FOUND') return null;
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await load((await params).id);
  return { title: project?.name ?? 'Project not found' };
}

const LOCATION_WORDS: Record<string, string> = {
  source: 'coordinates stated by a source',
  'approximate-city': 'approximate city coordinates, not from a source',
  other: 'coordinates from another reference',
};

export default async function ProjectPage({ params }: Props) {
  const project = await load((await params).id);
  if (!project) notFound();
  const session = await getSession(await headers());
  const editable = session !== null && canEdit(session.user.role);
  const lanes = await (await api()).projects.lanes({ ids: [project.id] });
  const history = editable
    ? await (await api()).records.history({ kind: 'project', id: project.id })
    : [];
  const today = new Date().toISOString().slice(0, 10);

  return (
    <div className="space-y-8">
      <header>
        <p className="text-sm text-muted">
          <Link href="/projects" className="text-accent underline">
            Projects
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">{project.name}</h1>
        <p className="text-muted">
          {project.countries.map((c) => {
            const country = COUNTRIES.find((x) => x.code === c);
            return country ? (
              <Link
                key={c}
                href={`/countries/${country.slug}`}
                className="mr-2 text-accent underline"
              >
                {country.name}
              </Link>
            ) : (
              <span key={c}>{countryName(c as ScopeCode)}</span>
            );
          })}
          · {project.sectorDetail ?? label(project.sector)}
        </p>
        {editable ? (
          <p className="mt-2 flex gap-3 text-sm">
            <Link
              className="text-accent underline"
              href={`/admin/records/project/${project.id}?returnTo=/projects/${project.id}`}
            >
              Edit project
            </Link>
            <Link
              className="text-accent underline"
              href={`/admin/records/milestone/new?projectId=${project.id}&returnTo=/projects/${project.id}`}
            >
              Add a milestone
            </Link>
            <Link
              className="text-accent underline"
              href={`/admin/records/project-fact/new?projectId=${project.id}&returnTo=/projects/${project.id}`}
            >
              Add a report of a fact
            </Link>
          </p>
        ) : null}
      </header>

      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Section id="facts" title="Facts">
          <dl className="rounded border border-line bg-white px-3">
            <ProjectFacts project={project} today={today} />
            <FactRow term="Chinese parties">{project.chineseParties ?? 'not stated'}</FactRow>
            <FactRow term="Local parties">{project.localParties ?? 'not stated'}</FactRow>
            <FactRow term="Capacity">{project.capacity ?? 'not stated'}</FactRow>
            <FactRow term="Location">
              {project.lat !== null && project.lon !== null ? (
                <>
                  {project.lat.toFixed(3)}, {project.lon.toFixed(3)} —{' '}
                  {LOCATION_WORDS[project.locationBasis ?? ''] ?? 'basis not stated'}
                  {project.locationNote ? (
                    <span className="note">{project.locationNote}</span>
                  ) : null}
                </>
              ) : (
                'no coordinates recorded'
              )}
            </FactRow>
          </dl>
          {project.description ? (
            <div className="rounded border border-line bg-white p-3 text-sm">
              <p className="font-semibold">Notes</p>
              <p>{project.description}</p>
            </div>
          ) : null}
          <div className="rounded border border-line bg-white p-3 text-sm">
            <p className="font-semibold">Sources</p>
            <SourceList sources={project.sources} />
          </div>
        </Section>
        {project.lat !== null && project.lon !== null ? (
          <CentralAsiaMap
            tradeByCountry={{}}
            projects={[project]}
            caption={`Location of ${project.name}`}
          />
        ) : null}
      </div>

      {lanes.rows.some((r) => r.firstMilestone ?? r.startedOn) ? (
        <Section id="over-time" title="On a time axis">
          <ProjectSwimlane
            lanes={lanes}
            downloadHref={`/export/project-lanes.csv?id=${project.id}`}
            today={today}
          />
        </Section>
      ) : null}

      <Section id="milestones" title={`Milestones (${project.milestones.length})`}>
        {project.milestones.length === 0 ? (
          <p className="text-muted">No milestones recorded.</p>
        ) : (
          <ol className="space-y-2 border-l-2 border-line pl-4">
            {project.milestones.map((m) => (
              <li key={m.id} className="entry" data-testid="milestone">
                <p>
                  <time className="font-medium tabular-nums" dateTime={m.date}>
                    {formatPartialDate(m.date)}
                  </time>{' '}
                  <span className="tag tag-milestone">{label(m.kind)}</span>
                </p>
                <p>{m.description}</p>
                <SourceDisclosure citations={citationsOf(m.sources)} />
                {editable ? (
                  <Link
                    className="text-xs text-accent underline"
                    href={`/admin/records/milestone/${m.id}?returnTo=/projects/${project.id}`}
                  >
                    Edit milestone
                  </Link>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </Section>
      {editable ? <History entries={history} /> : null}
    </div>
  );
}
