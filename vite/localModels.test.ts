import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listLocalModels, modelsPath } from './localModels';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-models-'));
fs.writeFileSync(path.join(dir, 'stories260K.gguf'), Buffer.alloc(10, 1));
fs.writeFileSync(path.join(dir, 'b-model.Q8_0.gguf'), Buffer.alloc(3, 1));
fs.writeFileSync(path.join(dir, 'empty.gguf'), '');
fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a model');
fs.mkdirSync(path.join(dir, 'folder.gguf'));

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('listLocalModels', () => {
  it('lists the non-empty .gguf files, sorted, with their sizes', () => {
    expect(listLocalModels(dir)).toEqual([
      { file: 'b-model.Q8_0.gguf', size: 3 },
      { file: 'stories260K.gguf', size: 10 },
    ]);
  });

  it('a missing folder means no local models, not an error', () => {
    expect(listLocalModels(path.join(dir, 'nope'))).toEqual([]);
  });
});

describe('modelsPath', () => {
  it('finds the file under the base, decoded', () => {
    expect(modelsPath('/models/index.json', '/')).toBe('index.json');
    expect(modelsPath('/tools/play/models/a%20b.gguf', '/tools/play/')).toBe('a b.gguf');
    expect(modelsPath('/tools/play/models/x.gguf', '/tools/play')).toBe('x.gguf');
  });

  it('ignores other paths and undecodable ones', () => {
    expect(modelsPath('/assets/index.js', '/')).toBeUndefined();
    expect(modelsPath('/models/%E0%A4%A', '/')).toBeUndefined();
  });
});
