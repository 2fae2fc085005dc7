import 'server-only';
import { listSources } from '@tianshan/db/queries/sources';
import { getDb } from './db';

/** Sources for the citation picker, labelled so two similar titles can be told apart. */
export async function sourceOptions() {
  return (await listSources(getDb()))
    .map((s) => ({ id: s.id, label: `${s.title}${s.publishedOn ? ` (${s.publishedOn})` : ''}` }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
