// What the panel shows about a loaded GGUF, from the metadata llama.cpp read.
// Pure, so the wording and the arithmetic are unit-tested.

export interface GgufFacts {
  name?: string;
  architecture: string;
  /** "135M" from the file, or an estimate from the tensor shapes. */
  parameters?: { text: string; estimated: boolean };
  /** Context length the model was trained with. */
  trainedContext?: number;
  /** Context the engine allocated for this session. */
  loadedContext: number;
  fileType?: string;
  chatTemplate: boolean;
}

// llama.cpp's `llama_ftype` (GGUF `general.file_type`): the dominant weight type.
const FILE_TYPES: Record<number, string> = {
  0: 'F32',
  1: 'F16',
  2: 'Q4_0',
  3: 'Q4_1',
  7: 'Q8_0',
  8: 'Q5_0',
  9: 'Q5_1',
  10: 'Q2_K',
  11: 'Q3_K_S',
  12: 'Q3_K_M',
  13: 'Q3_K_L',
  14: 'Q4_K_S',
  15: 'Q4_K_M',
  16: 'Q5_K_S',
  17: 'Q5_K_M',
  18: 'Q6_K',
  19: 'IQ2_XXS',
  20: 'IQ2_XS',
  21: 'Q2_K_S',
  22: 'IQ3_XS',
  23: 'IQ3_XXS',
  24: 'IQ1_S',
  25: 'IQ4_NL',
  26: 'IQ3_S',
  27: 'IQ3_M',
  28: 'IQ2_S',
  29: 'IQ2_M',
  30: 'IQ4_XS',
  31: 'IQ1_M',
  32: 'BF16',
  36: 'TQ1_0',
  37: 'TQ2_0',
  38: 'MXFP4_MOE',
};

function positiveInt(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+$/.test(text.trim())) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** "292K", "135M", "1.2B". */
export function compactCount(n: number): string {
  const steps: [number, string][] = [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, unit] of steps) {
    if (n >= size) {
      const value = n / size;
      return `${value < 10 ? Number(value.toFixed(1)) : Math.round(value)}${unit}`;
    }
  }
  return String(n);
}

/**
 * Parameters of a plain decoder-only transformer from its shapes: embeddings
 * and output head, then per layer attention (Q, K, V, O with grouped KV
 * heads), a gated feed-forward (three matrices) and two norms. Good to a few
 * per cent for llama-like models; other architectures get no estimate.
 */
export function estimateParameters(
  meta: Readonly<Record<string, string>>,
  nVocab: number,
): number | undefined {
  const arch = meta['general.architecture'];
  if (!arch) return undefined;
  const embd = positiveInt(meta[`${arch}.embedding_length`]);
  const layers = positiveInt(meta[`${arch}.block_count`]);
  const ff = positiveInt(meta[`${arch}.feed_forward_length`]);
  const heads = positiveInt(meta[`${arch}.attention.head_count`]);
  const kvHeads = positiveInt(meta[`${arch}.attention.head_count_kv`]) ?? heads;
  if (!embd || !layers || !ff || !heads || !kvHeads || nVocab <= 0) return undefined;
  const kvWidth = (embd / heads) * kvHeads;
  const attention = 2 * embd * embd + 2 * embd * kvWidth;
  const perLayer = attention + 3 * embd * ff + 2 * embd;
  return 2 * nVocab * embd + layers * perLayer + embd;
}

export function ggufFacts(input: {
  meta: Readonly<Record<string, string>>;
  nVocab: number;
  nCtxTrain: number;
  nCtx: number;
}): GgufFacts {
  const { meta } = input;
  const architecture = meta['general.architecture'] || 'unknown';
  const facts: GgufFacts = {
    architecture,
    loadedContext: input.nCtx,
    chatTemplate: (meta['tokenizer.chat_template'] ?? '').trim() !== '',
  };
  const name = meta['general.name'];
  if (name) facts.name = name;
  const label = meta['general.size_label'];
  const estimate = estimateParameters(meta, input.nVocab);
  if (label) facts.parameters = { text: label, estimated: false };
  else if (estimate !== undefined)
    facts.parameters = { text: compactCount(estimate), estimated: true };
  const trained = positiveInt(meta[`${architecture}.context_length`]) ?? input.nCtxTrain;
  if (trained > 0) facts.trainedContext = trained;
  const fileType =
    positiveInt(meta['general.file_type']) ?? (meta['general.file_type'] === '0' ? 0 : undefined);
  if (fileType !== undefined) facts.fileType = FILE_TYPES[fileType] ?? `type ${fileType}`;
  return facts;
}

/** Every GGUF file starts with the four bytes "GGUF". */
export function hasGgufMagic(head: Uint8Array): boolean {
  return (
    head.length >= 4 && head[0] === 0x47 && head[1] === 0x47 && head[2] === 0x55 && head[3] === 0x46
  );
}
