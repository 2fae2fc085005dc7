import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { serialId, softDelete, timestamps, versioned } from '../columns';

/** Mirrors schema/events/events.ts. */
export const events = pgTable(
  'events',
  {
    id: serialId(),
    date: text('date').notNull(),
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    ...timestamps,
    ...versioned,
    ...softDelete,
  },
  // In code point order, as the reads compare and sort dates (see milestones_live_date_idx).
  (t) => [index('events_date_idx').on(sql`(${t.date} COLLATE "C")`)],
);

export const eventCountries = pgTable(
  'event_countries',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    country: text('country').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.country] }),
    index('event_countries_country_idx').on(t.country, t.eventId),
  ],
);
