import { z } from 'zod';
import { REPORTERS, type Reporter, type ScopeCode } from './enums';

/**
 * Whose statistics a figure is, as the coverage view groups them: China's, the partner country's own (a
 * Kazakh figure for Kazakhstan), or anyone else's (development banks, another country's office).
 */
export const REPORTER_GROUPS = ['china', 'partner', 'others'] as const;
export const reporterGroup = z.enum(REPORTER_GROUPS);
export type ReporterGroup = z.infer<typeof reporterGroup>;

export const REPORTER_GROUP_LABELS: Record<ReporterGroup, string> = {
  china: "China's customs",
  partner: "The partner country's statistics",
  others: 'Other reporters',
};

/** The reporter codes of a group for one country, as the trade explorer's `reporter` filter takes them. */
export function reportersOfGroup(group: ReporterGroup, country: ScopeCode): Reporter[] {
  if (group === 'china') return ['CN'];
  const own = REPORTERS.filter((r) => r === country);
  if (group === 'partner') return own;
  return REPORTERS.filter((r) => r !== 'CN' && r !== country);
}
