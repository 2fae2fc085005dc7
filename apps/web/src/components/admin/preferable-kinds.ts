/**
 * The record kinds of which several reports may share one figure or fact, and an editor may choose one.
 * Kept out of the client component so the server page can ask it too.
 */
export const PREFERABLE_KINDS = ['trade-report', 'project-fact'] as const;
export type PreferableKind = (typeof PREFERABLE_KINDS)[number];

export const isPreferableKind = (kind: string): kind is PreferableKind =>
  (PREFERABLE_KINDS as readonly string[]).includes(kind);
