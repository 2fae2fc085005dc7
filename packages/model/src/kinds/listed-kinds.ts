import { recordKind } from '../enums';
import type { z } from 'zod';
import type { FieldSpec, KindDescriptor } from './descriptor';
import { KIND_DESCRIPTORS } from './registry';
import { sourceDescriptor } from './source';

/** Every kind an editor can list and edit: the cited kinds, and the sources they cite (users are apart). */
export const listedKind = recordKind.exclude(['user']);
export type ListedKind = z.infer<typeof listedKind>;

export const LISTED_KINDS: Readonly<Record<ListedKind, KindDescriptor>> = {
  ...KIND_DESCRIPTORS,
  source: sourceDescriptor,
};

export const isListedKind = (kind: string): kind is ListedKind =>
  listedKind.safeParse(kind).success;

/** A field earns a column in the editor's list when it identifies a record: required, searched or sorted on. */
const listed = (spec: FieldSpec) => Boolean(spec.required || spec.searchable || spec.sortable);

/** The fields an editor's list shows, in the order the kind declares them. */
export function listFieldsOf(d: KindDescriptor): string[] {
  return Object.entries(d.fields)
    .filter(([, spec]) => listed(spec))
    .map(([name]) => name);
}

/** Names of the fields a list can be ordered by. */
export function sortableFieldsOf(d: KindDescriptor): string[] {
  return Object.entries(d.fields)
    .filter(([, spec]) => spec.sortable)
    .map(([name]) => name);
}
