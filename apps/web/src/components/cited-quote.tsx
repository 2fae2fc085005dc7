/** English names of languages, for saying which language a quote is in. */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
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
