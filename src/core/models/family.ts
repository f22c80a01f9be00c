/**
 * Model families decide which parameters a model takes. Detection works on
 * the bare model name, so "openai/o3-mini" and "o3-mini" behave alike.
 */
export type ModelFamily =
  'openai-reasoning' | 'gpt-5' | 'openai' | 'claude' | 'gemini' | 'open-weights' | 'unknown';

export function bareModelName(id: string): string {
  const parts = id.toLowerCase().split('/');
  return parts[parts.length - 1] ?? '';
}

export function familyOf(id: string): ModelFamily {
  const name = bareModelName(id);
  if (/^o\d(-|$)/.test(name)) return 'openai-reasoning';
  // gpt-5-chat is the non-reasoning chat tune of the family.
  if (/^gpt-5/.test(name) && !/chat/.test(name)) return 'gpt-5';
  if (/^(gpt-|chatgpt|text-davinci|davinci|babbage)/.test(name)) return 'openai';
  if (/claude/.test(name)) return 'claude';
  if (/gemini/.test(name)) return 'gemini';
  if (
    /(llama|qwen|deepseek|mistral|mixtral|gemma|phi-|smollm|nemotron|kimi|glm|yi-|falcon|olmo|granite|command-r|tinyllama|stories)/.test(
      name,
    )
  )
    return 'open-weights';
  return 'unknown';
}

export function isReasoningFamily(family: ModelFamily): boolean {
  return family === 'openai-reasoning' || family === 'gpt-5';
}
