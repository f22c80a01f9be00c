import type { SchemaExample } from './responseFormat';

/** The first example, and the schema a new user starts from. */
export const PERSON_EXAMPLE: SchemaExample = {
  id: 'person',
  label: 'Person',
  name: 'person',
  schema: {
    type: 'object',
    properties: {
      name: { type: 'string', description: 'Full name' },
      age: { type: 'integer', minimum: 0 },
      email: { type: ['string', 'null'], description: 'Email address, if known' },
    },
    required: ['name', 'age', 'email'],
    additionalProperties: false,
  },
};

// Every example is valid for `strict: true`: all properties required and
// `additionalProperties: false` at every object level, as OpenAI demands.
export const SCHEMA_EXAMPLES: readonly SchemaExample[] = [
  PERSON_EXAMPLE,
  {
    id: 'list',
    label: 'List of items',
    name: 'item_list',
    schema: {
      type: 'object',
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              title: { type: 'string' },
              quantity: { type: 'integer', minimum: 1 },
            },
            required: ['title', 'quantity'],
            additionalProperties: false,
          },
        },
      },
      required: ['items'],
      additionalProperties: false,
    },
  },
  {
    id: 'classification',
    label: 'Classification',
    name: 'classification',
    schema: {
      type: 'object',
      properties: {
        label: { type: 'string', enum: ['positive', 'neutral', 'negative'] },
        confidence: { type: 'number', minimum: 0, maximum: 1 },
        reason: { type: 'string' },
      },
      required: ['label', 'confidence', 'reason'],
      additionalProperties: false,
    },
  },
];
