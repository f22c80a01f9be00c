import type { PreparedRequest } from '../types';
import { envVarName, plainHeaders, prettyJson, shellQuote, toJson } from './literals';

/** Text that means the same inside double quotes in bash (no `$`, `` ` ``, `\`, `"`, `!`). */
const SAFE_IN_DOUBLE_QUOTES = /^[A-Za-z0-9 _.,:;=+/@%^~-]*$/;

/**
 * The key header as a shell word in which `$ENV_VAR` really expands:
 * `"api-key: $SIPPULSE_API_KEY"`, or `'odd name: '"$VAR"` when the header
 * name or prefix holds characters double quotes would interpret.
 */
function authHeaderWord(auth: PreparedRequest['auth']): string {
  const env = envVarName(auth.envVar);
  const head = `${auth.header}: ${auth.prefix}`;
  return SAFE_IN_DOUBLE_QUOTES.test(head) ? `"${head}$${env}"` : `${shellQuote(head)}"$${env}"`;
}

/**
 * A bash command. `--fail-with-body` (curl 7.76+) prints the server's error
 * body and exits non-zero on HTTP errors; `-N` shows a stream as it arrives.
 */
export function curlCode(req: PreparedRequest): string {
  const options = [
    ...plainHeaders(req.headers, req.auth.header).map(
      ([name, value]) => `-H ${shellQuote(`${name}: ${value}`)}`,
    ),
    `-H ${authHeaderWord(req.auth)}`,
    '--fail-with-body',
    ...(req.stream ? ['--no-buffer'] : []),
    `--data-raw ${shellQuote(prettyJson(toJson(req.body)))}`,
  ];
  return [
    `# Reads the key from ${envVarName(req.auth.envVar)}.`,
    `curl -X ${req.method} ${shellQuote(req.url)} \\`,
    ...options.map((o, i) => `  ${o}${i < options.length - 1 ? ' \\' : ''}`),
    '',
  ].join('\n');
}
