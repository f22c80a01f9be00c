import { describe, expect, it } from 'vitest';
import { buildRequest } from '../request/buildRequest';
import type { ConnectionTarget } from '../request/buildRequest';
import type { PreparedRequest } from '../types';
import { codeVariants, deriveSdkBaseUrl, fileExtension, generateCode } from './index';
import type { CodeLanguage, CodeVariant } from './index';
import { jsLiteral, prettyJson, pythonLiteral, shellQuote, toJson } from './literals';
import { CASES, COMPLETE_CASES, MULTI_CHOICE_CASE, NASTY } from './testCases';
import type { CompleteCase } from './testCases';

const BASE_URL = 'https://api.sippulse.ai';
const OPENAI_BASE_URL = 'https://api.openai.com/v1';
const CHAT_CASES = [...CASES, MULTI_CHOICE_CASE];

const VARIANTS: [CodeLanguage, CodeVariant][] = [
  ['curl', 'http'],
  ['python', 'http'],
  ['python', 'sdk'],
  ['javascript', 'http'],
  ['javascript', 'sdk'],
];

function build(input: (typeof CASES)[number]['input'], stream: boolean): PreparedRequest {
  return buildRequest({
    connection: { provider: 'sippulse', baseUrl: BASE_URL },
    ...input,
    stream,
  });
}

function buildComplete(input: CompleteCase['input'], stream: boolean): PreparedRequest {
  return buildRequest({
    connection: { provider: 'openai', baseUrl: OPENAI_BASE_URL },
    ...input,
    stream,
  });
}

describe('snapshots', () => {
  for (const c of CHAT_CASES) {
    for (const stream of c.streams) {
      for (const [language, variant] of VARIANTS) {
        const file = `${c.name}${stream ? '.stream' : ''}.${language}-${variant}.${fileExtension[language]}`;
        it(file, async () => {
          const code = generateCode(build(c.input, stream), language, variant, {
            sdkBaseUrl: `${BASE_URL}/v1/openai`,
          });
          await expect(code).toMatchFileSnapshot(`./__snapshots__/${file}`);
        });
      }
    }
  }
  for (const c of COMPLETE_CASES) {
    for (const stream of c.streams) {
      for (const [language, variant] of VARIANTS) {
        const file = `${c.name}${stream ? '.stream' : ''}.${language}-${variant}.${fileExtension[language]}`;
        it(file, async () => {
          const code = generateCode(buildComplete(c.input, stream), language, variant, {
            sdkBaseUrl: OPENAI_BASE_URL,
          });
          await expect(code).toMatchFileSnapshot(`./__snapshots__/${file}`);
        });
      }
    }
  }
});

describe('the key', () => {
  it('never appears in any snippet, only its environment variable', () => {
    const secret = 'sk-live-DO-NOT-LEAK-4f9c2e';
    const saved = process.env.SIPPULSE_API_KEY;
    process.env.SIPPULSE_API_KEY = secret;
    try {
      // A connection as the app holds it: with the key next to the base URL.
      const connection: ConnectionTarget & { apiKey: string } = {
        provider: 'sippulse',
        baseUrl: BASE_URL,
        apiKey: secret,
      };
      let checked = 0;
      for (const c of CHAT_CASES) {
        for (const stream of c.streams) {
          const req = buildRequest({ connection, ...c.input, stream });
          expect(JSON.stringify(req)).not.toContain(secret);
          for (const [language, variant] of VARIANTS) {
            const code = generateCode(req, language, variant);
            expect(code).not.toContain(secret);
            expect(code).toContain('SIPPULSE_API_KEY');
            checked++;
          }
        }
      }
      const openai = { ...connection, provider: 'openai' as const, baseUrl: OPENAI_BASE_URL };
      for (const c of COMPLETE_CASES) {
        for (const stream of c.streams) {
          const req = buildRequest({ connection: openai, ...c.input, stream });
          expect(JSON.stringify(req)).not.toContain(secret);
          for (const [language, variant] of VARIANTS) {
            const code = generateCode(req, language, variant);
            expect(code).not.toContain(secret);
            expect(code).toContain('OPENAI_API_KEY');
            checked++;
          }
        }
      }
      expect(checked).toBe(75);
    } finally {
      if (saved === undefined) delete process.env.SIPPULSE_API_KEY;
      else process.env.SIPPULSE_API_KEY = saved;
    }
  });
});

