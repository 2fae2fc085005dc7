import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import type { SourceGrade } from '@tianshan/model';
import { serialId, softDelete, timestamps, versioned } from '../columns';

/** Mirrors schema/sources/sources.ts; the drift test holds the two together. */
export const sources = pgTable(
  'sources',
  {
    id: serialId(),
    title: text('title').notNull(),
    publisher: text('publisher'),
    url: text('url'),
    /** Partial ISO date: text, because a year or a month is not a date PostgreSQL can store as one. */
    publishedOn: text('published_on'),
    publishedLabel: text('published_label'),
    accessedOn: text('accessed_on'),
    notes: text('notes'),
    language: text('language'),
    grade: text('grade').$type<SourceGrade>(),
    ...timestamps,
    ...versioned,
    ...softDelete,
  },
  (t) => [
    index('sources_published_on_idx').on(t.publishedOn),
    index('sources_url_idx').on(t.url),
    index('sources_grade_idx').on(t.grade),
  ],
);

export const citations = pgTable(
  'citations',
  {
    id: serialId(),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'restrict' }),
    recordKind: text('record_kind').notNull(),
    recordId: integer('record_id').notNull(),
    quote: text('quote'),
    page: text('page'),
    ...timestamps,
  },
  (t) => [
    index('citations_record_idx').on(t.recordKind, t.recordId, t.sourceId),
    index('citations_source_idx').on(t.sourceId, t.recordKind),
  ],
);
