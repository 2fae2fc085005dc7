import { z } from 'zod';
import { isValidPartialDate } from './partial-date';

/**
 * A partial date as a form or CSV field. Apart from the date helpers, so that a client component that only
 * formats or places dates does not bring zod into the browser's bundle.
 */
export const partialDate = z.string().trim().refine(isValidPartialDate, {
  message: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
});
