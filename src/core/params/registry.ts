import { familyOf, isReasoningFamily, type ModelFamily } from '../models/family';
import type { ChatMode, ModelInfo, ProviderId } from '../types';

/** What a parameter rule can look at to decide if it applies. */
export interface ModelContext {
  id: string;
  family: ModelFamily;
  info?: ModelInfo;
  provider: ProviderId;
  mode: ChatMode;
}

export function modelContext(
  id: string,
  info?: ModelInfo,
  provider: ProviderId = 'sippulse',
  mode: ChatMode = 'chat',
): ModelContext {
  return { id, family: familyOf(id), info, provider, mode };
}

export function isReasoningModel(ctx: ModelContext): boolean {
  return isReasoningFamily(ctx.family) || ctx.info?.reasoning === true;
}

interface BaseSpec {
  /** The wire name, as sent in the request body. */
  key: string;
  label: string;
  help: string;
  appliesTo(ctx: ModelContext): boolean;
  /**
   * A rule across parameters, run once every set value is resolved: why this
   * one cannot be sent with the others (shown next to it, blocks Send), if so.
   */
  check?(values: Readonly<Record<string, unknown>>): string | undefined;
}

export interface NumberSpec extends BaseSpec {
  control: 'number';
  min: number;
  max: number | ((ctx: ModelContext) => number);
  step: number;
  integer: boolean;
  /** What the control shows while the parameter is not sent. */
  placeholder: number;
  /** Whether a slider is useful (a seed has no meaningful scale). */
  slider: boolean;
}

export interface SelectSpec extends BaseSpec {
  control: 'select';
  options(ctx: ModelContext): readonly string[];
  placeholder: string;
  /** The wire value of an option, when it is not the option's text (`echo: true`). */
  toWire?(option: string): unknown;
}

export interface ListSpec extends BaseSpec {
  control: 'list';
  maxItems: number;
}

export type ParamSpec = NumberSpec | SelectSpec | ListSpec;

const sampling = (ctx: ModelContext) => !isReasoningModel(ctx);
const penalties = (ctx: ModelContext) => !isReasoningModel(ctx) && ctx.family !== 'claude';
const inBrowser = (ctx: ModelContext) => ctx.provider === 'inbrowser';
const topK = (ctx: ModelContext) =>
  inBrowser(ctx) ||
  (!isReasoningModel(ctx) &&
    (ctx.family === 'claude' || ctx.family === 'gemini' || ctx.family === 'open-weights'));
/** OpenAI's `/completions` extras (seeds 002/003): not part of chat. */
const textCompletion = (ctx: ModelContext) => ctx.mode === 'complete' && ctx.provider === 'openai';
/**
 * Chat's `logprobs: true` + `top_logprobs`: OpenAI-compatible chat (not
 * reasoning models, which refuse them, nor Claude, which has none) and
 * llama.cpp in the browser in either mode. SipPulse's own endpoint (seed 000)
 * documents neither field nor where answers would carry them.
 */
const chatLogprobs = (ctx: ModelContext) =>
  inBrowser(ctx) ||
  (ctx.provider === 'openai' &&
    ctx.mode === 'chat' &&
    !isReasoningModel(ctx) &&
    ctx.family !== 'claude');

export function maxOutputFor(ctx: ModelContext): number {
  return ctx.info?.maxOutputTokens ?? 128000;
}

