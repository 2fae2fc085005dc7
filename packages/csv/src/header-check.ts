import { headerKey } from './header-names';

export interface HeaderProblem {
  column: string | null;
  message: string;
}

export type HeaderCheck =
  { ok: true; columns: string[] } | { ok: false; problems: HeaderProblem[] };

/**
 * Maps each header cell to the expected column it names (spelled as the caller spells it), or
 * lists every problem at once so the user can fix the header in one go.
 */
export function checkHeader(
  cells: readonly string[],
  required: readonly string[],
  optional: readonly string[],
): HeaderCheck {
  const known = new Map<string, string>();
  for (const name of [...required, ...optional]) known.set(headerKey(name), name);

  const problems: HeaderProblem[] = [];
  const columns: string[] = [];
  const seen = new Set<string>();
  cells.forEach((cell, index) => {
    const name = known.get(headerKey(cell));
    if (cell.trim() === '') {
      problems.push({
        column: null,
        message: `header column ${index + 1} has no name; remove the empty column or its extra delimiter`,
      });
    } else if (name === undefined) {
      problems.push({
        column: cell,
        message: `unknown column "${cell}"; expected columns are ${list([...required, ...optional])}`,
      });
    } else if (seen.has(name)) {
      problems.push({
        column: name,
        message: `column "${cell}" appears more than once in the header`,
      });
    } else {
      seen.add(name);
      columns.push(name);
    }
  });
  for (const name of required) {
    if (!seen.has(name)) problems.push({ column: name, message: `missing column "${name}"` });
  }
  return problems.length === 0 ? { ok: true, columns } : { ok: false, problems };
}

function list(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}