describe('cURL', () => {
  const plain = build(CASES[0]!.input, false);

  it('expands the key variable in double quotes and single-quotes everything else', () => {
    const code = generateCode(plain, 'curl', 'http');
    expect(code).toContain(`-H "api-key: $SIPPULSE_API_KEY"`);
    expect(code).toContain(`-H 'Content-Type: application/json'`);
    expect(code).toContain(`curl -X POST 'https://api.sippulse.ai/v1/llms/completion'`);
    expect(code).toContain('--fail-with-body');
    expect(code).toContain(`--data-raw '${prettyJson(toJson(plain.body))}'`);
    expect(code).not.toContain('--no-buffer');
  });

  it('adds --no-buffer only when streaming', () => {
    expect(generateCode(build(CASES[0]!.input, true), 'curl', 'http')).toContain('--no-buffer');
  });

  it("writes ' as '\\'' and leaves $, backticks and backslashes alone", () => {
    expect(shellQuote(`it's $HOME \`x\` \\`)).toBe(`'it'\\''s $HOME \`x\` \\'`);
    const code = generateCode(build({ ...CASES[0]!.input, system: NASTY }, false), 'curl', 'http');
    expect(code).toContain(`It'\\''s`);
    expect(code).toContain('\\u2028 LS \\u2029 PS');
  });

  it('uses a Bearer prefix and falls back to concatenated quoting for odd header text', () => {
    const bearer: PreparedRequest = {
      ...plain,
      provider: 'openai',
      url: 'https://api.openai.com/v1/chat/completions',
      auth: { header: 'Authorization', prefix: 'Bearer ', envVar: 'OPENAI_API_KEY' },
    };
    expect(generateCode(bearer, 'curl', 'http')).toContain(
      `-H "Authorization: Bearer $OPENAI_API_KEY"`,
    );
    const odd = { ...bearer, auth: { ...bearer.auth, prefix: 'Token $"`! ' } };
    expect(generateCode(odd, 'curl', 'http')).toContain(
      `-H 'Authorization: Token $"\`! '"$OPENAI_API_KEY"`,
    );
  });
});

