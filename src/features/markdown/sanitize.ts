import DOMPurify from 'dompurify';
import { enforceElementPolicy, SANITIZE_CONFIG } from '../../core/markdown/sanitizeConfig';

// An instance of its own, so the hook below applies to answers only.
const purify = DOMPurify(window);
purify.addHook('afterSanitizeAttributes', (node) => enforceElementPolicy(node));

/** False where DOMPurify cannot work (it would return its input unchanged): show plain text. */
export const canSanitize = purify.isSupported;

export function sanitize(html: string): string {
  return purify.sanitize(html, SANITIZE_CONFIG);
}
