// Masking a key wherever text might carry it: some servers quote the key they
// rejected in their error message, and that message is shown, stored with the
// answer and exported. Only keys of a plausible length are masked, so a
// one-letter test key cannot blank every "a" on the page.

export const REDACTED = '[redacted]';
const MIN_SECRET_LENGTH = 6;

const usable = (secrets: readonly string[]) => secrets.filter((s) => s.length >= MIN_SECRET_LENGTH);

/** `text` with every occurrence of each secret replaced by REDACTED. */
export function maskText(text: string, secrets: readonly string[]): string {
  return usable(secrets).reduce((t, s) => (t.includes(s) ? t.split(s).join(REDACTED) : t), text);
}

/** A copy of plain JSON data with every string (keys included) masked. */
export function maskDeep<T>(value: T, secrets: readonly string[]): T {
  const list = usable(secrets);
  if (list.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return maskText(v, list);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, inner] of Object.entries(v)) {
        const key = maskText(k, list);
        // defineProperty: a `__proto__` key stays a plain property.
        Object.defineProperty(out, key, {
          value: walk(inner),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
