import type { Metadata } from 'next';
import { canEdit, SOURCE_GRADE_LABELS, SOURCE_GRADES } from '@tianshan/model';
import { MAPPINGS } from '@tianshan/db/import/row-mapping';
import { OFFICIAL_FORMATS } from '@tianshan/db/import/official/read-official';
import { ImportForm } from '~/components/admin/import-form';
import { NotAllowed } from '~/components/admin/not-allowed';
import { requireRole } from '~/server/guard';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Import CSV' };

const TEMPLATES: Record<string, string> = {
  'trade-report': '/export/trade.csv',
  investment: '/export/investments.csv',
  project: '/export/projects.csv',
  milestone: '/export/tianshan-data.zip',
  indicator: '/export/indicators.csv',
};

export default async function ImportPage() {
  const { session, allowed } = await requireRole(canEdit, '/admin/import');
  if (!allowed) return <NotAllowed role={session.user.role} />;
  const kinds = Object.entries(MAPPINGS).map(([kind, m]) => ({
    kind,
    required: [...m.required],
    optional: m.columns.filter((c) => !m.required.includes(c)),
    template: TEMPLATES[kind] ?? '',
  }));
  const official = Object.values(OFFICIAL_FORMATS).map((f) => ({
    kind: f.id,
    required: [...f.required],
    optional: [],
    template: '',
    official: { database: f.database.name, url: f.database.url },
  }));
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-semibold">Import a CSV</h1>
      <p className="max-w-3xl text-muted">
        UTF-8 (with or without BOM), comma or semicolon separated, one header row — the same columns
        as the downloads, so an exported table can be edited in a spreadsheet and imported back. A
        row with an <code>id</code> updates that record; a row without one is new. Nothing is
        written until you confirm the preview, and then everything is written in one go or not at
        all. A UN Comtrade or IMF IMTS download is read as it comes (no editing): each figure
        becomes a trade report, and a later download of the same data revises them.
      </p>
      <p className="max-w-3xl text-muted" data-testid="source-grade-help">
        A source a file cites for the first time is graded from its publisher and web address,
        unless the row gives <code>source_grade</code>:{' '}
        {SOURCE_GRADES.map((g, i) => (
          <span key={g}>
            {i > 0 ? ', ' : ''}
            <code>{g}</code> ({SOURCE_GRADE_LABELS[g]})
          </span>
        ))}
        . A source already stored keeps its grade: an editor changes it on the source’s page.
      </p>
      <ImportForm kinds={[...kinds, ...official]} />
    </div>
  );
}
