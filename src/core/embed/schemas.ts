// JSON Schemas of the host messages (see protocol.ts for the TypeScript shape).
// They are compiled with ajv at build time (vite/embedValidators.ts), so the
// browser runs plain generated code: no ajv, no `new Function`, nothing a
// strict Content-Security-Policy would block. Limits keep a hostile or buggy
// host from handing the playground unbounded data.

// No imports: vite.config.ts loads this file at build time (schemas.test.ts
// checks these lists against protocol.ts).
export const MESSAGE_TYPES = ['init', 'setMessages', 'run', 'stop'];
export const LOCKABLE = ['model', 'system', 'messages', 'parameters'];

const id = {
  anyOf: [
    { type: 'string', maxLength: 200 },
    { type: 'integer', minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER },
  ],
};

const chatMessage = {
  type: 'object',
  required: ['role', 'content'],
  additionalProperties: false,
  properties: {
    role: { enum: ['user', 'assistant'] },
    content: { type: 'string', maxLength: 1_000_000 },
  },
};

const messages = { type: 'array', maxItems: 1000, items: chatMessage };
const system = { type: 'string', maxLength: 200_000 };

const connection = {
  type: 'object',
  required: ['provider'],
  additionalProperties: false,
  properties: {
    provider: { enum: ['sippulse', 'openai', 'inbrowser'] },
    baseUrl: { type: 'string', pattern: '^https?://[^\\s]+$', maxLength: 2048 },
    apiKey: { type: 'string', maxLength: 4096 },
  },
  // An API needs an address; the in-browser engine has none to give.
  if: { properties: { provider: { const: 'inbrowser' } } },
  then: { properties: { baseUrl: false } },
  else: { required: ['baseUrl'] },
};

const params = {
  type: 'object',
  maxProperties: 64,
  // Wire parameter names only: this also keeps `__proto__` and friends out.
  propertyNames: { pattern: '^[a-z][a-z0-9_]{0,63}$' },
  additionalProperties: {
    anyOf: [
      { type: 'number' },
      { type: 'boolean' },
      { type: 'string', maxLength: 10_000 },
      { type: 'array', maxItems: 16, items: { type: 'string', maxLength: 1000 } },
    ],
  },
};

/** Checked first, so an unknown type gets a clear error rather than four schema failures. */
export const envelopeSchema = {
  $id: 'envelope',
  type: 'object',
  required: ['type'],
  properties: { type: { enum: MESSAGE_TYPES } },
};

export const initSchema = {
  $id: 'init',
  type: 'object',
  required: ['type'],
  additionalProperties: false,
  properties: {
    type: { const: 'init' },
    id,
    connection,
    model: { type: 'string', minLength: 1, maxLength: 256 },
    system,
    messages,
    params,
    stream: { type: 'boolean' },
    theme: { enum: ['light', 'dark', 'auto'] },
    locked: {
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', enum: LOCKABLE },
    },
  },
};

export const setMessagesSchema = {
  $id: 'setMessages',
  type: 'object',
  required: ['type', 'messages'],
  additionalProperties: false,
  properties: { type: { const: 'setMessages' }, id, messages, system },
};

export const runSchema = {
  $id: 'run',
  type: 'object',
  required: ['type'],
  additionalProperties: false,
  properties: {
    type: { const: 'run' },
    id,
    message: { type: 'string', minLength: 1, maxLength: 1_000_000 },
  },
};

export const stopSchema = {
  $id: 'stop',
  type: 'object',
  required: ['type'],
  additionalProperties: false,
  properties: { type: { const: 'stop' }, id },
};

/** Every schema, by the name its generated validator is exported under. */
export const HOST_SCHEMAS = {
  validateEnvelope: envelopeSchema,
  validateInit: initSchema,
  validateSetMessages: setMessagesSchema,
  validateRun: runSchema,
  validateStop: stopSchema,
} as const;

export type ValidatorName = keyof typeof HOST_SCHEMAS;
