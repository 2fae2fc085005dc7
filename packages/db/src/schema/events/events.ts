import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { softDelete, timestamps, versioned } from '../columns';

/** A dated event of the relationship itself: summits, treaties, partnerships. */
export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    date: text('date').notNull(),
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    ...timestamps,
    ...versioned,
    ...softDelete,
  },
  (t) => [index('events_date_idx').on(t.date)],
);

export const eventCountries = sqliteTable(
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
