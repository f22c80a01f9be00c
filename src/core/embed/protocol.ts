// The postMessage protocol between an embedding page (the host) and the
// playground in its iframe. README "Embedding" documents it for hosts; the
// JSON schemas in schemas.ts are the contract every incoming message is
// checked against.

/** Bumped when a message or event changes incompatibly; sent with `ready`. */
export const PROTOCOL_VERSION = 1;

export type EmbedProvider = 'sippulse' | 'openai' | 'inbrowser';

export interface EmbedConnection {
  provider: EmbedProvider;
  /** Required for the API providers, absent for the in-browser engine. */
  baseUrl?: string;
  /** Kept in memory only, never written to any storage. */
  apiKey?: string;
}

export interface EmbedChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

/** A parameter as a host writes it; the playground's own rules then check it. */
export type EmbedParamValue = number | string | boolean | string[];

export type EmbedTheme = 'light' | 'dark' | 'auto';

/** What the host can make read-only for the person using the frame. */
export type LockableField = 'model' | 'system' | 'messages' | 'parameters';

export const LOCKABLE_FIELDS: readonly LockableField[] = [
  'model',
  'system',
  'messages',
  'parameters',
];

/** Optional on every host message; echoed as `replyTo` on the events it causes. */
export type MessageId = string | number;

export interface InitMessage {
  type: 'init';
  id?: MessageId;
  connection?: EmbedConnection;
  model?: string;
  system?: string;
  messages?: EmbedChatMessage[];
  params?: Record<string, EmbedParamValue>;
  stream?: boolean;
  theme?: EmbedTheme;
  locked?: LockableField[];
}

export interface SetMessagesMessage {
  type: 'setMessages';
  id?: MessageId;
  messages: EmbedChatMessage[];
  system?: string;
}

export interface RunMessage {
  type: 'run';
  id?: MessageId;
  /** Appended as a user message before the run, like typing it and pressing Send. */
  message?: string;
}

export interface StopMessage {
  type: 'stop';
  id?: MessageId;
}

export type HostMessage = InitMessage | SetMessagesMessage | RunMessage | StopMessage;
export type HostMessageType = HostMessage['type'];

export const HOST_MESSAGE_TYPES: readonly HostMessageType[] = [
  'init',
  'setMessages',
  'run',
  'stop',
];

/** Why a host message was not acted on. */
export type EmbedErrorCode =
  /** It failed the schema (or named an unknown type). */
  | 'invalid_message'
  /** A run is streaming; stop it first (or wait for runFinished). */
  | 'busy'
  /** The run could not start: no model, no key, invalid parameters, nothing to send. */
  | 'run_blocked'
  /** Something unexpected went wrong inside the playground. */
  | 'internal_error';

export interface ReadyEvent {
  type: 'ready';
  version: number;
}

export interface RunStartedEvent {
  type: 'runStarted';
  replyTo?: MessageId;
  model: string;
}

export interface RunUsage {
  inputTokens?: number;
  outputTokens?: number;
  totalTokens?: number;
  reasoningTokens?: number;
  /** The server sent no usage; these counts are the playground's estimate. */
  estimated?: boolean;
}

export interface RunTiming {
  /** Milliseconds from sending to the first token. */
  ttftMs?: number;
  /** Milliseconds from sending to the end of the answer. */
  durationMs?: number;
  tokensPerSecond?: number;
}

export interface RunFinishedEvent {
  type: 'runFinished';
  replyTo?: MessageId;
  /** `done`; `stopped` (by stop or the user); `incomplete` (stream cut); `error`. */
  status: 'done' | 'stopped' | 'incomplete' | 'error';
  model: string;
  /** The answer, or as much of it as arrived. */
  text: string;
  finishReason?: string;
  usage?: RunUsage;
  timing: RunTiming;
  /** Set when status is `error` or `incomplete`. */
  error?: { code: string; message: string };
}

export interface ErrorEvent {
  type: 'error';
  replyTo?: MessageId;
  code: EmbedErrorCode;
  message: string;
}

export type PlaygroundEvent = ReadyEvent | RunStartedEvent | RunFinishedEvent | ErrorEvent;
