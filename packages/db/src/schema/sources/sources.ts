import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { SourceGrade } from '@tianshan/model';
import { softDelete, timestamps, versioned } from '../columns';

export const sources = sqliteTable(
  'sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    publisher: text('publisher'),
    /** Optional: one starter source (a paper) has no known URL and is cited by title. */
    url: text('url'),
    /** Partial ISO date at the precision the source gives (`2025`, `2025-06`, `2025-06-23`). */
    publishedOn: text('published_on'),
    /** How the date was stated when it is not a plain date, e.g. `c.2013`. */
    publishedLabel: text('published_label'),
    accessedOn: text('accessed_on'),
    notes: text('notes'),
    /** ISO 639-1 code of the language the source is written in (`en`, `ru`, `zh`), when known. */
    language: text('language'),
    /**
     * How far the source can be trusted (official statistics … weak). Null only in a database migrated
     * from before the column, until `migrateDatabase` fills it from the publisher and the address.
     */
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

/** Links any record to a source. `recordKind` + `recordId` is polymorphic on purpose: one table for all. */
export const citations = sqliteTable(
  'citations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
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
