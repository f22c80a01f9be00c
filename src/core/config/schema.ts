// The JSON Schema of config.json. ajv compiles it at build time into plain
// validation code (vite/configValidator.ts), so checking the file at run time
// needs neither ajv's 35 KB nor `eval` (the Content-Security-Policy allows it
// for other features, but the config should not depend on that).
//
// The schema checks shapes; rules that need the app's own tables (known
// parameters, URLs, colours, which connection is the default) are in
// parseConfig.ts. This file imports nothing, so the build can load it.

const nonEmpty = { type: 'string', minLength: 1, maxLength: 200 } as const;
const globList = { type: 'array', minItems: 1, maxItems: 500, items: nonEmpty } as const;

export const CONFIG_SCHEMA = {
  $id: 'https://llm-playground.invalid/config.schema.json',
  type: 'object',
  additionalProperties: false,
  properties: {
    // Lets editors find the schema; ignored by the app.
    $schema: { type: 'string' },
    title: { type: 'string', minLength: 1, maxLength: 80 },
    accentColor: { type: 'string', minLength: 1, maxLength: 64 },
    connections: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'provider'],
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 60 },
          provider: { enum: ['sippulse', 'openai', 'inbrowser'] },
          preset: nonEmpty,
          baseUrl: { type: 'string', minLength: 1, maxLength: 2000 },
        },
      },
    },
    defaultConnection: nonEmpty,
    defaultModel: nonEmpty,
    models: {
      type: 'object',
      additionalProperties: false,
      properties: { allow: globList, deny: globList },
    },
    params: {
      type: 'object',
      additionalProperties: false,
      properties: {
        defaults: {
          type: 'object',
          maxProperties: 50,
          additionalProperties: {
            anyOf: [
              { type: 'number' },
              { type: 'string', maxLength: 2000 },
              { type: 'boolean' },
              { type: 'array', maxItems: 16, items: { type: 'string', maxLength: 2000 } },
            ],
          },
        },
        locked: { type: 'array', maxItems: 50, items: nonEmpty },
      },
    },
    features: {
      type: 'object',
      additionalProperties: false,
      properties: {
        viewCode: { type: 'boolean' },
        connectionEditing: { type: 'boolean' },
      },
    },
    embed: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowedOrigins: { type: 'array', maxItems: 100, items: nonEmpty },
      },
    },
  },
} as const;
