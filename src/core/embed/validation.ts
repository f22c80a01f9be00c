import { isRecord } from '../dialects/wire';
import {
  HOST_MESSAGE_TYPES,
  type ErrorEvent,
  type HostMessage,
  type HostMessageType,
  type MessageId,
} from './protocol';
import type { ValidatorName } from './schemas';

/** One failure as ajv reports it. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: object;
  /** Set when the failure is about a key's name (`propertyNames`). */
  propertyName?: string;
}

/** An ajv-generated validator: true when valid, else `errors` says why. */
export interface HostValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

export type HostValidators = Readonly<Record<ValidatorName, HostValidator>>;

const BY_TYPE: Record<HostMessageType, ValidatorName> = {
  init: 'validateInit',
  setMessages: 'validateSetMessages',
  run: 'validateRun',
  stop: 'validateStop',
};

export type Interpreted = { ok: true; message: HostMessage } | { ok: false; error: ErrorEvent };

/** The host's correlation id, when the message carries a usable one, even if it is invalid otherwise. */
export function replyToOf(data: unknown): MessageId | undefined {
  if (!isRecord(data) || !Object.hasOwn(data, 'id')) return undefined;
  const id = data.id;
  if (typeof id === 'string' && id.length <= 200) return id;
  if (typeof id === 'number' && Number.isSafeInteger(id)) return id;
  return undefined;
}

/** `/messages/3/role` → `messages[3].role`: how a host developer would write the path. */
export function fieldPath(instancePath: string): string {
  let out = '';
  for (const raw of instancePath.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(part) ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out;
}

/**
 * A sentence about the first schema failure. It names fields, never values:
 * a message may carry an API key, and errors go back over postMessage.
 */
export function describeSchemaError(type: string, error: SchemaError | undefined): string {
  if (!error) return `The "${type}" message is invalid.`;
  const params = error.params as Record<string, unknown>;
  const path = fieldPath(error.instancePath);
  const where = path === '' ? `"${type}"` : `"${type}" field ${path}`;
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string')
    return `${where} has an unknown field "${params.additionalProperty.slice(0, 64)}".`;
  if (error.keyword === 'required' && typeof params.missingProperty === 'string')
    return `${where} is missing the field "${params.missingProperty}".`;
  // A bad key is reported by the name's own check, carrying `propertyName`.
  if (error.keyword === 'propertyNames' || error.propertyName !== undefined)
    return `${where} has a field name that is not a parameter name.`;
  return `${where} ${error.message ?? 'is invalid'}.`;
}

function invalid(message: string, replyTo: MessageId | undefined): Interpreted {
  const error: ErrorEvent = { type: 'error', code: 'invalid_message', message };
  if (replyTo !== undefined) error.replyTo = replyTo;
  return { ok: false, error };
}

/**
 * Checks one message from the host against the protocol's schemas: the typed
 * message, or the `error` event to answer with. Never throws for any input.
 */
export function interpretHostMessage(data: unknown, validators: HostValidators): Interpreted {
  const replyTo = replyToOf(data);
  if (!validators.validateEnvelope(data)) {
    const type = isRecord(data) && Object.hasOwn(data, 'type') ? data.type : undefined;
    return invalid(
      typeof type === 'string'
        ? `Unknown message type "${type.slice(0, 64)}": expected one of ${HOST_MESSAGE_TYPES.join(', ')}.`
        : `A message must be an object with a "type" (one of ${HOST_MESSAGE_TYPES.join(', ')}).`,
      replyTo,
    );
  }
  const type = (data as { type: HostMessageType }).type;
  const validate = validators[BY_TYPE[type]];
  if (!validate(data)) return invalid(describeSchemaError(type, validate.errors?.[0]), replyTo);
  return { ok: true, message: data as HostMessage };
}
