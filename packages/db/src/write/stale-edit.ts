import { sql } from 'drizzle-orm';

/** The increment every write applies to the record it changes (the column is named alike in every table). */
export const nextVersion = sql`version + 1`;
