import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  hubUrl,
  IN_BROWSER_CATALOG,
  inBrowserContextSize,
  listInBrowserModels,
  parseLocalModelIndex,
  resolveModelSource,
} from './inBrowserCatalog';

describe('in-browser catalogue', () => {
  it('has unique ids and Hub URLs pointing at .gguf files', () => {
    const ids = IN_BROWSER_CATALOG.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of IN_BROWSER_CATALOG) {
      expect(hubUrl(m.repo, m.file)).toMatch(
        /^https:\/\/huggingface\.co\/[^/]+\/[^/]+\/resolve\/main\/.+\.gguf$/,
      );
      expect(m.sizeBytes).toBeGreaterThan(0);
    }
  });

  it('describes stories260K exactly as the Hub publishes it', () => {
    const stories = IN_BROWSER_CATALOG.find((m) => m.id === 'stories260K');
    expect(stories).toMatchObject({ sizeBytes: 1_185_376, chatTemplate: false });
    expect(stories && hubUrl(stories.repo, stories.file)).toBe(
      'https://huggingface.co/ggml-org/models/resolve/main/tinyllamas/stories260K.gguf',
    );
  });

  it('allocates the trained context up to 4096 tokens, 2048 for unknown files', () => {
    expect(inBrowserContextSize('stories260K')).toBe(2048);
    expect(inBrowserContextSize('Qwen2.5-0.5B-Instruct-Q4_K_M')).toBe(4096);
    expect(inBrowserContextSize('models/mine.gguf')).toBe(2048);
  });
});

describe('parseLocalModelIndex', () => {
  it('keeps plain .gguf names with a positive size', () => {
    expect(
      parseLocalModelIndex([
        { file: 'stories260K.gguf', size: 1185376 },
        { file: 'My-Model.Q4_K_M.gguf', size: 10 },
      ]),
    ).toEqual([
      { file: 'stories260K.gguf', size: 1185376 },
      { file: 'My-Model.Q4_K_M.gguf', size: 10 },
    ]);
  });

  it('drops paths, other files, bad sizes, duplicates and non-objects', () => {
    expect(
      parseLocalModelIndex([
        { file: '../secret.gguf', size: 5 },
        { file: 'sub/dir.gguf', size: 5 },
        { file: '.hidden.gguf', size: 5 },
        { file: 'notes.txt', size: 5 },
        { file: 'zero.gguf', size: 0 },
        { file: 'string-size.gguf', size: '5' },
        { file: 'ok.gguf', size: 5 },
        { file: 'ok.gguf', size: 6 },
        JSON.parse('{"__proto__": {"file": "x.gguf", "size": 1}}'),
        null,
        'ok.gguf',
      ]),
    ).toEqual([{ file: 'ok.gguf', size: 5 }]);
  });

  it('reads anything that is not a list as no local models', () => {
    expect(parseLocalModelIndex({ file: 'a.gguf', size: 1 })).toEqual([]);
    expect(parseLocalModelIndex(null)).toEqual([]);
  });
});

describe('resolveModelSource', () => {
  const local = [
    { file: 'stories260K.gguf', size: 1185376 },
    { file: 'mine.gguf', size: 42 },
  ];

  it('downloads a curated model from the Hub when models/ does not have it', () => {
    const source = resolveModelSource('SmolLM2-135M-Instruct-Q8_0', local);
    expect(source).toMatchObject({
      kind: 'hub',
      url: 'https://huggingface.co/bartowski/SmolLM2-135M-Instruct-GGUF/resolve/main/SmolLM2-135M-Instruct-Q8_0.gguf',
    });
  });

  it('loads a curated model from models/ when its file is there (offline npm start)', () => {
    expect(resolveModelSource('stories260K', local)).toMatchObject({
      kind: 'local',
      appUrl: 'models/stories260K.gguf',
      size: 1185376,
    });
    expect(resolveModelSource('stories260K', [])).toMatchObject({ kind: 'hub' });
  });

  it('resolves local files, opened files and URLs by their id', () => {
    expect(resolveModelSource('models/mine.gguf', local)).toEqual({
      kind: 'local',
      appUrl: 'models/mine.gguf',
      file: 'mine.gguf',
      size: 42,
    });
    expect(resolveModelSource('file:dropped.gguf', local)).toEqual({
      kind: 'file',
      name: 'dropped.gguf',
    });
    expect(resolveModelSource('https://example.com/m.gguf', local)).toEqual({
      kind: 'url',
      url: 'https://example.com/m.gguf',
    });
  });

  it('knows nothing of other ids', () => {
    expect(resolveModelSource('gpt-4o', local)).toBeUndefined();
    expect(resolveModelSource('models/gone.gguf', local)).toBeUndefined();
    expect(resolveModelSource('javascript:alert(1)', local)).toBeUndefined();
  });
});

describe('listInBrowserModels', () => {
  it('lists the curated models first, as active in-browser catalogue entries', () => {
    const list = listInBrowserModels([]);
    expect(list.map((m) => m.id)).toEqual(IN_BROWSER_CATALOG.map((m) => m.id));
    expect(list[0]).toEqual({
      id: 'stories260K',
      status: 'active',
      executionType: 'in-browser',
      resources: [],
      factSource: 'catalogue',
      contextWindow: 2048,
    });
  });

  it('adds models/ files without a curated twin, then session ids, once each', () => {
    const list = listInBrowserModels(
      [
        { file: 'stories260K.gguf', size: 1 },
        { file: 'mine.gguf', size: 2 },
      ],
      ['file:a.gguf', 'https://example.com/b.gguf', 'file:a.gguf', 'stories260K', 'nonsense'],
    );
    expect(list.map((m) => m.id).slice(IN_BROWSER_CATALOG.length)).toEqual([
      'models/mine.gguf',
      'file:a.gguf',
      'https://example.com/b.gguf',
    ]);
    expect(list.at(-1)).toMatchObject({ factSource: 'none', executionType: 'in-browser' });
  });

  it('takes the context window of the loaded model from its file', () => {
    const list = listInBrowserModels([], ['file:a.gguf'], {
      id: 'file:a.gguf',
      contextWindow: 512,
    });
    expect(list.find((m) => m.id === 'file:a.gguf')?.contextWindow).toBe(512);
    const curated = listInBrowserModels([], [], { id: 'stories260K', contextWindow: 1024 });
    expect(curated[0]?.contextWindow).toBe(1024);
  });
});

describe('formatBytes', () => {
  it('uses decimal units with one decimal below 10', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1_185_376)).toBe('1.2 MB');
    expect(formatBytes(144_810_000)).toBe('145 MB');
    expect(formatBytes(1_400_000_000)).toBe('1.4 GB');
  });
});
