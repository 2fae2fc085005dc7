import {
  createLoader,
  createSerializer,
  parseAsBoolean,
  parseAsInteger,
  parseAsNumberLiteral,
  parseAsString,
  parseAsStringLiteral,
  type inferParserType,
} from 'nuqs/server';

/** The page sizes the workbench offers (the records read refuses any other). */
export const PAGE_SIZES = [25, 50, 100] as const;

/**
 * The workbench's whole state lives in the URL, so a list can be shared, reloaded and bookmarked as seen:
 * search text, order, page, page size and whether deleted records are listed instead of live ones.
 */
export const workbenchParams = {
  q: parseAsString.withDefault(''),
  sort: parseAsString.withDefault('id'),
  dir: parseAsStringLiteral(['asc', 'desc'] as const).withDefault('desc'),
  page: parseAsInteger.withDefault(1),
  size: parseAsNumberLiteral(PAGE_SIZES).withDefault(PAGE_SIZES[0]),
  deleted: parseAsBoolean.withDefault(false),
};

export type WorkbenchState = inferParserType<typeof workbenchParams>;

export const loadWorkbenchParams = createLoader(workbenchParams);
export const workbenchUrl = createSerializer(workbenchParams);
