// Turns the text of config.json into a RuntimeConfig and a list of what was
// ignored and why. The rule: the file is checked against its JSON Schema
// (compiled at build time), then against the app's own tables; each invalid
// part is dropped on its own (one connection, one parameter default, one
// field) and everything valid still applies. Only a file that is not a JSON
// object is ignored as a whole.

import validate, { type ValidationError } from 'virtual:config-validator';
import { presetById, validateBaseUrl } from '../connections/connectionDraft';
import { isRecord } from '../dialects/wire';
import { guessPreset } from '../dialects/presets';
import { parseOriginPattern } from '../embed/origins';
import { PARAMS } from '../params/registry';
import { isModelAllowed } from './modelRules';
import {
  EMPTY_CONFIG,
  type ConfigConnection,
  type ConfigProblem,
  type ConfigProvider,
  type ParamDefault,
  type RuntimeConfig,
} from './types';

export interface ParseOptions {
  /** Whether a string is a CSS colour (the browser's CSS.supports in the app). */
  isColor(value: string): boolean;
}

export interface ParsedConfig {
  config: RuntimeConfig;
  problems: ConfigProblem[];
}

type Path = readonly (string | number)[];

/** `connections[0].baseUrl`, as a person would point at it in the file. */
export function formatPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function parsePointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const SECTIONS = new Set(['models', 'params', 'features', 'embed']);

/**
 * The smallest part of the file an error makes us drop: one connection, one
 * parameter default, one field of a section, or one top-level field.
 */
