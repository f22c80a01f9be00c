// Reads a session file's text (or a share link's decompressed text): JSON,
// then the JSON Schema (compiled at build time), then each store's own
// sanitiser. Either a clean Session or the reasons it was refused; never half.

import validate, { type SessionValidationError } from 'virtual:session-validator';
import { validateBaseUrl } from '../connections/connectionDraft';
import { isRecord } from '../dialects/wire';
import { migratePersisted, PERSIST_VERSION } from '../persistence/persistedState';
import { sanitiseThinking } from '../reasoning/thinking';
import { sanitiseStructured } from '../structured/persisted';
import { sanitiseToolsState } from '../tools/toolsState';
import { sanitiseVariables } from '../variables/variables';
import type { Session } from './envelope';
import { SESSION_FORMAT, SESSION_VERSION } from './schema';

export type ParsedSession = { ok: true; session: Session } | { ok: false; problems: string[] };

/** The most problems one message lists; the rest are counted. */
const SHOWN_PROBLEMS = 4;

function pathOf(pointer: string): string {
  if (pointer === '') return 'the file';
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
}

function describe(error: SessionValidationError): string {
  const p = error.params;
  switch (error.keyword) {
    case 'type':
      return `must be ${String(p.type)}`;
    case 'enum':
      return `must be one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'required':
      return `needs "${String(p.missingProperty)}"`;
    case 'additionalProperties':
      return `has an unknown field "${String(p.additionalProperty)}"`;
    case 'maxLength':
      return `is longer than ${String(p.limit)} characters`;
    case 'maxItems':
    case 'maxProperties':
      return `has more than ${String(p.limit)} entries`;
    case 'propertyNames':
      return `has a field name that is not a parameter name`;
    default:
      return error.message ?? 'is not valid';
  }
}

// if/then/else and anyOf repeat what their branches said; the branches are clearer.
const SUMMARY_KEYWORDS = new Set(['if', 'anyOf', 'pattern']);

function schemaProblems(errors: readonly SessionValidationError[]): string[] {
  const lines: string[] = [];
  for (const e of errors) {
    if (SUMMARY_KEYWORDS.has(e.keyword) && errors.length > 1 && e.keyword !== 'pattern') continue;
    const line =
      e.keyword === 'pattern'
        ? `${pathOf(e.instancePath)} must be an http:// or https:// URL`
        : `${pathOf(e.instancePath)} ${describe(e)}`;
    if (!lines.includes(line)) lines.push(line);
  }
  if (lines.length <= SHOWN_PROBLEMS) return lines;
  return [...lines.slice(0, SHOWN_PROBLEMS), `…and ${lines.length - SHOWN_PROBLEMS} more`];
}

export function parseSession(text: string): ParsedSession {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [`It is not JSON (${error instanceof Error ? error.message : 'unreadable'}).`],
    };
  }
  if (!isRecord(data) || data.format !== SESSION_FORMAT)
    return { ok: false, problems: ['It is not an LLM Playground session (no "format" field).'] };
  if (typeof data.version === 'number' && data.version > SESSION_VERSION)
    return {
      ok: false,
      problems: [
        `It was made by a newer version of the playground (session version ${data.version}; this one reads ${SESSION_VERSION}).`,
      ],
    };
  if (!validate(data)) return { ok: false, problems: schemaProblems(validate.errors ?? []) };
  return sanitise(data);
}

function sanitise(data: Record<string, unknown>): ParsedSession {
  // The schema guarantees the shapes; these are the stores' own sanitisers,
  // so an import holds exactly what a reload from storage would.
  const raw = data as unknown as Session;
  const connection = raw.connection;
  if (connection.baseUrl !== undefined) {
    const problem = validateBaseUrl(connection.baseUrl);
    if (problem) return { ok: false, problems: [`connection.baseUrl: ${problem}`] };
  }
  const playground = migratePersisted(
    {
      system: raw.system,
      messages: raw.messages,
      stream: raw.stream,
      mode: raw.mode,
      prompt: raw.prompt,
      suffix: raw.suffix,
    },
    PERSIST_VERSION,
  );
  const tools = sanitiseToolsState(raw.tools);
  const model = raw.model;
  const thinking =
    model !== null && raw.thinking
      ? sanitiseThinking({ byModel: { [model]: raw.thinking } })[model]
      : undefined;
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw.params ?? {})) params[key] = value;
  const variables = { ...sanitiseVariables({ values: raw.variables ?? {} }).values };
  const session: Session = {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    ...(raw.exportedAt !== undefined && { exportedAt: raw.exportedAt }),
    connection: {
      provider: connection.provider,
      ...(connection.baseUrl !== undefined && { baseUrl: connection.baseUrl.trim() }),
      ...(connection.label !== undefined && { label: connection.label }),
    },
    model,
    params,
    ...(thinking && { thinking }),
    system: playground.system,
    messages: playground.messages,
    stream: playground.stream,
    mode: playground.mode,
    prompt: playground.prompt,
    suffix: playground.suffix,
    tools: {
      tools: tools.tools.map((t) => ({ source: t.source, mock: t.mock })),
      toolChoice: tools.toolChoice,
      parallelToolCalls: tools.parallelToolCalls,
      autoReply: tools.autoReply,
      maxSteps: tools.maxSteps,
    },
    responseFormat: sanitiseStructured({ settings: raw.responseFormat }).settings,
    ...(Object.keys(variables).length > 0 && { variables }),
  };
  return { ok: true, session };
}
