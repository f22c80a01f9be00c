import { describe, expect, it } from 'vitest';
import { MAX_LOGPROB_TOKENS, MAX_TOKEN_CHARS, MAX_TOP_LOGPROBS } from '../logprobs/logprobs';
import { ChunkDecoder, decodeChatCompletion } from './chatChunks';
import { decodeLogprobs } from './logprobsWire';

describe('decodeLogprobs: OpenAI chat shape', () => {
  it('reads token, logprob and the ranked top alternatives; bytes are not needed', () => {
    expect(
      decodeLogprobs({
        content: [
          {
            token: ' there',
            logprob: -0.07,
            bytes: [32, 116, 104, 101, 114, 101],
            top_logprobs: [
              { token: ' in', logprob: -2.98, bytes: [32, 105, 110] },
              { token: ' there', logprob: -0.07, bytes: null },
              { token: ' a', logprob: -4.5 },
            ],
          },
          { token: ' was', logprob: 0, top_logprobs: [] },
        ],
        refusal: null,
      }),
    ).toEqual([
      {
        token: ' there',
        logprob: -0.07,
        top: [
          { token: ' there', logprob: -0.07 },
          { token: ' in', logprob: -2.98 },
          { token: ' a', logprob: -4.5 },
        ],
      },
      { token: ' was', logprob: 0, top: [] },
    ]);
  });

  it('includes the tokens of a refusal, which is shown as the answer', () => {
    expect(
      decodeLogprobs({
        content: null,
        refusal: [{ token: 'No', logprob: -0.2, top_logprobs: [] }],
      }),
    ).toEqual([{ token: 'No', logprob: -0.2, top: [] }]);
  });

  it("accepts llama.cpp's post-sampling probabilities (prob, top_probs)", () => {
    const [token] = decodeLogprobs({
      content: [{ token: 'a', prob: 0.5, top_probs: [{ token: 'a', prob: 0.5 }] }],
    });
    expect(token?.logprob).toBeCloseTo(Math.log(0.5));
    expect(token?.top[0]?.logprob).toBeCloseTo(Math.log(0.5));
  });
});

