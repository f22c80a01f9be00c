// Which pages may drive the embedded playground. The list comes from the
// deployment (config.json's `embed.allowedOrigins`), never from the URL: anyone
// can write a URL, only the site owner writes its config.

/** An allowed origin, or every subdomain of one (`https://*.example.com`). */
export interface OriginPattern {
  scheme: 'http:' | 'https:';
  /** Lower-case host name, without the `*.` of a wildcard. */
  host: string;
  /** Explicit port, '' for the scheme's default. */
  port: string;
  /** True for `*.host`: any subdomain, not the host itself. */
  subdomains: boolean;
  /** The canonical text, e.g. `https://app.example.com`. */
  text: string;
}

export interface ParsedOrigins {
  patterns: OriginPattern[];
  /** Entries that are not an origin (a path, `*`, a typo), to report to whoever configured them. */
  invalid: string[];
}

const WILDCARD = /^(https?):\/\/\*\.([^/:]+)(:\d{1,5})?$/i;

/** One configured entry; undefined when it is not an http(s) origin or subdomain wildcard. */
export function parseOriginPattern(entry: string): OriginPattern | undefined {
  const trimmed = entry.trim();
  const wildcard = WILDCARD.exec(trimmed);
  // Parse the wildcard's base host through URL too, for the same normalisation.
  const candidate = wildcard ? `${wildcard[1]}://${wildcard[2]}${wildcard[3] ?? ''}` : trimmed;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // An origin only: a path, query, credentials or fragment means a misunderstanding.
  if (url.username || url.password || url.search || url.hash) return undefined;
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/]+\/?$/i.test(candidate)) return undefined;
  const host = url.hostname.toLowerCase();
  // URL accepts `*` and other odd hosts; an origin's host is a DNS name or an IP.
  if (!/^([a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/.test(host)) return undefined;
  // `*.com` would allow a whole top-level domain: require at least two labels.
  if (wildcard && !host.includes('.')) return undefined;
  const port = url.port;
  const base = `${url.protocol}//${wildcard ? '*.' : ''}${host}${port ? `:${port}` : ''}`;
  return { scheme: url.protocol, host, port, subdomains: wildcard !== null, text: base };
}

export function parseAllowedOrigins(entries: readonly unknown[]): ParsedOrigins {
  const patterns: OriginPattern[] = [];
  const invalid: string[] = [];
  for (const entry of entries) {
    const pattern = typeof entry === 'string' ? parseOriginPattern(entry) : undefined;
    if (pattern) {
      if (!patterns.some((p) => p.text === pattern.text)) patterns.push(pattern);
    } else
      invalid.push(typeof entry === 'string' ? entry : (JSON.stringify(entry) ?? String(entry)));
  }
  return { patterns, invalid };
}

/** True when a message's `event.origin` is one of the patterns. `null` (opaque) never is. */
export function originAllowed(origin: string, patterns: readonly OriginPattern[]): boolean {
  if (origin === 'null' || origin === '') return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  // event.origin is already canonical; anything with a path is not an origin.
  if (url.origin !== origin) return false;
  const host = url.hostname.toLowerCase();
  return patterns.some(
    (p) =>
      p.scheme === url.protocol &&
      p.port === url.port &&
      (p.subdomains ? host.endsWith(`.${p.host}`) : host === p.host),
  );
}

/**
 * Where `ready` may go before the host has said anything: the parent's origin
 * when the browser reveals it (`location.ancestorOrigins`, else the
 * referrer) and it is allowed; failing that, each exact allowed origin (the
 * browser delivers only to the one the parent really has). Never `*`.
 */
export function readyTargets(
  patterns: readonly OriginPattern[],
  parentOrigin: string | undefined,
): string[] {
  if (parentOrigin !== undefined && parentOrigin !== '' && parentOrigin !== 'null')
    return originAllowed(parentOrigin, patterns) ? [parentOrigin] : [];
  return patterns.filter((p) => !p.subdomains).map((p) => p.text);
}
