import { describe, expect, it } from 'vitest';
import { pageTemplate, withNonce } from './page-template';

const PLACEHOLDER = 'p'.repeat(24);
const NONCE = 'AbCdEfGhIjKlMnOpQrStUv==';

describe('page template', () => {
  it('writes the nonce wherever the placeholder stood, and nowhere else', () => {
    const html = `<script nonce="${PLACEHOLDER}">a</script>${'x'.repeat(10_000)}<p>Урумчи – Алматы</p><script nonce="${PLACEHOLDER}">b</script>${PLACEHOLDER}`;
    expect(withNonce(pageTemplate(html, PLACEHOLDER), NONCE).toString()).toBe(
      html.replaceAll(PLACEHOLDER, NONCE),
    );
  });

  it('leaves the template untouched, so the next response gets its own nonce', () => {
    const html = `<script nonce="${PLACEHOLDER}"></script>`;
    const template = pageTemplate(html, PLACEHOLDER);
    withNonce(template, NONCE);
    expect(withNonce(template, 'Q'.repeat(24)).toString()).toBe(
      html.replaceAll(PLACEHOLDER, 'Q'.repeat(24)),
    );
  });

  it('serves a page without any placeholder as it is', () => {
    expect(withNonce(pageTemplate('<p>plain</p>', PLACEHOLDER), NONCE).toString()).toBe(
      '<p>plain</p>',
    );
  });
});