/** One table drives the parameter panel, validation and the request. */
export const PARAMS: readonly ParamSpec[] = [
  {
    key: 'reasoning_effort',
    label: 'Reasoning effort',
    control: 'select',
    help: 'How much the model thinks before it answers. More effort: better answers to hard problems, more time and tokens.',
    appliesTo: isReasoningModel,
    options: (ctx) =>
      ctx.family === 'gpt-5' ? ['minimal', 'low', 'medium', 'high'] : ['low', 'medium', 'high'],
    placeholder: 'medium',
  },
  {
    key: 'temperature',
    label: 'Temperature',
    control: 'number',
    min: 0,
    max: 2,
    step: 0.01,
    integer: false,
    placeholder: 1,
    slider: true,
    help: 'Randomness. Low (0–0.3) for precise tasks such as code or extraction, higher (0.7–1) for creative writing. Adjust this or Top P, not both.',
    appliesTo: sampling,
  },
  {
    key: 'top_p',
    label: 'Top P',
    control: 'number',
    min: 0,
    max: 1,
    step: 0.01,
    integer: false,
    placeholder: 1,
    slider: true,
    help: 'Nucleus sampling: only tokens within this cumulative probability are considered. An alternative to Temperature.',
    appliesTo: sampling,
  },
  {
    key: 'top_k',
    label: 'Top K',
    control: 'number',
    min: 1,
    max: 100,
    step: 1,
    integer: true,
    placeholder: 40,
    slider: true,
    help: 'Sample only from the K most probable tokens. Not every provider accepts it.',
    appliesTo: topK,
  },
  {
    key: 'max_tokens',
    label: 'Max tokens',
    control: 'number',
    min: 1,
    max: maxOutputFor,
    step: 1,
    integer: true,
    placeholder: 1024,
    slider: true,
    help: "The most tokens the answer may have. Prompt plus answer cannot exceed the model's context window.",
    appliesTo: () => true,
  },
  {
    key: 'frequency_penalty',
    label: 'Frequency penalty',
    control: 'number',
    min: -2,
    max: 2,
    step: 0.01,
    integer: false,
    placeholder: 0,
    slider: true,
    help: 'Positive values penalise tokens by how often they already appeared, reducing repetition.',
    appliesTo: penalties,
  },
  {
    key: 'presence_penalty',
    label: 'Presence penalty',
    control: 'number',
    min: -2,
    max: 2,
    step: 0.01,
    integer: false,
    placeholder: 0,
    slider: true,
    help: 'Positive values penalise tokens that appeared at all, encouraging new topics.',
    appliesTo: penalties,
  },
  {
    key: 'stop',
    label: 'Stop sequences',
    control: 'list',
    maxItems: 4,
    help: 'Up to 4 sequences, one per line, that end the answer. Write \\n for a newline and \\t for a tab.',
    appliesTo: (ctx) => !isReasoningModel(ctx),
  },
  {
    key: 'seed',
    label: 'Seed',
    control: 'number',
    min: -9007199254740991,
    max: 9007199254740991,
    step: 1,
    integer: true,
    placeholder: 0,
    slider: false,
    help: 'The same seed and parameters should give the same answer, where the provider supports it (best effort).',
    appliesTo: (ctx) => !isReasoningModel(ctx) && ctx.family !== 'claude',
  },
  {
    key: 'min_p',
    label: 'Min P',
    control: 'number',
    min: 0,
    max: 1,
    step: 0.01,
    integer: false,
    placeholder: 0.05,
    slider: true,
    help: 'Drop tokens less likely than this fraction of the most likely one. llama.cpp’s alternative to Top P.',
    appliesTo: inBrowser,
  },
  {
    key: 'repeat_penalty',
    label: 'Repeat penalty',
    control: 'number',
    min: 0,
    max: 2,
    step: 0.01,
    integer: false,
    placeholder: 1,
    slider: true,
    help: 'llama.cpp’s penalty on recently repeated tokens; 1 means off, 1.1 is a gentle push away from loops.',
    appliesTo: inBrowser,
  },
  {
    key: 'n',
    label: 'Choices',
    control: 'number',
    min: 1,
    max: 8,
    step: 1,
    integer: true,
    placeholder: 1,
    slider: true,
    help: 'How many alternative answers to generate (n). Each costs its own output tokens.',
    appliesTo: (ctx) => ctx.provider !== 'sippulse',
  },
  {
    key: 'best_of',
    label: 'Best of',
    control: 'number',
    min: 1,
    max: 20,
    step: 1,
    integer: true,
    placeholder: 1,
    slider: true,
    help: 'Generate this many completions on the server and return the best ones. Must be at least Choices; not all servers stream it.',
    appliesTo: textCompletion,
  },
  {
    key: 'echo',
    label: 'Echo prompt',
    control: 'select',
    options: () => ['false', 'true'],
    placeholder: 'false',
    toWire: (option) => option === 'true',
    help: 'Return the prompt in front of the completion.',
    appliesTo: textCompletion,
  },
  {
    key: 'logprobs',
    label: 'Log probabilities',
    control: 'number',
    min: 0,
    max: 5,
    step: 1,
    integer: true,
    placeholder: 0,
    slider: true,
    help: 'Return the log probabilities of the most likely tokens at each position (0–5).',
    appliesTo: textCompletion,
  },
  {
    // The chat form of the same name; never offered where the one above is.
    key: 'logprobs',
    label: 'Log probabilities',
    control: 'select',
    options: () => ['false', 'true'],
    placeholder: 'false',
    toWire: (option) => option === 'true',
    help: 'Return how likely each generated token was; the answer can then be shown as a heat map of token probabilities.',
    appliesTo: chatLogprobs,
  },
  {
    key: 'top_logprobs',
    label: 'Top logprobs',
    control: 'number',
    min: 0,
    max: 20,
    step: 1,
    integer: true,
    placeholder: 0,
    slider: true,
    help: 'How many of the most likely alternatives to return at each token (0–20). Needs Log probabilities set to true.',
    appliesTo: chatLogprobs,
    check: (values) =>
      values.logprobs === true ? undefined : 'Top logprobs needs Log probabilities set to true.',
  },
];

export function paramsFor(ctx: ModelContext): ParamSpec[] {
  return PARAMS.filter((spec) => spec.appliesTo(ctx));
}

export function specMax(spec: NumberSpec, ctx: ModelContext): number {
  return typeof spec.max === 'function' ? spec.max(ctx) : spec.max;
}
