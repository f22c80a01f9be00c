import { describe, expect, it } from 'vitest';
import { compactCount, estimateParameters, ggufFacts, hasGgufMagic } from './ggufFacts';
import { describeLoadError, EngineLoadError, llamaReason } from './loadErrors';

// stories260K.gguf's metadata, as wllama reports it.
const STORIES_META: Record<string, string> = {
  'general.architecture': 'llama',
  'general.name': 'llama',
  'llama.block_count': '5',
  'llama.context_length': '2048',
  'llama.embedding_length': '64',
  'llama.feed_forward_length': '172',
  'llama.attention.head_count': '8',
  'llama.attention.head_count_kv': '4',
};

describe('ggufFacts', () => {
  it('estimates stories260K at about 260K parameters from its shapes', () => {
    const estimate = estimateParameters(STORIES_META, 512);
    expect(estimate).toBeGreaterThan(240_000);
    expect(estimate).toBeLessThan(320_000);
    expect(ggufFacts({ meta: STORIES_META, nVocab: 512, nCtxTrain: 2048, nCtx: 2048 })).toEqual({
      name: 'llama',
      architecture: 'llama',
      parameters: { text: compactCount(estimate ?? 0), estimated: true },
      trainedContext: 2048,
      loadedContext: 2048,
      chatTemplate: false,
    });
  });

  it('prefers the size label and names the file type', () => {
    const facts = ggufFacts({
      meta: {
        'general.architecture': 'qwen2',
        'general.size_label': '494M',
        'general.file_type': '15',
        'qwen2.context_length': '32768',
        'tokenizer.chat_template': '{% for m in messages %}{{ m.content }}{% endfor %}',
      },
      nVocab: 151936,
      nCtxTrain: 32768,
      nCtx: 4096,
    });
    expect(facts).toMatchObject({
      architecture: 'qwen2',
      parameters: { text: '494M', estimated: false },
      fileType: 'Q4_K_M',
      trainedContext: 32768,
      loadedContext: 4096,
      chatTemplate: true,
    });
    expect(
      ggufFacts({ meta: { 'general.file_type': '0' }, nVocab: 1, nCtxTrain: 0, nCtx: 1 }).fileType,
    ).toBe('F32');
  });

  it('gives no estimate for shapes it does not know', () => {
    expect(estimateParameters({ 'general.architecture': 'mamba' }, 100)).toBeUndefined();
  });

  it('recognises the GGUF signature', () => {
    expect(hasGgufMagic(new TextEncoder().encode('GGUF\x03\x00'))).toBe(true);
    expect(hasGgufMagic(new Uint8Array([0x7f, 0x45, 0x4c, 0x46]))).toBe(false);
    expect(hasGgufMagic(new Uint8Array([0x47, 0x47]))).toBe(false);
  });

  it('writes counts compactly', () => {
    expect(compactCount(292_928)).toBe('293K');
    expect(compactCount(1_234_567_890)).toBe('1.2B');
    expect(compactCount(12)).toBe('12');
  });
});

describe('describeLoadError', () => {
  const file = { name: 'random.gguf', from: 'file' as const, sizeBytes: 4096 };

  it('says a file without the signature is not a GGUF model', () => {
    const problem = describeLoadError(new EngineLoadError('not_gguf', 'x'), file);
    expect(problem.title).toBe('Not a GGUF model');
    expect(problem.detail).toContain('random.gguf');
  });

  it('explains HTTP errors from either download path', () => {
    const hub = { name: 'SmolLM2-135M-Instruct-Q8_0', from: 'hub' as const };
    expect(
      describeLoadError(new Error('Failed to fetch https://x/y.gguf: HTTP 404'), hub).title,
    ).toBe('Model file not found');
    expect(describeLoadError(new EngineLoadError('http', 'HTTP 403', 403), hub).title).toBe(
      'Download refused',
    );
    expect(describeLoadError(new EngineLoadError('http', 'HTTP 500', 500), hub).detail).toContain(
      'HTTP 500',
    );
  });

  it('tells an offline user what still works', () => {
    const problem = describeLoadError(new TypeError('Failed to fetch'), { name: 'm', from: 'hub' });
    expect(problem.action).toMatch(/offline/);
  });

  it('reports memory exhaustion as a model too large, with its size', () => {
    const problem = describeLoadError(new Error('RangeError: Array buffer allocation failed'), {
      name: 'big.gguf',
      from: 'file',
      sizeBytes: 3_000_000_000,
    });
    expect(problem.title).toBe('Model too large for this browser');
    expect(problem.detail).toContain('3.0 GB');
  });

  it('quotes llama.cpp’s reason for refusing a file', () => {
    // What llama.cpp logs for a truncated stories260K.gguf.
    const reason = llamaReason([
      "llama_model_load: error loading model: tensor 'blk.1.ffn_up.weight' data is not within the file bounds, model is corrupted or incomplete",
      'llama_model_load_from_file_impl: failed to load model',
    ]);
    expect(reason).toBe(
      "tensor 'blk.1.ffn_up.weight' data is not within the file bounds, model is corrupted or incomplete",
    );
    const problem = describeLoadError(new EngineLoadError('rejected', reason ?? ''), file);
    expect(problem.title).toBe('The model could not be loaded');
    expect(problem.detail).toContain('corrupted or incomplete');
    expect(llamaReason([])).toBeUndefined();
  });

  it('reports a context that does not fit in memory as a model too large', () => {
    const reason = llamaReason([
      'ggml_aligned_malloc: insufficient memory (attempted to allocate 12207.03 MB)',
      'llama_init_from_model: failed to initialize the context: failed to allocate buffer for kv cache',
    ]);
    expect(describeLoadError(new EngineLoadError('rejected', reason ?? ''), file).title).toBe(
      'Model too large for this browser',
    );
  });

  it('falls back to llama.cpp’s own message', () => {
    const problem = describeLoadError(new Error('unknown model architecture: xyz'), file);
    expect(problem.detail).toContain('unknown model architecture: xyz');
  });
});
