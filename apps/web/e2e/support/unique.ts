import { uniqueSuffix } from '@tianshan/db/testing';

/**
 * A tag for names of records and users a spec creates, unique across tests, workers and runs; the worker
 * slot comes first so a leftover record says which worker made it.
 */
export function uniqueTag(): string {
  return `w${process.env.TEST_PARALLEL_INDEX ?? '0'}-${uniqueSuffix()}`;
}
