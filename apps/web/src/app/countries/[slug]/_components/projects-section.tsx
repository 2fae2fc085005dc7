import Link from 'next/link';
import type { RouterOutputs } from '@tianshan/api';
import { formatPartialDate } from '@tianshan/model';
import { ProjectSwimlane } from '~/components/project-swimlane';
import { DownloadCsv, EmptyState, Section } from '~/components/ui/section';
import { exportHref, viewHref } from '~/filters/view-links';
import type { Country } from './country';

type Props = {
  country: Country;
  projects: RouterOutputs['projects']['list'];
  lanes: RouterOutputs['projects']['lanes'];
};

/** The most recently started projects, with a link to the full, filterable list. */
export function ProjectsSection({ country, projects, lanes }: Props) {
  const total = projects.total.toLocaleString('en-US');
  return (
    <Section
      id="projects"
      title={`Projects (${projects.total})`}
      actions={
        <div className="flex items-center gap-3">
          <Link
            className="text-sm text-accent underline"
            href={viewHref.projects({ country: [country.code] })}
          >
            Filter these projects
          </Link>
          <DownloadCsv
            href={exportHref.projects({ country: [country.code] })}
            what={`${country.name}'s projects`}
          />
        </div>
      }
    >
      {projects.rows.length === 0 ? (
        <EmptyState>No projects yet.</EmptyState>
      ) : (
        <>
          {lanes.rows.length > 0 ? (
            <ProjectSwimlane
              lanes={lanes}
              downloadHref={exportHref.projectLanes({
                country: [country.code],
                sort: 'start',
                dir: 'desc',
              })}
              order="the order below: most recently started first"
              today={new Date().toISOString().slice(0, 10)}
            />
          ) : null}
          {projects.total > projects.rows.length ? (
            <p className="text-sm text-muted">
              The {projects.rows.length} most recently started of {total}.{' '}
              <Link
                className="text-accent underline"
                href={viewHref.projects({ country: [country.code], sort: 'start', dir: 'desc' })}
              >
                See all {total} projects
              </Link>
            </p>
          ) : null}
          <ul className="grid gap-2 md:grid-cols-2">
            {projects.rows.map((p) => (
              <li key={p.id} className="rounded border border-line bg-white p-3 text-sm">
                <Link href={`/projects/${p.id}`} className="font-medium text-accent underline">
                  {p.name}
                </Link>
                <p className="text-muted">
                  {p.sectorDetail ?? p.sector} · {p.statusDetail ?? p.status}
                  {p.startedOn ? ` · since ${formatPartialDate(p.startedOn)}` : ''}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
