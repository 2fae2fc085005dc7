/**
 * English names of languages, for saying which language a quote is in. Made on first use, not when the
 * module loads: building it loads the browser's locale data (tens of milliseconds on a phone), and this
 * module loads with every page's figures while hydration waits, although quotes show only in an opened
 * popover.
 */
let languageNames: Intl.DisplayNames | undefined;

function languageName(code: string): string {
  try {
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The words on the cited page that carry the figure, as plain text in quotation marks (React escapes it;
 * it is never read as HTML), marked with the page's language where known so it is read and spoken right.
 */
export function CitedQuote({ quote, language }: { quote: string; language?: string | null }) {
  return (
    <span className="mt-1 block text-muted" data-testid="cited-quote">
      <span lang={language ?? undefined}>“{quote}”</span>
      {language && language !== 'en' ? (
        <span className="text-xs"> (in {languageName(language)})</span>
      ) : null}
    </span>
  );
}
