import { bareModelName } from '../models/family';
import type { ProviderId } from '../types';

/** The BPE encodings gpt-tokenizer ships that OpenAI chat models use. */
export type EncodingName = 'o200k_base' | 'cl100k_base';

// gpt-4 (and its -turbo, -32k, dated snapshots) and gpt-3.5 predate o200k;
// gpt-4o, gpt-4.1, gpt-4.5, the o-series, gpt-5 and gpt-oss use it.
const CL100K =
  /^(gpt-4(-turbo|-32k|-\d{4}|-vision|$)|gpt-3\.5|text-embedding-(3|ada-002)|davinci-002|babbage-002)/;
const O200K = /^(gpt-|chatgpt-|o\d(-|$)|codex-)/;

/**
 * Which tokenizer counts this model's tokens exactly, or null when none we
 * have does (the estimate is then marked approximate). Works on the bare
 * name, so a routed id such as "openai/gpt-4o" counts like "gpt-4o". The
 * in-browser engine runs GGUF models with their own vocabularies.
 */
export function encodingFor(modelId: string, provider: ProviderId): EncodingName | null {
  if (provider === 'inbrowser') return null;
  const name = bareModelName(modelId);
  if (CL100K.test(name)) return 'cl100k_base';
  if (O200K.test(name)) return 'o200k_base';
  return null;
}