describe('decodeLogprobs: legacy completions shape', () => {
  it('zips tokens, token_logprobs and top_logprobs maps', () => {
    expect(
      decodeLogprobs({
        tokens: [' upon', ' a'],
        token_logprobs: [-0.5, -0.01],
        top_logprobs: [{ ' upon': -0.5, ' in': -1.2 }, { ' a': -0.01 }],
        text_offset: [16, 21],
      }),
    ).toEqual([
      {
        token: ' upon',
        logprob: -0.5,
        top: [
          { token: ' upon', logprob: -0.5 },
          { token: ' in', logprob: -1.2 },
        ],
      },
      { token: ' a', logprob: -0.01, top: [{ token: ' a', logprob: -0.01 }] },
    ]);
  });

  it('skips the echoed first token whose logprob is null, and works without top_logprobs', () => {
    expect(
      decodeLogprobs({ tokens: ['Once', ' upon'], token_logprobs: [null, -1], top_logprobs: null }),
    ).toEqual([{ token: ' upon', logprob: -1, top: [] }]);
  });

  it('treats hostile keys in a top_logprobs map as plain tokens', () => {
    const top = JSON.parse('{"__proto__": -0.3, "constructor": -1.5}') as unknown;
    const [token] = decodeLogprobs({ tokens: ['x'], token_logprobs: [-0.3], top_logprobs: [top] });
    expect(token?.top).toEqual([
      { token: '__proto__', logprob: -0.3 },
      { token: 'constructor', logprob: -1.5 },
    ]);
    expect(Object.getPrototypeOf(token?.top[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('decodeLogprobs: junk', () => {
  it.each([null, undefined, 'garbage', 42, [], [1, 2], { content: 'x' }, { tokens: 'abc' }])(
    '%j gives no tokens',
    (value) => {
      expect(decodeLogprobs(value)).toEqual([]);
    },
  );

  it('drops entries with a missing token, a non-number, NaN-like or positive logprob', () => {
    expect(
      decodeLogprobs({
        content: [
          null,
          { logprob: -1 },
          { token: 7, logprob: -1 },
          { token: 'a', logprob: '-1' },
          { token: 'b', logprob: 3 },
          { token: 'c', logprob: null },
          { token: 'd', logprob: 1e-9, top_logprobs: [{ token: 'z', logprob: 'x' }, 5, null] },
        ],
      }),
    ).toEqual([{ token: 'd', logprob: 0, top: [] }]);
  });

  it('caps alternatives, token length and the number of tokens', () => {
    const top = Array.from({ length: 50 }, (_, i) => ({ token: `t${i}`, logprob: -i }));
    const [first] = decodeLogprobs({
      content: [{ token: 'x'.repeat(10_000), logprob: -1, top_logprobs: top }],
    });
    expect(first?.token).toHaveLength(MAX_TOKEN_CHARS);
    expect(first?.top).toHaveLength(MAX_TOP_LOGPROBS);

    const many = Array.from({ length: MAX_LOGPROB_TOKENS + 10 }, () => ({
      token: 'a',
      logprob: -1,
    }));
    expect(decodeLogprobs({ content: many })).toHaveLength(MAX_LOGPROB_TOKENS);
  });
});

describe('logprobs through the chunk decoder', () => {
  it('a streamed chat chunk yields text, then logprobs, then finish', () => {
    const decoder = new ChunkDecoder();
    expect(
      decoder.decode({
        choices: [
          {
            index: 1,
            delta: { content: 'Hi' },
            logprobs: { content: [{ token: 'Hi', logprob: -0.3, top_logprobs: [] }] },
            finish_reason: 'stop',
          },
        ],
      }),
    ).toEqual([
      { type: 'text', choice: 1, text: 'Hi' },
      { type: 'logprobs', choice: 1, tokens: [{ token: 'Hi', logprob: -0.3, top: [] }] },
      { type: 'finish', choice: 1, reason: 'stop' },
    ]);
  });

  it("llama.cpp's text completion chunks (chat-shaped logprobs on a text choice)", () => {
    const decoder = new ChunkDecoder();
    const events = decoder.decode({
      choices: [
        {
          text: ',',
          index: 0,
          logprobs: {
            content: [
              {
                id: 432,
                token: ',',
                bytes: [44],
                logprob: -0.03,
                top_logprobs: [
                  { id: 432, token: ',', bytes: [44], logprob: -0.03 },
                  { id: 383, token: ' there', bytes: [32], logprob: -3.5 },
                ],
              },
            ],
          },
          finish_reason: null,
        },
      ],
      object: 'text_completion',
    });
    expect(events).toEqual([
      { type: 'text', choice: 0, text: ',' },
      {
        type: 'logprobs',
        choice: 0,
        tokens: [
          {
            token: ',',
            logprob: -0.03,
            top: [
              { token: ',', logprob: -0.03 },
              { token: ' there', logprob: -3.5 },
            ],
          },
        ],
      },
    ]);
  });

  it('a non-stream chat body carries all its tokens in one event', () => {
    const events = decodeChatCompletion({
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'Hello world' },
          logprobs: {
            content: [
              { token: 'Hello', logprob: -0.1, top_logprobs: [] },
              { token: ' world', logprob: -0.2, top_logprobs: [] },
            ],
          },
          finish_reason: 'stop',
        },
      ],
    });
    expect(events.filter((e) => e.type === 'logprobs')).toEqual([
      {
        type: 'logprobs',
        choice: 0,
        tokens: [
          { token: 'Hello', logprob: -0.1, top: [] },
          { token: ' world', logprob: -0.2, top: [] },
        ],
      },
    ]);
  });

  it('no event for logprobs: null or an empty content list', () => {
    const decoder = new ChunkDecoder();
    const events = [
      ...decoder.decode({ choices: [{ index: 0, delta: { content: 'a' }, logprobs: null }] }),
      ...decoder.decode({
        choices: [{ index: 0, delta: { content: 'b' }, logprobs: { content: [], refusal: null } }],
      }),
    ];
    expect(events.map((e) => e.type)).toEqual(['text', 'text']);
  });
});
