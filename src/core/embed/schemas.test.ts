import { describe, expect, it } from 'vitest';
import { HOST_MESSAGE_TYPES, LOCKABLE_FIELDS } from './protocol';
import { HOST_SCHEMAS, LOCKABLE, MESSAGE_TYPES } from './schemas';

describe('schemas', () => {
  it('agree with the protocol types on message types and lockable fields', () => {
    expect(MESSAGE_TYPES).toEqual([...HOST_MESSAGE_TYPES]);
    expect(LOCKABLE).toEqual([...LOCKABLE_FIELDS]);
  });

  it('have one validator per message type besides the envelope', () => {
    const ids = Object.values(HOST_SCHEMAS).map((s) => s.$id);
    expect(ids).toEqual(['envelope', ...HOST_MESSAGE_TYPES]);
  });
});