describe('literals', () => {
  const sample = toJson({
    s: NASTY,
    n: [0, -1.5, 1e21, 12345678901234567000],
    b: [true, false, null],
    empty: { a: [], o: {} },
    'odd key': 1,
    constructor: 2,
    undef: undefined,
  });

  it('JavaScript literals evaluate to the same value', () => {
    const evaluated: unknown = new Function(`return ${jsLiteral(sample)};`)();
    expect(evaluated).toEqual(sample);
    expect(jsLiteral(sample)).toContain('\\u003c/script>\\u003c!--');
    expect(jsLiteral(sample)).not.toContain('</');
    expect(jsLiteral(sample)).not.toMatch(/[\u2028\u2029]/);
  });

  it('keeps a "__proto__" key an ordinary property in JavaScript', () => {
    const value = toJson(JSON.parse('{"__proto__": {"polluted": true}}'));
    const evaluated = new Function(`return ${jsLiteral(value)};`)() as Record<string, unknown>;
    expect(Object.hasOwn(evaluated, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(evaluated)).toBe(Object.prototype);
  });

  it('writes Python constants and JSON-compatible strings', () => {
    const py = pythonLiteral(toJson({ t: true, f: false, n: null, s: 'a"b\\c\n' }));
    expect(py).toBe(
      ['{', '  "t": True,', '  "f": False,', '  "n": None,', '  "s": "a\\"b\\\\c\\n",', '}'].join(
        '\n',
      ),
    );
  });

  it('drops undefined like the transport does', () => {
    expect(prettyJson(toJson({ a: undefined, b: 1 }))).toBe('{\n  "b": 1\n}');
  });
});

describe('Python', () => {
  it('streams with requests, iter_lines and the [DONE] sentinel', () => {
    const code = generateCode(build(CASES[1]!.input, true), 'python', 'http');
    expect(code).toContain('stream=True');
    expect(code).toContain('response.iter_lines()');
    expect(code).toContain('b"[DONE]"');
    expect(code).toContain('raise_for_status()');
    expect(code).toContain('"api-key": api_key');
  });

  it('checks the key variable before using it, in both variants', () => {
    for (const variant of ['http', 'sdk'] as const) {
      const code = generateCode(build(CASES[0]!.input, false), 'python', variant);
      expect(code).toContain(
        'api_key = os.environ.get("SIPPULSE_API_KEY")\n' +
          'if not api_key:\n' +
          '    sys.exit("Set the SIPPULSE_API_KEY environment variable.")',
      );
      expect(code).toContain('import sys');
      expect(code).not.toContain('os.environ[');
    }
    expect(generateCode(build(CASES[0]!.input, false), 'python', 'sdk')).toContain(
      'api_key=api_key,',
    );
  });

  it('moves non-OpenAI parameters of the SDK call into extra_body, and loses none', () => {
    const code = generateCode(build(CASES[2]!.input, false), 'python', 'sdk');
    expect(code).toContain('extra_body = {\n  "top_k": 40,\n}');
    expect(code).toContain('client.chat.completions.create(**body, extra_body=extra_body)');
    expect(code).toContain('base_url="https://api.sippulse.ai/v1/openai"');
    for (const key of Object.keys(build(CASES[2]!.input, false).body)) {
      expect(code).toContain(`"${key}": `);
    }
  });

  it('puts the prefix in front of the key', () => {
    const req: PreparedRequest = {
      ...build(CASES[0]!.input, false),
      auth: { header: 'Authorization', prefix: 'Bearer ', envVar: 'OPENAI_API_KEY' },
    };
    expect(generateCode(req, 'python', 'http')).toContain('"Authorization": "Bearer " + api_key');
    expect(generateCode(req, 'javascript', 'http')).toContain(
      '"Authorization": "Bearer " + apiKey',
    );
  });
});

describe('JavaScript SDK', () => {
  it('checks the key variable itself instead of letting the package fall back to OPENAI_API_KEY', () => {
    const code = generateCode(build(CASES[0]!.input, false), 'javascript', 'sdk');
    const check =
      'const apiKey = process.env.SIPPULSE_API_KEY;\n' +
      'if (!apiKey) {\n' +
      '  console.error("Set the SIPPULSE_API_KEY environment variable.");\n' +
      '  process.exit(1);\n' +
      '}';
    expect(code).toContain(check);
    expect(code.indexOf(check)).toBeLessThan(code.indexOf('new OpenAI({'));
    expect(code).toContain('new OpenAI({\n  apiKey,\n');
    expect(code).not.toContain('apiKey: process.env');
  });
});

describe('Complete mode', () => {
  const choices = COMPLETE_CASES.find((c) => c.name === 'complete-choices')!;
  const plain = COMPLETE_CASES.find((c) => c.name === 'complete-plain')!;

  it('posts to /completions in every language', () => {
    const req = buildComplete(plain.input, false);
    expect(req.url).toBe(`${OPENAI_BASE_URL}/completions`);
    expect(generateCode(req, 'curl', 'http')).toContain(
      `curl -X POST 'https://api.openai.com/v1/completions'`,
    );
    expect(generateCode(req, 'python', 'http')).toContain(
      'url = "https://api.openai.com/v1/completions"',
    );
    expect(generateCode(req, 'javascript', 'http')).toContain(
      'const url = "https://api.openai.com/v1/completions";',
    );
  });

  it('prints choices[0].text, not a message', () => {
    const req = buildComplete(plain.input, false);
    expect(generateCode(req, 'javascript', 'http')).toContain('console.log(choices[0].text);');
    expect(generateCode(req, 'python', 'http')).toContain(
      'print(response.json()["choices"][0]["text"])',
    );
    const stream = buildComplete(COMPLETE_CASES[1]!.input, true);
    expect(generateCode(stream, 'javascript', 'http')).toContain(
      'const text = chunk.choices?.[0]?.text;',
    );
    expect(generateCode(stream, 'python', 'http')).toContain(
      'text = chunk["choices"][0].get("text")',
    );
    for (const [language, variant] of VARIANTS) {
      expect(generateCode(req, language, variant)).not.toMatch(/message|delta/);
    }
  });

  it('calls completions.create in the SDK variants, with that endpoint’s keyword arguments', () => {
    const req = buildComplete(plain.input, false);
    const js = generateCode(req, 'javascript', 'sdk', { sdkBaseUrl: OPENAI_BASE_URL });
    expect(js).toContain('await client.completions.create({');
    expect(js).not.toContain('chat.completions');
    const py = generateCode(req, 'python', 'sdk');
    expect(py).toContain('client.completions.create(**body, extra_body=extra_body)');
    expect(py).toContain('base_url="https://api.openai.com/v1"');
    // best_of is a keyword of completions.create (not of chat.completions.create).
    expect(py).toContain('body = {\n  "model": "gpt-3.5-turbo-instruct",');
    expect(py).toMatch(/body = \{[^}]*"best_of": 2,[^}]*\}\n# Not keyword/);
    expect(py).toContain('extra_body = {\n  "top_k": 40,\n}');

    const withSuffix = generateCode(
      buildComplete(COMPLETE_CASES[1]!.input, false),
      'python',
      'sdk',
    );
    expect(withSuffix).toContain('"suffix": "Suffix: ');
    expect(withSuffix).not.toContain('extra_body');
    const echo = generateCode(buildComplete(choices.input, false), 'python', 'sdk');
    expect(echo).toContain('"echo": True,');
    expect(echo).toContain('"logprobs": 1,');
    expect(echo).not.toContain('extra_body');
  });

  it('keeps chat-only keyword arguments per endpoint', () => {
    // `suffix` is no keyword of chat.completions.create, so a chat body sends it via extra_body.
    const chat = build({ ...CASES[0]!.input, params: { suffix: 'x', best_of: 2 } }, false);
    const py = generateCode(chat, 'python', 'sdk');
    expect(py).toContain('extra_body = {\n  "suffix": "x",\n  "best_of": 2,\n}');
  });
});

