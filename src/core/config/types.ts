// What a deployment's config.json can set, after validation. Every field has
// a neutral value, so the app reads one shape whether or not a file exists.

export type ConfigProvider = 'sippulse' | 'openai' | 'inbrowser';

/** A default saved connection. Never a key: config.json is public. */
export interface ConfigConnection {
  name: string;
  provider: ConfigProvider;
  /** A preset id (see core/dialects/presets); guessed from the URL when absent. */
  preset: string;
  /** Empty for the in-browser engine. */
  baseUrl: string;
}

/** A parameter value as written in JSON; kept in the store as the text a user would type. */
export type ParamDefault = number | string | boolean | string[];

export interface ModelRules {
  /** Globs (`*`, `?`) or exact ids; when present, only matching models are offered. */
  allow?: string[];
  /** Globs or exact ids never offered, even when allowed. */
  deny?: string[];
}

export interface ParamRules {
  /** What a model's parameters start from until the user edits them. */
  defaults: Record<string, ParamDefault>;
  /** Shown read-only and always sent with their default (never sent when there is none). */
  locked: string[];
}

export interface RuntimeConfig {
  connections: ConfigConnection[];
  defaultConnection?: string;
  defaultModel?: string;
  models: ModelRules;
  params: ParamRules;
  title?: string;
  accentColor?: string;
  features: { viewCode: boolean; connectionEditing: boolean };
  embed: { allowedOrigins: string[] };
}

/** A part of config.json that was ignored, and why, for the banner. */
export interface ConfigProblem {
  /** Where in the file, e.g. `connections[1].baseUrl`, or `config.json` for the whole file. */
  field: string;
  message: string;
  /** A secret in a public file is worse than a typo: it is shown first and in red. */
  severity: 'error' | 'warning';
}

export const EMPTY_CONFIG: RuntimeConfig = Object.freeze({
  connections: [],
  models: {},
  params: { defaults: {}, locked: [] },
  features: { viewCode: true, connectionEditing: true },
  embed: { allowedOrigins: [] },
});
