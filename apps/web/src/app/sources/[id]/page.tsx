import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { canEdit, formatPartialDate } from '@tianshan/model';
import { SourceGradeForm } from '~/components/admin/source-grade-form';
import { CitedQuote } from '~/components/cited-quote';
import { gradeLabel } from '~/components/citation';
import { SourceLink } from '~/components/source-link';
import { Section } from '~/components/ui/section';
import { getSession } from '~/server/session';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

async function load(idText: string) {
  if (!/^\d{1,9}$/.test(idText)) return null;
  const caller = await api();
  try {
    return await caller.sources.byId({ id: Number(idText) });
  } catch (error) {
    if ((error as { code?: string }).code === 'NOT_FOUND') return null;
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id))?.title ?? 'Source not found' };
}

/**
 * A statistics release may back thousands of rows; the page lists the first of each kind and counts the
 * rest (the data package holds them all), so the page stays light at any database size.
 */
const SHOWN_PER_KIND = 20;

const KIND_WORDS: Record<string, string> = {
  'trade-report': 'Trade reports',
  investment: 'Investment figures',
  project: 'Projects',
  'project-fact': 'Reports of project facts',
  milestone: 'Project milestones',
  event: 'Relationship events',
  indicator: 'Indicators',
};

export default async function SourcePage({ params }: Props) {
  const source = await load((await params).id);
  if (!source) notFound();
  const caller = await api();
  const cited = await caller.sources.citedRecords({ id: source.id });
  const session = await getSession(await headers());
  const editable = session !== null && canEdit(session.user.role);
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-muted">
          <Link href="/sources" className="text-accent underline">
            Sources
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{source.title}</h1>
        <p className="text-muted">
          {source.publisher ? `${source.publisher} · ` : ''}
          {source.publishedLabel ??
            (source.publishedOn ? formatPartialDate(source.publishedOn) : 'date not stated')}
        </p>
        <p className={source.url ? '' : 'text-sm text-muted'}>
          <SourceLink
            url={source.url}
            grade={gradeLabel(source.grade)}
            className="break-all text-accent underline"
          >
            {source.url ?? 'No web address is known; the source is cited by its title.'}
          </SourceLink>
        </p>
        {source.notes ? <p className="mt-2 text-sm">{source.notes}</p> : null}
      </header>
      {editable ? <SourceGradeForm key={source.version} source={source} /> : null}
      <Section id="cited-by" title={`What cites it (${cited.length})`}>
        {Object.entries(KIND_WORDS).map(([kind, words]) => {
          const list = cited.filter((c) => c.kind === kind);
          if (list.length === 0) return null;
          return (
            <div key={kind}>
              <h3 className="font-semibold">
                {words} ({list.length})
              </h3>
              <ul className="ml-5 list-disc text-sm">
                {list.slice(0, SHOWN_PER_KIND).map((c) => (
                  <li key={`${c.kind}-${c.id}`}>
                    <Link className="text-accent underline" href={c.href}>
                      {c.label}
                    </Link>
                    {c.quote ? <CitedQuote quote={c.quote} language={source.language} /> : null}
                  </li>
                ))}
              </ul>
              {list.length > SHOWN_PER_KIND ? (
                <p className="ml-5 text-sm text-muted">
                  …and {list.length - SHOWN_PER_KIND} more {words.toLowerCase()}. Every one is in
                  the data package download.
                </p>
              ) : null}
            </div>
          );
        })}
      </Section>
    </div>
  );
}