function unitOf(path: Path): Path {
  const [first, second, third] = path;
  if (first === undefined) return [];
  if (first === 'connections') return second === undefined ? [first] : [first, second];
  if (first === 'params' && second === 'defaults' && third !== undefined)
    return [first, second, third];
  if (SECTIONS.has(String(first)) && second !== undefined) return [first, second];
  return [first];
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function describe(error: ValidationError): string {
  const p = error.params;
  switch (error.keyword) {
    case 'type':
      return `must be ${TYPE_NAMES[String(p.type)] ?? String(p.type)}`;
    case 'enum':
      return `must be one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'minLength':
    case 'minItems':
      return p.limit === 1 ? 'must not be empty' : `needs at least ${String(p.limit)}`;
    case 'maxLength':
      return `must be at most ${String(p.limit)} characters`;
    case 'maxItems':
    case 'maxProperties':
      return `must have at most ${String(p.limit)} entries`;
    case 'required':
      return `needs "${String(p.missingProperty)}"`;
    case 'anyOf':
      return 'must be a number, text, true/false or a list of texts';
    default:
      return error.message ?? 'is not valid';
  }
}

// Names that mean "a secret": config.json is downloadable by anyone.
const SECRET_NAME =
  /^(api[-_ ]?key|key|secret|token|access[-_]?token|password|authorization|bearer|headers?)$/i;

const SECRET_MESSAGE = (what: string) =>
  `contains ${what}. config.json is public (anyone can download it), so keys must never be in it: this part was ignored. Remove it from the file and revoke that key.`;

function secretField(obj: Record<string, unknown>): string | undefined {
  return Object.keys(obj).find((k) => SECRET_NAME.test(k));
}

/** A key put in the URL instead (`https://user:key@host`, `?api_key=`). */
function secretInUrl(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const url = new URL(text.trim());
    if (url.username || url.password) return 'credentials in its baseUrl';
    const name = [...url.searchParams.keys()].find((k) => SECRET_NAME.test(k));
    return name === undefined ? undefined : `a key in its baseUrl ("${name}")`;
  } catch {
    return undefined;
  }
}

class Problems {
  private byUnit = new Map<string, ConfigProblem>();
  /** Drops `unit` (the first reason given is the one reported). */
  drop(unit: Path, message: string, severity: ConfigProblem['severity'] = 'warning'): void {
    const key = unit.join('/');
    if (!this.byUnit.has(key))
      this.byUnit.set(key, { field: formatPath(unit) || 'config.json', message, severity });
  }
  /** Whether `path` and every part containing it were kept. */
  ok(...path: (string | number)[]): boolean {
    for (let i = 1; i <= path.length; i++)
      if (this.byUnit.has(path.slice(0, i).join('/'))) return false;
    return true;
  }
  /** Secrets first, then in the order of their fields' names: stable, easy to scan. */
  list(): ConfigProblem[] {
    const rank = (p: ConfigProblem) => (p.severity === 'error' ? 0 : 1);
    return [...this.byUnit.values()].sort(
      (a, b) => rank(a) - rank(b) || a.field.localeCompare(b.field, 'en', { numeric: true }),
    );
  }
}

const own = (obj: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(obj, key) ? obj[key] : undefined;

function checkSecrets(raw: Record<string, unknown>, problems: Problems): void {
  const top = secretField(raw);
  if (top !== undefined) problems.drop([top], SECRET_MESSAGE(`an API key ("${top}")`), 'error');
  const list = own(raw, 'connections');
  if (!Array.isArray(list)) return;
  list.forEach((entry, i) => {
    if (!isRecord(entry)) return;
    const field = secretField(entry);
    const inUrl = secretInUrl(own(entry, 'baseUrl'));
    const what = field !== undefined ? `an API key ("${field}")` : inUrl;
    if (what !== undefined) problems.drop(['connections', i], SECRET_MESSAGE(what), 'error');
  });
}

function checkSchema(raw: Record<string, unknown>, problems: Problems): void {
  if (validate(raw)) return;
  for (const error of validate.errors ?? []) {
    const path = parsePointer(error.instancePath);
    if (error.keyword === 'additionalProperties') {
      const extra = [...path, String(error.params.additionalProperty)];
      // Only the unknown field is left out (a secret there was reported already).
      if (problems.ok(...unitOf(extra)))
        problems.drop(extra, 'is not a setting this app knows: ignored (check the spelling)');
      continue;
    }
    // The branches of anyOf each fail on their own; the anyOf error sums them up.
    const inDefault = path[0] === 'params' && path[1] === 'defaults' && path.length > 2;
    if (inDefault && error.keyword !== 'anyOf') continue;
    problems.drop(unitOf(path), describe(error));
  }
}

function readConnections(raw: Record<string, unknown>, problems: Problems): ConfigConnection[] {
  const list = own(raw, 'connections');
  if (!Array.isArray(list) || !problems.ok('connections')) return [];
  const out: ConfigConnection[] = [];
  const names = new Set<string>();
  list.forEach((entry: Record<string, unknown>, i) => {
    if (!problems.ok('connections', i)) return;
    const name = String(entry.name).trim();
    const provider = entry.provider as ConfigProvider;
    const at = ['connections', i] as const;
    if (name === '') return problems.drop([...at, 'name'], 'must not be blank');
    if (names.has(name.toLowerCase()))
      return problems.drop(at, `another connection is already named "${name}"`);
    if (provider === 'inbrowser') {
      names.add(name.toLowerCase());
      out.push({ name, provider, preset: 'inbrowser', baseUrl: '' });
      return;
    }
    const rawUrl = own(entry, 'baseUrl');
    if (typeof rawUrl !== 'string') return problems.drop(at, `needs a "baseUrl" for ${provider}`);
    const urlError = validateBaseUrl(rawUrl);
    if (urlError) return problems.drop([...at, 'baseUrl'], urlError);
    const baseUrl = rawUrl.trim().replace(/\/+$/, '');
    let preset: string = guessPreset(provider, baseUrl);
    const wanted = own(entry, 'preset');
    if (typeof wanted === 'string') {
      const known = presetById(wanted);
      if (known?.provider === provider) preset = known.id;
      else
        problems.drop(
          [...at, 'preset'],
          `is not a ${provider} preset: "${preset}" (guessed from the URL) is used instead`,
        );
    }
    names.add(name.toLowerCase());
    out.push({ name, provider, preset, baseUrl });
  });
  return out;
}

/** Checks a default against what the parameter takes anywhere (ranges per model come later). */
function paramDefault(key: string, value: unknown): { value: ParamDefault } | { error: string } {
  const specs = PARAMS.filter((s) => s.key === key);
  if (specs.length === 0) return { error: 'is not a parameter this app knows' };
  let error = 'has the wrong type for this parameter';
  for (const spec of specs) {
    if (spec.control === 'number') {
      if (typeof value !== 'number') {
        error = 'must be a number';
        continue;
      }
      const max = typeof spec.max === 'number' ? spec.max : Infinity;
      if (spec.integer && !Number.isInteger(value)) error = 'must be a whole number';
      else if (value < spec.min || value > max)
        error = `must be between ${spec.min} and ${max === Infinity ? 'the model’s limit' : max}`;
      else return { value };
    } else if (spec.control === 'select') {
      if (typeof value === 'string' || typeof value === 'boolean') return { value: String(value) };
      error = 'must be one of the parameter’s choices, as text';
    } else {
      const list = typeof value === 'string' ? [value] : value;
      if (!Array.isArray(list) || list.some((s) => typeof s !== 'string' || s === '')) {
        error = 'must be a list of non-empty texts';
        continue;
      }
      if (list.length > spec.maxItems) error = `takes at most ${spec.maxItems} entries`;
      else return { value: list as string[] };
    }
  }
  return { error };
}

function readParams(raw: Record<string, unknown>, problems: Problems): RuntimeConfig['params'] {
  const params = own(raw, 'params');
  const defaults: Record<string, ParamDefault> = {};
  const locked: string[] = [];
  if (!isRecord(params) || !problems.ok('params')) return { defaults, locked };
  const rawDefaults = own(params, 'defaults');
  if (isRecord(rawDefaults) && problems.ok('params', 'defaults')) {
    for (const [key, value] of Object.entries(rawDefaults)) {
      if (!problems.ok('params', 'defaults', key)) continue;
      const checked = paramDefault(key, value);
      if ('error' in checked) problems.drop(['params', 'defaults', key], checked.error);
      else defaults[key] = checked.value;
    }
  }
  const rawLocked = own(params, 'locked');
  if (Array.isArray(rawLocked) && problems.ok('params', 'locked')) {
    rawLocked.forEach((key: string, i) => {
      if (!PARAMS.some((s) => s.key === key))
        problems.drop(['params', 'locked', i], `"${key}" is not a parameter this app knows`);
      else if (!locked.includes(key)) locked.push(key);
    });
  }
  return { defaults, locked };
}

function readOrigins(raw: Record<string, unknown>, problems: Problems): string[] {
  const embed = own(raw, 'embed');
  const list = isRecord(embed) ? own(embed, 'allowedOrigins') : undefined;
  if (!Array.isArray(list) || !problems.ok('embed', 'allowedOrigins')) return [];
  const out: string[] = [];
  list.forEach((text: string, i) => {
    const at = ['embed', 'allowedOrigins', i];
    if (text.trim() === '*')
      return problems.drop(at, 'must name each origin: "*" would let any site drive the app');
    // The embedding bridge's own reading of an origin, so both agree on what is valid.
    const pattern = parseOriginPattern(text);
    if (!pattern)
      return problems.drop(
        at,
        'must be an origin such as https://example.com or https://*.example.com (no path)',
      );
    if (!out.includes(pattern.text)) out.push(pattern.text);
  });
  return out;
}

function readString(
  raw: Record<string, unknown>,
  key: string,
  problems: Problems,
): string | undefined {
  const value = own(raw, key);
  if (typeof value !== 'string' || !problems.ok(key)) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') problems.drop([key], 'must not be blank');
  return trimmed === '' ? undefined : trimmed;
}

function readFeature(raw: Record<string, unknown>, key: string, problems: Problems): boolean {
  const features = own(raw, 'features');
  const value = isRecord(features) ? own(features, key) : undefined;
  return typeof value === 'boolean' && problems.ok('features', key) ? value : true;
}

function readModelRules(raw: Record<string, unknown>, problems: Problems): RuntimeConfig['models'] {
  const models = own(raw, 'models');
  const rules: RuntimeConfig['models'] = {};
  if (!isRecord(models)) return rules;
  for (const key of ['allow', 'deny'] as const) {
    const list = own(models, key);
    if (Array.isArray(list) && problems.ok('models', key))
      rules[key] = (list as string[]).map((g) => g.trim());
  }
  return rules;
}

export function parseConfig(text: string, options: ParseOptions): ParsedConfig {
  const problems = new Problems();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    problems.drop([], `is not valid JSON (${why}), so none of it was used`, 'error');
    return { config: EMPTY_CONFIG, problems: problems.list() };
  }
  if (!isRecord(raw)) {
    problems.drop([], 'must hold a JSON object ({ … }), so none of it was used', 'error');
    return { config: EMPTY_CONFIG, problems: problems.list() };
  }
  checkSecrets(raw, problems);
  checkSchema(raw, problems);

  const connections = readConnections(raw, problems);
  const models = readModelRules(raw, problems);
  const config: RuntimeConfig = {
    connections,
    models,
    params: readParams(raw, problems),
    features: {
      viewCode: readFeature(raw, 'viewCode', problems),
      connectionEditing: readFeature(raw, 'connectionEditing', problems),
    },
    embed: { allowedOrigins: readOrigins(raw, problems) },
  };
  const title = readString(raw, 'title', problems);
  if (title !== undefined) config.title = title;
  const accent = readString(raw, 'accentColor', problems);
  if (accent !== undefined) {
    if (options.isColor(accent)) config.accentColor = accent;
    else problems.drop(['accentColor'], `"${accent}" is not a CSS colour`);
  }
  const defaultConnection = readString(raw, 'defaultConnection', problems);
  if (defaultConnection !== undefined) {
    if (connections.some((c) => c.name === defaultConnection))
      config.defaultConnection = defaultConnection;
    else
      problems.drop(
        ['defaultConnection'],
        `no valid connection is named "${defaultConnection}" in connections`,
      );
  }
  const defaultModel = readString(raw, 'defaultModel', problems);
  if (defaultModel !== undefined) {
    if (isModelAllowed(defaultModel, models)) config.defaultModel = defaultModel;
    else problems.drop(['defaultModel'], `"${defaultModel}" is excluded by models.allow/deny`);
  }
  return { config, problems: problems.list() };
}
