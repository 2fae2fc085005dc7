import { rowPaginationFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { RouterOutputs } from '@tianshan/api';

/** Sorting and paging only: both run on the server, the table drives their state and renders the page. */
export const features = tableFeatures({ rowSortingFeature, rowPaginationFeature });
export type TableFeatures = typeof features;

export type ListRow = RouterOutputs['workbench']['list']['rows'][number];
