/*
 * Formula injection (OWASP "CSV injection"): Excel, LibreOffice and Google Sheets treat a cell that
 * starts with = + - @ as a formula, and a leading tab or carriage return can hide such a formula
 * from a quick look. A cell like `=HYPERLINK("http://evil", "click")` taken from imported data would
 * then run on the machine of whoever opens our export. Prefixing a single quote makes every
 * spreadsheet show the cell as plain text. The full-width forms (＝ ＋ － ＠) are included because
 * Apple Numbers folds them to their ASCII forms before deciding.
 *
 * Only text cells are neutralised: numeric columns are written by our own formatter and a
 * negative number must stay a number.
 *
 * The importer undoes exactly this prefix so an export round-trips through an import. A value that
 * already starts with quotes followed by a trigger ('=x) gets one more quote on export (''=x), so
 * the rule "strip one leading quote when quotes then a trigger follow" is an exact inverse.
 */

const GUARDED = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const WRITTEN_GUARD = /^'+[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const QUOTE = 0x27;

/** Text as it should be written to a CSV cell so no spreadsheet reads it as a formula. */
export function neutraliseFormula(text: string): string {
  return GUARDED.test(text) ? `'${text}` : text;
}

/** Removes the quote that {@link neutraliseFormula} added; any other text is returned unchanged. */
export function stripFormulaGuard(text: string): string {
  // Every imported cell passes here: most do not start with a quote, and a character test is cheaper.
  return text.charCodeAt(0) === QUOTE && WRITTEN_GUARD.test(text) ? text.slice(1) : text;
}
