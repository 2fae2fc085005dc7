import { isValidPartialDate } from './partial-date';

/**
 * The dataset writes some dates the way its sources did: `c.2013`, `2005-2019`, `2023-H1`.
 * Those keep their wording as a label; the sortable date is only what the wording actually fixes
 * (a year for `c.2013` and `2023-H1`, the end year of a span), never a guessed month or day.
 */
export function statedDate(
  raw: string,
  fallbackYear?: number,
): { date: string | null; label: string | null } {
  const text = raw.trim();
  if (!text) return { date: fallbackYear ? String(fallbackYear) : null, label: null };
  if (isValidPartialDate(text)) return { date: text, label: null };
  // "c.2025-12" fixes a month only approximately; the date keeps that month, the label says "about".
  const circa = /^c\.\s?(\d{4}(?:-\d{2}(?:-\d{2})?)?)$/.exec(text);
  if (circa && isValidPartialDate(circa[1] as string))
    return { date: circa[1] as string, label: text };
  const span = /^(\d{4})-(\d{4})$/.exec(text);
  if (span) return { date: span[2] as string, label: text };
  const partOfYear = /^(\d{4})-(H[12]|Q[1-4]|[A-Z][a-z]{2}-[A-Z][a-z]{2})$/.exec(text);
  if (partOfYear) return { date: partOfYear[1] as string, label: text };
  // "2023 (page shows 01/12/2023)": the date before the remark is what the wording fixes.
  const remarked = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+\(.*\)$/.exec(text);
  if (remarked && isValidPartialDate(remarked[1] as string))
    return { date: remarked[1] as string, label: text };
  // Anything else ("not stated", "n.d.") is kept as worded, with no date invented for it.
  return { date: fallbackYear ? String(fallbackYear) : null, label: text };
}