describe('several choices (n > 1)', () => {
  // What they print is checked by running them (codegen.exec.test.ts).
  it('labels every choice in every program', () => {
    for (const stream of [false, true]) {
      const req = build(MULTI_CHOICE_CASE.input, stream);
      for (const [language, variant] of VARIANTS) {
        if (language === 'curl') continue;
        const code = generateCode(req, language, variant);
        expect(code, `${language} ${variant} ${stream}`).toContain('Choice ');
        expect(code).not.toContain('[0]');
      }
    }
  });

  it('keeps the one-choice snippets free of labels', () => {
    const req = build(CASES[0]!.input, true);
    for (const [language, variant] of VARIANTS) {
      expect(generateCode(req, language, variant)).not.toContain('Choice');
    }
  });
});

describe('generateCode', () => {
  it('derives the SDK base URL when none is given', () => {
    expect(deriveSdkBaseUrl('https://api.sippulse.ai/v1/llms/completion')).toBe(
      'https://api.sippulse.ai/v1/openai',
    );
    expect(deriveSdkBaseUrl('http://localhost:11434/v1/chat/completions')).toBe(
      'http://localhost:11434/v1',
    );
    expect(deriveSdkBaseUrl('http://localhost:11434/v1/completions')).toBe(
      'http://localhost:11434/v1',
    );
    const req = build(CASES[0]!.input, false);
    expect(generateCode(req, 'javascript', 'sdk')).toContain(
      'baseURL: "https://api.sippulse.ai/v1/openai"',
    );
    expect(generateCode(req, 'python', 'sdk', { sdkBaseUrl: 'http://x/v1' })).toContain(
      'base_url="http://x/v1"',
    );
  });

  it('gives cURL one variant and the others two', () => {
    expect(codeVariants).toEqual({
      curl: ['http'],
      python: ['http', 'sdk'],
      javascript: ['http', 'sdk'],
    });
    const req = build(CASES[0]!.input, false);
    expect(generateCode(req, 'curl', 'sdk')).toBe(generateCode(req, 'curl', 'http'));
    expect(fileExtension).toEqual({ curl: 'sh', python: 'py', javascript: 'mjs' });
  });

  it('refuses an environment variable name it cannot splice safely', () => {
    const req = build(CASES[0]!.input, false);
    const bad = { ...req, auth: { ...req.auth, envVar: 'KEY; rm -rf ~' } };
    expect(() => generateCode(bad, 'curl', 'http')).toThrow(/environment variable/);
  });

  it('is pure: the request is not modified', () => {
    const req = build(CASES[4]!.input, true);
    const before = structuredClone(req);
    for (const [language, variant] of VARIANTS) generateCode(req, language, variant);
    expect(req).toEqual(before);
  });
});
