import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../types';
import {
  applyEvents,
  endRun,
  failRun,
  MAX_CHOICES,
  MAX_TOOL_CALLS_PER_CHOICE,
  parseToolArguments,
  runStats,
  startRun,
} from './runReducer';

const text = (t: string, choice = 0): StreamEvent => ({ type: 'text', choice, text: t });

describe('runReducer', () => {
  it('starts streaming with nothing', () => {
    expect(startRun(100)).toEqual({
      status: 'streaming',
      choices: [],
      sawDone: false,
      startedAt: 100,
      deltaCount: 0,
    });
  });

  it('accumulates text and reasoning and records firstTokenAt once', () => {
    let state = startRun(0);
    state = applyEvents(state, [{ type: 'role', choice: 0, role: 'assistant' }], 5);
    expect(state.firstTokenAt).toBeUndefined();
    state = applyEvents(state, [{ type: 'reasoning', choice: 0, text: 'hmm' }, text('He')], 7);
    state = applyEvents(state, [text('llo')], 9);
    expect(state.firstTokenAt).toBe(7);
    expect(state.choices).toEqual([
      { index: 0, role: 'assistant', text: 'Hello', reasoning: 'hmm', toolCalls: [] },
    ]);
    expect(state.deltaCount).toBe(3);
  });

  it('returns the same object when nothing changes', () => {
    const started = startRun(0);
    expect(applyEvents(started, [], 1)).toBe(started);
    const once = applyEvents(
      started,
      [{ type: 'role', choice: 0, role: 'assistant' }, { type: 'done' }, text('x')],
      1,
    );
    expect(once).not.toBe(started);
    expect(
      applyEvents(
        once,
        (
          [
            { type: 'role', choice: 0, role: 'assistant' },
            { type: 'done' },
            text(''),
            { type: 'toolCall', choice: 0, index: 0, arguments: '' },
          ] satisfies StreamEvent[]
        ).filter((e) => e.type !== 'toolCall'),
        2,
      ),
    ).toBe(once);
    const withUsage = applyEvents(
      once,
      [{ type: 'usage', usage: { outputTokens: 3 } }] satisfies StreamEvent[],
      2,
    );
    expect(applyEvents(withUsage, [{ type: 'usage', usage: { outputTokens: 3 } }], 3)).toBe(
      withUsage,
    );
  });

  it('never mutates the previous state', () => {
    const a = applyEvents(
      startRun(0),
      [text('a'), { type: 'toolCall', choice: 0, index: 0, id: 'c', name: 'f' }],
      1,
    );
    const snapshot = JSON.stringify(a);
    const b = applyEvents(
      a,
      [text('b'), { type: 'toolCall', choice: 0, index: 0, arguments: '{}' }, text('c', 1)],
      2,
    );
    expect(JSON.stringify(a)).toBe(snapshot);
    expect(b.choices[0]?.text).toBe('ab');
    expect(b.choices[0]?.toolCalls[0]?.arguments).toBe('{}');
    expect(b.choices[1]?.text).toBe('c');
  });

  it('#17 #18 tool calls accumulate per index, sorted, the first id and name kept', () => {
    const state = applyEvents(
      startRun(0),
      [
        { type: 'toolCall', choice: 0, index: 5, id: 'c5', name: 'later' },
        { type: 'toolCall', choice: 0, index: 2, id: 'c2', name: 'first' },
        { type: 'toolCall', choice: 0, index: 5, arguments: '{"a":' },
        { type: 'toolCall', choice: 0, index: 2, arguments: '{"b":2}' },
        { type: 'toolCall', choice: 0, index: 5, id: 'other', name: 'other', arguments: '1}' },
      ],
      1,
    );
    expect(state.choices[0]?.toolCalls).toEqual([
      { index: 2, id: 'c2', name: 'first', arguments: '{"b":2}' },
      { index: 5, id: 'c5', name: 'later', arguments: '{"a":1}' },
    ]);
    expect(state.firstTokenAt).toBe(1);
  });

  it('#17 tool arguments are parsed only at the end; raw text when not JSON', () => {
    expect(parseToolArguments({ arguments: '{"city": "NYC"}' })).toEqual({
      ok: true,
      value: { city: 'NYC' },
    });
    expect(parseToolArguments({ arguments: '' })).toEqual({ ok: true, value: {} });
    const bad = parseToolArguments({ arguments: '{"city": "NY' });
    expect(bad.ok).toBe(false);
    expect(bad).toMatchObject({ raw: '{"city": "NY' });
    expect(bad.ok === false && bad.message.length > 0).toBe(true);
  });

  it('#18 caps choices and tool calls per choice', () => {
    const events: StreamEvent[] = [];
    for (let c = 40; c >= 0; c--) events.push(text('x', c));
    for (let i = 0; i < 200; i++) events.push({ type: 'toolCall', choice: 0, index: i, name: 'f' });
    const state = applyEvents(startRun(0), events, 1);
    expect(state.choices.length).toBe(MAX_CHOICES);
    expect(state.choices.map((c) => c.index)).toEqual(
      Array.from({ length: MAX_CHOICES }, (_, i) => i + 40 - MAX_CHOICES + 1),
    );
    // Choice 0 arrived after the cap was reached, so its tool calls are dropped too.
    expect(state.choices.some((c) => c.index === 0)).toBe(false);
    const tools = applyEvents(startRun(0), events.slice(41), 1);
    expect(tools.choices[0]?.toolCalls.length).toBe(MAX_TOOL_CALLS_PER_CHOICE);
    expect(tools.choices[0]?.toolCalls.at(-1)?.index).toBe(MAX_TOOL_CALLS_PER_CHOICE - 1);
  });

  it('#19 a wire-ish event with odd names pollutes nothing', () => {
    const state = applyEvents(
      startRun(0),
      [
        {
          type: 'toolCall',
          choice: 0,
          index: 0,
          id: '__proto__',
          name: 'constructor',
          arguments: '{"__proto__":{"polluted":1}}',
        },
      ],
      1,
    );
    expect(state.choices[0]?.toolCalls[0]?.name).toBe('constructor');
    const parsed = parseToolArguments(state.choices[0]?.toolCalls[0] ?? { arguments: '' });
    expect(parsed.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('done: [DONE] seen → done', () => {
    const state = applyEvents(startRun(0), [text('hi'), { type: 'done' }], 1);
    expect(state.sawDone).toBe(true);
    expect(state.status).toBe('streaming');
    expect(endRun(state, 'eof', 2)).toMatchObject({ status: 'done', endedAt: 2 });
  });

  it('done: every choice finished, even without [DONE]', () => {
    const state = applyEvents(
      startRun(0),
      [text('a', 0), text('b', 1), { type: 'finish', choice: 0, reason: 'stop' }],
      1,
    );
    expect(endRun(state, 'eof', 2).status).toBe('incomplete');
    const finished = applyEvents(state, [{ type: 'finish', choice: 1, reason: 'length' }], 2);
    expect(endRun(finished, 'eof', 3).status).toBe('done');
  });

  it('#10 EOF with no [DONE] and no finish_reason → incomplete; an empty run too', () => {
    expect(endRun(applyEvents(startRun(0), [text('par')], 1), 'eof', 2).status).toBe('incomplete');
    expect(endRun(startRun(0), 'eof', 1).status).toBe('incomplete');
  });

  it('#24 aborted → stopped, partial text kept, nothing applies afterwards', () => {
    const ended = endRun(applyEvents(startRun(0), [text('part')], 1), 'aborted', 2);
    expect(ended.status).toBe('stopped');
    expect(ended.choices[0]?.text).toBe('part');
    expect(applyEvents(ended, [text('more'), { type: 'done' }], 3)).toBe(ended);
    expect(endRun(ended, 'eof', 4)).toBe(ended);
    expect(failRun(ended, { message: 'late' }, 4)).toBe(ended);
  });

  it('#13 an error event sets status error and keeps all partial text', () => {
    let state = applyEvents(startRun(0), [text('Once '), text('upon')], 1);
    state = applyEvents(
      state,
      [
        { type: 'error', error: { code: 'server_error', message: 'first' } },
        { type: 'error', error: { message: 'second' } },
      ],
      2,
    );
    expect(state.status).toBe('error');
    expect(state.error).toEqual({ code: 'server_error', message: 'first' });
    expect(state.choices[0]?.text).toBe('Once upon');
    const ended = endRun(applyEvents(state, [{ type: 'done' }], 3), 'eof', 4);
    expect(ended.status).toBe('error');
    expect(ended.choices[0]?.text).toBe('Once upon');
    expect(endRun(state, 'aborted', 4).status).toBe('error');
  });

  it('failRun ends with the error and keeps partial text', () => {
    const state = failRun(
      applyEvents(startRun(0), [text('so far')], 1),
      { message: 'Network down' },
      5,
    );
    expect(state).toMatchObject({
      status: 'error',
      error: { message: 'Network down' },
      endedAt: 5,
    });
    expect(state.choices[0]?.text).toBe('so far');
  });

  it('usage and performance merge field by field', () => {
    const state = applyEvents(
      startRun(0),
      [
        { type: 'usage', usage: { inputTokens: 4, outputTokens: 2 } },
        { type: 'usage', usage: { totalTokens: 6 } },
        { type: 'performance', performance: { delay: 1 } },
        { type: 'performance', performance: { executionTime: 9 } },
      ],
      1,
    );
    expect(state.usage).toEqual({ inputTokens: 4, outputTokens: 2, totalTokens: 6 });
    expect(state.performance).toEqual({ delay: 1, executionTime: 9 });
  });

  it('runStats uses usage when present', () => {
    let state = startRun(1000);
    state = applyEvents(state, [text('a')], 1250);
    state = applyEvents(state, [text('b'), { type: 'usage', usage: { outputTokens: 100 } }], 2000);
    state = endRun(state, 'eof', 3250);
    expect(runStats(state)).toEqual({
      ttftMs: 250,
      durationMs: 2250,
      outputTokens: 100,
      tokensPerSecond: 50,
      estimated: false,
    });
  });

  it('runStats estimates from text + reasoning events without usage', () => {
    let state = startRun(0);
    state = applyEvents(
      state,
      [{ type: 'reasoning', choice: 0, text: 'r' }, text('a'), text('b')],
      100,
    );
    state = endRun(state, 'eof', 600);
    expect(runStats(state)).toEqual({
      ttftMs: 100,
      durationMs: 600,
      outputTokens: 3,
      tokensPerSecond: 6,
      estimated: true,
    });
    expect(runStats(startRun(0))).toEqual({ estimated: false });
  });

  it('20,000 small events apply with linear concatenation', () => {
    const events: StreamEvent[] = [];
    for (let i = 0; i < 20_000; i++) {
      events.push(
        i % 4 === 3 ? { type: 'toolCall', choice: 0, index: 0, arguments: 'a' } : text('ab', i % 2),
      );
    }
    const started = performance.now();
    const oneBatch = applyEvents(startRun(0), events, 1);
    const batched = performance.now();
    let perEvent = startRun(0);
    for (const event of events) perEvent = applyEvents(perEvent, [event], 1);
    const ended = performance.now();
    // i % 4 is 0 or 2 → choice 0; 1 → choice 1; 3 → a tool-call fragment.
    expect(oneBatch.choices[0]?.text.length).toBe(2 * 10_000);
    expect(oneBatch.choices[1]?.text.length).toBe(2 * 5_000);
    expect(oneBatch.choices[0]?.toolCalls[0]?.arguments.length).toBe(5_000);
    expect(perEvent).toEqual(oneBatch);
    // No timing assertion (machines vary); logged for a human eye.
    console.info(
      `20,000 events: one batch ${(batched - started).toFixed(1)} ms, ` +
        `one batch per event ${(ended - batched).toFixed(1)} ms`,
    );
  });
});
