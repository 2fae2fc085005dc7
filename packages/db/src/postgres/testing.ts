/** The throwaway PostgreSQL server for other packages' tests (see testing/with-postgres.ts). */
export { describeWithPostgres } from '../testing/with-postgres';
