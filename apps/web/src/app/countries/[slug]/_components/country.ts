import type { COUNTRIES } from '@tianshan/model';

/** The country a page is about, as the model lists it. */
export type Country = (typeof COUNTRIES)[number];
