import { describe, expect, it } from 'vitest';
import { barrelImports, namedImportsFrom, packageOf, staticClosure } from './firstScreenChunk';

describe('the first-screen module set', () => {
  const imports: Record<string, string[]> = {
    main: ['app', 'react'],
    app: ['picker', 'react'],
    picker: ['react'],
    react: [],
    // Reached only through a dynamic import: not in the static graph.
    dialog: ['shiki'],
    shiki: [],
  };
  const graph = { entries: ['main'], staticImports: (id: string) => imports[id] ?? [] };

  it('holds the entry and everything it imports statically, however deep', () => {
    expect([...staticClosure(graph)].sort()).toEqual(['app', 'main', 'picker', 'react']);
  });

  it('leaves out what only lazy chunks load', () => {
    const set = staticClosure(graph);
    expect(set.has('dialog')).toBe(false);
    expect(set.has('shiki')).toBe(false);
  });

  it('terminates on import cycles', () => {
    const cyclic = { entries: ['a'], staticImports: (id: string) => (id === 'a' ? ['b'] : ['a']) };
    expect([...staticClosure(cyclic)].sort()).toEqual(['a', 'b']);
  });

  it('follows a module once per importer, so a barrel can answer each importer differently', () => {
    const seen: string[] = [];
    staticClosure({
      entries: ['main'],
      staticImports: (id, importer) => {
        if (id === 'barrel') seen.push(importer ?? '');
        return id === 'main' ? ['a', 'b'] : id === 'barrel' ? [] : ['barrel'];
      },
    });
    expect(seen.sort()).toEqual(['a', 'b']);
  });
});

describe('barrels such as radix-ui', () => {
  const barrel = [
    'import * as Dialog from "@radix-ui/react-dialog";',
    'import * as Select from "@radix-ui/react-select";',
    'import * as Slider from "@radix-ui/react-slider";',
    'export { Dialog, Select, Slider };',
  ].join('\n');
  const nm = '/app/node_modules';
  const imported = [
    `${nm}/@radix-ui/react-dialog/dist/index.mjs`,
    `${nm}/@radix-ui/react-select/dist/index.mjs`,
    `${nm}/@radix-ui/react-slider/dist/index.mjs`,
  ];

  it('names the package a module belongs to, scoped or not', () => {
    expect(packageOf(`${nm}/@radix-ui/react-slider/dist/index.mjs`)).toBe('@radix-ui/react-slider');
    expect(packageOf(`${nm}/radix-ui/dist/index.mjs`)).toBe('radix-ui');
    expect(packageOf('/app/src/main.tsx')).toBeUndefined();
  });

  it('reads the names an importer takes from a package', () => {
    const code = 'import { Slider, Switch as S } from "radix-ui";\nimport { x } from "./x";';
    expect(namedImportsFrom(code, 'radix-ui')).toEqual(['Slider', 'Switch']);
  });

  it('counts all of a package when it is also imported another way', () => {
    const code = 'import { Slider } from "radix-ui";\nimport * as R from "radix-ui";';
    expect(namedImportsFrom(code, 'radix-ui')).toBeUndefined();
  });

  it('follows the barrel only into the components its importer names', () => {
    expect(barrelImports(barrel, imported, ['Slider'])).toEqual([imported[2]]);
  });

  it('follows everything when the names are unknown or not all re-exported', () => {
    expect(barrelImports(barrel, imported, undefined)).toEqual(imported);
    expect(barrelImports(barrel, imported, ['Slider', 'Mystery'])).toEqual(imported);
  });

  it('leaves ordinary modules alone', () => {
    const plain = 'import { a } from "./a";\nexport const b = a;';
    expect(barrelImports(plain, ['x', 'y'], ['b'])).toEqual(['x', 'y']);
  });
});
