import { describe, expect, it } from 'vitest';
import { createBlockRenderer } from './renderHtml';
import { ALLOWED_TAGS, ALLOWED_URI, URL_ATTRIBUTES, WORD_ATTRIBUTES } from './sanitizeConfig';

const renderer = createBlockRenderer();
const render = (text: string, streaming = false) =>
  renderer
    .splitter()(text, streaming)
    .map((b) => renderer.html(b))
    .join('');

const START_TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*>/g;

/** Every start tag in renderer output. */
function tagsOf(html: string) {
  // All text is escaped, so a `<` is only ever a tag this scanner understands.
  expect(html.replace(START_TAG, '').replace(/<\/[a-z0-9]+>/g, '')).not.toContain('<');
  return [...html.matchAll(START_TAG)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attrs: [...m[2]!.matchAll(/([^\s=>]+)(?:="([^"]*)")?/g)].map((a) => ({
      name: a[1]!.toLowerCase(),
      value: a[2] ?? '',
    })),
  }));
}

/** Payloads, with text a user still sees in them. */
const HOSTILE: [payload: string, visible: string][] = [
  ['<script>window.__pwned=1</script>', '<script>window.__pwned=1</script>'],
  ['inline <script>window.__pwned=1</script> tag', 'inline <script>window.__pwned=1</script> tag'],
  ['<img src=x onerror="window.__pwned=1">', '<img src=x onerror="window.__pwned=1">'],
  ['a <img src=x onerror="window.__pwned=1"> b', 'a <img src=x onerror="window.__pwned=1"> b'],
  ['[click](javascript:window.__pwned=1)', 'click'],
  ['[click](JAVASCRIPT:window.__pwned=1 "t")', 'click'],
  ['[click](&#106;avascript:window.__pwned=1)', 'click'],
  ['<javascript:window.__pwned=1>', 'javascript:window.__pwned=1'],
  ['[x](vbscript:msgbox)', 'x'],
  ['[x](data:text/html,<script>window.__pwned=1</script>)', 'x'],
  ['<svg><script>window.__pwned=1</script></svg>', '<svg><script>window.__pwned=1</script></svg>'],
  ['<svg onload="window.__pwned=1"></svg>', '<svg onload="window.__pwned=1"></svg>'],
  [
    '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
    '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  ],
  [
    '<a href="javascript:window.__pwned=1">raw link</a>',
    '<a href="javascript:window.__pwned=1">raw link</a>',
  ],
  ['<style>body{display:none}</style>', '<style>body{display:none}</style>'],
  [
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<mi xlink:href="javascript:alert(1)">',
  ],
  ['![pixel](http://127.0.0.1:9/pixel.png)', 'Load image from 127.0.0.1:9pixel'],
  ['![alt](javascript:window.__pwned=1)', 'alt'],
  ['![t" onerror="window.__pwned=1](http://x.y/a.png)', 't" onerror="window.__pwned=1'],
  ['[![t](http://x.y/a.png)](https://example.com)', 'Load image from x.yt'],
  [
    '```"><script>window.__pwned=1</script>\n</code></pre><script>x</script>\n```',
    '</code></pre><script>x</script>',
  ],
  [
    '| a | <img src=x onerror=alert(1)> |\n|---|---|\n| <script>x</script> | [y](javascript:z) |',
    '<img src=x onerror=alert(1)>',
  ],
  ['- [x] <b onclick="window.__pwned=1">done</b>', '<b onclick="window.__pwned=1">done</b>'],
  ['> <details open ontoggle="window.__pwned=1">', '<details open ontoggle="window.__pwned=1">'],
];

/** What a user reads: the text with tags removed and characters unescaped. */
const visibleText = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('renderer: GitHub-flavoured markdown', () => {
  it('renders tables, task lists, emphasis and line breaks', () => {
    const html = render(
      '| Name | Qty |\n|:--|--:|\n| apple | 3 |\n\n- [x] done\n- [ ] todo\n\n**bold** _em_ ~~gone~~\nnext line',
    );
    expect(html).toContain('<th align="left">Name</th>');
    expect(html).toContain('<td align="right">3</td>');
    expect(html).toContain('<input type="checkbox" disabled="" checked=""> done');
    expect(html).toContain('<input type="checkbox" disabled=""> todo');
    // Task items are marked for their style; other items are plain.
    expect(html).toContain(
      '<li class="md-task"><input type="checkbox" disabled="" checked=""> done',
    );
    expect(html).toContain('<strong>bold</strong> <em>em</em> <del>gone</del><br>\nnext line');
  });

  it('renders a code fence as a copyable block marked with its language', () => {
    const html = render('```Python\nprint("<hi>")\n```');
    expect(html).toContain('data-md-code=""');
    expect(html).toContain('data-lang="python"');
    expect(html).not.toContain('data-open');
    expect(html).toContain('<span class="md-code-lang">Python</span>');
    expect(html).toContain(
      '<button type="button" class="md-copy" data-md-copy="">Copy code</button>',
    );
    expect(html).toContain('<pre><code>print(&quot;&lt;hi&gt;&quot;)</code></pre>');
  });

  it('leaves an unknown language unhighlighted, and says "text" when there is none', () => {
    expect(render('```brainfuck\n+++\n```')).not.toContain('data-lang');
    expect(render('```brainfuck\n+++\n```')).toContain('>brainfuck</span>');
    expect(render('```\nplain\n```')).toContain('<span class="md-code-lang">text</span>');
  });

  it('shows a fence still being streamed as code in progress, never as a paragraph', () => {
    const open = render('Look:\n\n```js\nconst a', true);
    expect(open).toContain('<p>Look:</p>');
    expect(open).toContain('data-lang="javascript" data-open=""');
    expect(open).toContain('<pre><code>const a</code></pre>');
    expect(render('Look:\n\n```js\nconst a = 1;\n```', true)).not.toContain('data-open');
    // Once the answer is over, an unclosed fence is final.
    expect(render('```js\nconst a', false)).not.toContain('data-open');
  });
});

describe('renderer: model output is untrusted', () => {
  it('shows raw HTML as text', () => {
    expect(render('<script>window.__pwned=1</script>')).toBe(
      '<p class="md-raw-html">&lt;script&gt;window.__pwned=1&lt;/script&gt;</p>\n',
    );
    expect(render('a <img src=x onerror="window.__pwned=1"> b')).toBe(
      '<p>a &lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt; b</p>\n',
    );
  });

  it('keeps the text of a javascript: link but not the link', () => {
    const html = render('[click](javascript:window.__pwned=1)');
    expect(html).toBe(
      '<p><span class="md-link-blocked" title="Link removed: javascript: links are not followed.">click</span></p>\n',
    );
    expect(render('<javascript:window.__pwned=1>')).not.toContain('<a ');
    expect(render('[x](&#106;avascript:1)')).not.toContain('<a ');
  });

  it('opens web links in a new tab without opener or referrer', () => {
    expect(render('[docs](https://example.com/a "The \\"docs\\"")')).toBe(
      '<p><a href="https://example.com/a" title="The &quot;docs&quot;" target="_blank" rel="noopener noreferrer">docs</a></p>\n',
    );
    expect(render('see https://example.com/x?a=1&b=2')).toContain(
      '<a href="https://example.com/x?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">https://example.com/x?a=1&amp;b=2</a>',
    );
  });

  it('turns a remote image into a button naming its host, with no <img>', () => {
    const html = render('![tracking pixel](http://127.0.0.1:8123/pixel.png?d=secret)');
    expect(html).not.toContain('<img');
    expect(html).toContain('data-md-src="http://127.0.0.1:8123/pixel.png?d=secret"');
    expect(html).toContain(
      '<button type="button" class="md-image-load" data-md-load-image="">Load image from 127.0.0.1:8123</button>',
    );
    expect(html).toContain('<span class="md-image-alt">tracking pixel</span>');
  });

  it('offers embedded data: images behind a click too, and blocks other sources', () => {
    expect(render('![dot](data:image/png;base64,iVBORw0KGgo=)')).toContain('Show embedded image');
    const blocked = render('![alt text](javascript:window.__pwned=1)');
    expect(blocked).not.toContain('data-md-src');
    expect(blocked).toContain('alt text');
  });

  it.each(HOSTILE)('emits only what the sanitiser allows for %j', (payload) => {
    const allowedAttrs = new Set<string>([...URL_ATTRIBUTES, ...WORD_ATTRIBUTES]);
    for (const tag of tagsOf(render(payload))) {
      expect(ALLOWED_TAGS).toContain(tag.name);
      for (const attr of tag.attrs) {
        expect(allowedAttrs.has(attr.name), `${tag.name} ${attr.name}`).toBe(true);
        if (attr.name === 'href') expect(attr.value).toMatch(ALLOWED_URI);
      }
    }
  });

  it.each(HOSTILE)('still shows the text of %j', (payload, visible) => {
    expect(visibleText(render(payload))).toContain(visible);
  });
});
