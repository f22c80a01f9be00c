// JSON Schema of an exported session (envelope.ts has the TypeScript shape).
// Compiled with ajv at build time (vite/sessionValidator.ts): the browser runs
// plain generated code, no ajv and no `new Function`. The limits are safety
// bounds so a hostile file cannot make the app render unbounded data; the
// stores' own sanitisers then keep only the fields each one knows.

// No imports: vite.config.ts loads this file at build time.
export const SESSION_FORMAT = 'llm-playground/session';
export const SESSION_VERSION = 1;

const text = (maxLength: number) => ({ type: 'string', maxLength });

const message = {
  type: 'object',
  required: ['role', 'content'],
  properties: {
    id: text(200),
    role: { enum: ['user', 'assistant', 'tool'] },
    content: text(2_000_000),
    reasoning: text(2_000_000),
    toolCallId: text(200),
    toolCalls: { type: 'array', maxItems: 128, items: { type: 'object' } },
    alternatives: { type: 'array', maxItems: 128, items: text(2_000_000) },
    images: { type: 'array', maxItems: 10, items: text(20_000_000) },
    run: { type: 'object' },
    logprobs: { type: 'array', maxItems: 128, items: { type: 'array' } },
  },
};

const connection = {
  type: 'object',
  required: ['provider'],
  // A file that carries anything else here (a key, say) is refused, not half-read.
  additionalProperties: false,
  properties: {
    provider: { enum: ['sippulse', 'openai', 'inbrowser'] },
    baseUrl: { type: 'string', pattern: '^https?://[^\\s]+$', maxLength: 2048 },
    label: text(200),
  },
  if: { properties: { provider: { const: 'inbrowser' } } },
  then: { properties: { baseUrl: false } },
  else: { required: ['baseUrl'] },
};

const tool = {
  type: 'object',
  required: ['source'],
  additionalProperties: false,
  properties: { source: text(200_000), mock: text(200_000) },
};

export const sessionSchema = {
  $id: 'session',
  type: 'object',
  required: ['format', 'version', 'connection', 'model', 'messages'],
  additionalProperties: false,
  properties: {
    format: { const: SESSION_FORMAT },
    version: { const: SESSION_VERSION },
    exportedAt: text(64),
    connection,
    model: { anyOf: [{ type: 'string', minLength: 1, maxLength: 256 }, { type: 'null' }] },
    params: {
      type: 'object',
      maxProperties: 64,
      // Parameter names only: this also keeps `__proto__` and friends out.
      propertyNames: { pattern: '^[a-z][a-z0-9_]{0,63}$' },
      additionalProperties: text(10_000),
    },
    thinking: {
      type: 'object',
      required: ['enabled', 'budget'],
      additionalProperties: false,
      properties: { enabled: { type: 'boolean' }, budget: text(32) },
    },
    system: text(200_000),
    messages: { type: 'array', maxItems: 2000, items: message },
    stream: { type: 'boolean' },
    mode: { enum: ['chat', 'complete'] },
    prompt: text(2_000_000),
    suffix: text(2_000_000),
    tools: {
      type: 'object',
      additionalProperties: false,
      properties: {
        tools: { type: 'array', maxItems: 128, items: tool },
        toolChoice: { anyOf: [text(200), { type: 'null' }] },
        parallelToolCalls: { type: ['boolean', 'null'] },
        autoReply: { type: 'boolean' },
        maxSteps: { type: 'integer', minimum: 1, maximum: 50 },
      },
    },
    // Values of the prompt variables ({{name}}) the session's texts use.
    variables: {
      type: 'object',
      maxProperties: 200,
      propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_.-]*$', maxLength: 200 },
      additionalProperties: text(100_000),
    },
    responseFormat: {
      type: 'object',
      additionalProperties: false,
      properties: {
        mode: { enum: ['unset', 'text', 'json_object', 'json_schema'] },
        schemaText: text(200_000),
        name: text(64),
        strict: { type: 'boolean' },
      },
    },
  },
};
