import { Lexer, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { createIncrementalLexer, LEXER_OPTIONS } from './incrementalLexer';

const full = (text: string) => new Lexer({ ...LEXER_OPTIONS }).lex(text);

/** What rendering depends on: the tokens with their nested tokens, and the definitions. */
const shape = (tokens: ReturnType<typeof full>) =>
  JSON.stringify({ tokens: tokens as Token[], links: { ...tokens.links } });

const DOCS = [
  [
    '# Title',
    '',
    'Intro with **bold**, `code` and a [ref link][docs].',
    '',
    '| a | b |',
    '|---|:-:|',
    '| 1 | 2 |',
    '',
    '- [x] one',
    '- [ ] two',
    '',
    '  continued item',
    '',
    '```python',
    'def f():',
    '    return 1',
    '```',
    '',
    '> quote',
    'lazy line',
    '',
    'Setext',
    '---',
    '',
    '    indented code',
    '',
    '[docs]: https://example.com/docs',
    '',
    'After the definition: [docs].',
  ].join('\n'),
  'a\n#x\n- b\n-\n1. c\n2) d\n***\n<div>\nhtml\n</div>\n\ntext\n    not code\n~~~\nfence\n~~~~\nend',
  'Para one\nline two\r\n\r\nPara three with trailing spaces  \nhard break\n\n1. a\n\n   b\n\n2. c',
  'Use [x][] and [y].\n\n[x]: http://x.example\n[y]: http://y.example "Y"\n\nMore [x] text.',
];

describe('createIncrementalLexer', () => {
  it.each(DOCS.flatMap((_, d) => [1, 2, 3, 7, 40].map((size) => [d, size] as const)))(
    'lexes document %i streamed in chunks of %i exactly like a full lex, at every step',
    (d, size) => {
      const doc = DOCS[d]!;
      const lexer = createIncrementalLexer();
      for (let end = size; end < doc.length + size; end += size) {
        const text = doc.slice(0, end);
        expect(shape(lexer.lex(text)), JSON.stringify(text)).toBe(
          shape(full(text.replace(/\r\n?/g, '\n'))),
        );
      }
    },
  );

  it('keeps the token objects of finished blocks while the answer grows', () => {
    const lexer = createIncrementalLexer();
    const first = lexer.lex('# A\n\nB\n\nC');
    const second = lexer.lex('# A\n\nB\n\nC and more');
    expect(second[0]).toBe(first[0]);
  });

  it('lexes in full when the text is not an extension of the previous one', () => {
    const lexer = createIncrementalLexer();
    lexer.lex('# A\n\nB\n\nC');
    expect(shape(lexer.lex('Other\n\ntext'))).toBe(shape(full('Other\n\ntext')));
  });

  it('re-resolves earlier links when a definition streams in', () => {
    const lexer = createIncrementalLexer();
    const steps = [
      'See [d].\n\nx\n\n[d]: https://exa',
      'See [d].\n\nx\n\n[d]: https://example.com',
    ];
    expect(JSON.stringify(lexer.lex(steps[0]!)[0])).toContain('https://exa');
    const last = lexer.lex(steps[1]!);
    expect(shape(last)).toBe(shape(full(steps[1]!)));
    expect(JSON.stringify(last[0])).toContain('https://example.com');
  });
});

describe('createIncrementalLexer on random documents', () => {
  // Lines that start, continue, interrupt or close blocks, in random orders.
  const LINES = [
    'a',
    'b c',
    '# h',
    '#x',
    '-',
    '- i',
    '  - n',
    '1. o',
    '2) p',
    '>',
    '> q',
    '```',
    '```js',
    '~~~',
    '    indented',
    '| a | b |',
    '|---|---|',
    '---',
    '===',
    '***',
    '<div>',
    '</div>',
    '<!-- c -->',
    '[r]: http://r.example',
    '[r]',
    '![i](http://x.example/y.png)',
    '',
    '',
    'text *em*',
    '  cont',
    '+ plus',
    '<script>',
    '</script>',
    'x  ',
    '\\',
  ];

  it('matches a full lex at every step of 200 seeded documents', { timeout: 30_000 }, () => {
    let seed = 20240607;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let doc = 0; doc < 200; doc++) {
      const text = Array.from({ length: 3 + random(12) }, () => LINES[random(LINES.length)]).join(
        '\n',
      );
      const size = 1 + random(5);
      const lexer = createIncrementalLexer();
      for (let end = size; end < text.length + size; end += size) {
        const prefix = text.slice(0, end);
        expect(shape(lexer.lex(prefix)), JSON.stringify(prefix)).toBe(shape(full(prefix)));
      }
    }
  });
});
