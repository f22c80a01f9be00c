// The input tokens of a request on the in-browser engine, counted with the
// model's own tokenizer over what the engine will actually tokenize (see
// runPlan.ts): a model without a chat template gets the conversation as one
// plain-text prompt, so its count is exact; with a template, llama.cpp renders
// the messages through Jinja in wasm, and only the messages are counted
// exactly while the template's framing is an estimate.

import { countRequestTokens, type RequestCount } from '../estimate/countRequest';
import { own, ownString } from '../stream/wireFields';
import type { Tokenizer } from './ggufTokenizer';
import { plainTextPrompt } from './runPlan';

// The engine tokenizes a prompt as llama-server does: BOS/EOS as the model
// asks, and special tokens' text (say "<s>") parsed as those tokens.
const PROMPT = { addSpecial: true, parseSpecial: true } as const;
const PART = { addSpecial: false, parseSpecial: true } as const;

export function countEngineRequest(
  body: Record<string, unknown>,
  tokenizer: Tokenizer,
  chatTemplate: boolean,
): RequestCount {
  const messages = own(body, 'messages');
  if (Array.isArray(messages)) {
    if (!chatTemplate) {
      return {
        tokens: tokenizer.tokenize(plainTextPrompt(messages), PROMPT).length,
        approximateParts: [],
      };
    }
    // The rendered template starts with BOS when the model adds one; an empty
    // prompt tokenizes to exactly that.
    const bos = tokenizer.tokenize('', PROMPT).length;
    const counted = countRequestTokens(body, (text) => tokenizer.tokenize(text, PART).length);
    return {
      tokens: bos + counted.tokens,
      approximateParts: ['chat template', ...counted.approximateParts],
    };
  }
  let tokens = tokenizer.tokenize(ownString(body, 'prompt') ?? '', PROMPT).length;
  const suffix = ownString(body, 'suffix');
  if (!suffix) return { tokens, approximateParts: [] };
  // How llama.cpp frames a suffix depends on the model's fill-in-the-middle tokens.
  tokens += tokenizer.tokenize(suffix, PART).length;
  return { tokens, approximateParts: ['suffix'] };
}
